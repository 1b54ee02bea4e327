/** The pane's top bar: name, language switch, refresh, sign out. */
import { useQueryClient } from '@tanstack/preact-query';
import { useSyncExternalStore } from 'preact/compat';
import { UI_LOCALES } from '../../core/i18n/locales.ts';
import { usePane } from './pane-context.tsx';

const LANGUAGE_NAMES = { en: 'EN', zh: '中文' } as const;

export function PaneHeader() {
  const { tr, locale, setLocale, session, host } = usePane();
  const queryClient = useQueryClient();
  useSyncExternalStore(session.subscribe, session.version);
  const refresh = () => {
    host.items.check();
    void queryClient.invalidateQueries();
  };
  return (
    <header class="bar">
      <span class="bar__name">{tr.t('app.name')}</span>
      <div class="bar__tools">
        <div class="switch" role="group" aria-label={tr.t('settings.language')}>
          {UI_LOCALES.map((l) => (
            <button type="button" key={l} class={l === locale ? 'switch__on' : ''} aria-pressed={l === locale} onClick={() => setLocale(l)} data-testid={`lang-${l}`}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
        {session.token() ? (
          <>
            <button type="button" class="icon-button" title={tr.t('pane.refresh')} aria-label={tr.t('pane.refresh')} onClick={refresh} data-testid="refresh">
              ↻
            </button>
            <button type="button" class="icon-button" title={tr.t('sign_in.out')} aria-label={tr.t('sign_in.out')} onClick={() => void session.signOut().then(() => queryClient.clear())}>
              ⎋
            </button>
          </>
        ) : null}
      </div>
    </header>
  );
}
