/**
 * The preview page's own part: configures the stand-in Office host (a token from the URL
 * fragment printed by `npm start`), then lists sample mails from the demo book; picking one
 * opens it in the stand-in mailbox, and the pane beside it follows as in Outlook.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { UI_LOCALES, uiLocale, type UiLocale } from '../../core/i18n/locales.ts';
import { interfaceTranslator } from '../../core/i18n/interface-messages.ts';
import type { OfficeApi } from '../office/office-types.ts';
import { TOKEN_SETTING } from '../office/token-store.ts';
import type { StandInSample } from '../stand-in/stand-in-message.ts';

// Runs before stand-in.js: the token in `#token=…` becomes the pane's stored token.
const fragment = new URLSearchParams(location.hash.slice(1));
const given = fragment.get('token');
if (given) {
  localStorage.setItem(TOKEN_SETTING, given);
  history.replaceState(null, '', location.pathname + location.search);
}
window.__officeStandInConfig = { displayLanguage: navigator.language, item: null };

const token = () => localStorage.getItem(TOKEN_SETTING);

function paneLocale(): UiLocale {
  const lang = document.querySelector('.pane')?.getAttribute('lang');
  if (lang) return uiLocale(lang);
  const saved = localStorage.getItem('touchpoint.locale');
  return UI_LOCALES.find((l) => l === saved) ?? uiLocale(navigator.language);
}

type Load = { state: 'signed_out' } | { state: 'loading' } | { state: 'none' } | { state: 'failed'; message: string } | { state: 'ready'; samples: StandInSample[] };

async function loadSamples(): Promise<Load> {
  const t = token();
  if (!t) return { state: 'signed_out' };
  const headers = { authorization: `Bearer ${t}` };
  const [res, me] = await Promise.all([fetch('/api/preview/samples', { headers }), fetch('/api/me', { headers })]);
  if (res.status === 401) return { state: 'signed_out' };
  if (res.status === 404) return { state: 'none' };
  if (!res.ok) return { state: 'failed', message: `${res.status} ${res.statusText}` };
  if (me.ok) {
    // The stand-in mailbox belongs to the signed-in user, so their own mail reads as sent.
    const user = (await me.json()) as { name: string; email: string };
    const office = (window as unknown as { Office: OfficeApi }).Office;
    office.context.mailbox.userProfile = { displayName: user.name, emailAddress: user.email };
  }
  return { state: 'ready', samples: ((await res.json()) as { samples: StandInSample[] }).samples };
}

function Picker() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [picked, setPicked] = useState<number | null>(null);
  const [locale, setLocale] = useState<UiLocale>(paneLocale());
  const tr = interfaceTranslator(locale);

  useEffect(() => {
    let stopped = false;
    const attempt = async () => {
      const result = await loadSamples().catch((e: unknown) => ({ state: 'failed', message: String(e) }) as Load);
      if (stopped) return;
      setLoad(result);
      if (result.state === 'signed_out') setTimeout(attempt, 1500);
      if (result.state === 'ready' && result.samples[0]) {
        window.__officeStandIn?.setItem(result.samples[0].message);
        setPicked(0);
      }
    };
    void attempt();
    const observer = new MutationObserver(() => setLocale(paneLocale()));
    observer.observe(document.getElementById('pane')!, { attributes: true, subtree: true, attributeFilter: ['lang'] });
    return () => {
      stopped = true;
      observer.disconnect();
    };
  }, []);

  return (
    <div class="picker">
      <h1 class="picker__title">{tr.t('preview.title')}</h1>
      <p class="picker__intro">{tr.t('preview.intro')}</p>
      {load.state === 'signed_out' ? <p class="picker__note">{tr.t('preview.sign_in_first')}</p> : null}
      {load.state === 'none' ? <p class="picker__note">{tr.t('preview.no_samples')}</p> : null}
      {load.state === 'failed' ? <p class="picker__note">{tr.t('state.error', { message: load.message })}</p> : null}
      {load.state === 'ready' ? (
        <ul class="mails">
          {load.samples.map((s, i) => (
            <li key={`${s.kind}-${i}`}>
              <button
                type="button"
                class={`mail-item${picked === i ? ' mail-item--on' : ''}`}
                data-sample={s.kind}
                onClick={() => {
                  window.__officeStandIn?.setItem(s.message);
                  setPicked(i);
                }}
              >
                <span class="mail-item__kind">{tr.t(`preview.sample.${s.kind}`)}</span>
                {s.message ? (
                  <>
                    <span class="mail-item__from">{s.message.mode === 'compose' ? `→ ${s.message.to.map((t) => t.name).join(', ')}` : s.message.from.name}</span>
                    <span class="mail-item__subject">{s.message.subject || '…'}</span>
                  </>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

document.addEventListener('DOMContentLoaded', () => render(<Picker />, document.getElementById('picker')!));
