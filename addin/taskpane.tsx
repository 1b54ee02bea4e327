/**
 * The task pane's entry: waits for Office, wires the Office adapter, the server client and the
 * query cache, and renders the pane. With `?customer=<id>` it is that customer's page, in
 * Outlook or in a plain browser (then over the browser host). Otherwise, outside Outlook, it
 * points to the preview.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/preact-query';
import { render } from 'preact';
import { uiLocale, UI_LOCALES, type UiLocale } from '../core/i18n/locales.ts';
import { interfaceTranslator } from '../core/i18n/interface-messages.ts';
import { isApiError } from './api/api-error.ts';
import { apiClient } from './api/client.ts';
import { shouldRetry } from './api/queries.ts';
import { session } from './api/session.ts';
import { officeGlobal } from './office/office-types.ts';
import { noItemTracker } from './office/item-tracker.ts';
import { officeHost, type PaneHost } from './office/pane-host.ts';
import type { KeyValueStorage } from './office/token-store.ts';
import { App } from './views/App.tsx';
import { browserHost } from './web/browser-host.ts';

/** How long to wait for `Office.onReady` before deciding this is not Outlook. */
const OFFICE_READY_MS = 8000;
const LOCALE_KEY = 'touchpoint.locale';

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function OutsideOffice(props: { locale: UiLocale }) {
  const tr = interfaceTranslator(props.locale);
  return (
    <div class="pane">
      <header class="bar">
        <span class="bar__name">{tr.t('app.name')}</span>
      </header>
      <main class="pane__body">
        <div class="state state--info" data-testid="outside-office">
          <p>{tr.t('pane.outside_office')}</p>
          <a class="button button--primary" href="preview.html">
            {tr.t('pane.open_preview')}
          </a>
        </div>
      </main>
    </div>
  );
}

async function boot(root: HTMLElement) {
  const customerId = new URLSearchParams(location.search).get('customer') || null;
  const office = officeGlobal();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_MS));
  // office.js outside Office answers onReady at once with no host; without the CDN there is no `Office` at all.
  const info = office ? await Promise.race([office.onReady(), timeout]) : null;
  const inOutlook = office !== null && info?.host === 'Outlook';
  if (!inOutlook && !customerId) {
    render(<OutsideOffice locale={uiLocale(navigator.language)} />, root);
    return;
  }
  const storage = localStorageOrNull();
  let host: PaneHost;
  if (!inOutlook) host = browserHost(storage, navigator.language);
  // A customer's page in Outlook follows no item: drafts go to a new message, nothing is logged against the open mail.
  else if (customerId) host = { ...officeHost(office, storage, document), items: noItemTracker };
  else host = officeHost(office, storage, document);
  const signedIn = session(host.tokens);
  const client = apiClient({ baseUrl: location.origin, token: signedIn.token });
  // A 401 anywhere means the token was revoked or expired: back to sign-in.
  const onError = (error: unknown) => {
    if (isApiError(error, 'signed_out')) void signedIn.signOut();
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const saved = storage?.getItem(LOCALE_KEY);
  const initialLocale = UI_LOCALES.find((l) => l === saved) ?? uiLocale(host.displayLanguage);
  render(
    <App
      host={host}
      client={client}
      session={signedIn}
      queryClient={queryClient}
      initialLocale={initialLocale}
      saveLocale={(l) => storage?.setItem(LOCALE_KEY, l)}
      serverUrl={location.origin}
      today={localDate(new Date())}
      customerId={customerId}
    />,
    root,
  );
}

void boot(document.getElementById('pane')!);
