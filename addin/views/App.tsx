/**
 * The task pane: a header (language, refresh, sign-out) over what fits the open item: sign-in,
 * Today when nothing is open, "not a mail" for meetings, else the message's context. Given a
 * customer id it is that customer's page instead, following no item.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import { interfaceTranslator } from '../../core/i18n/interface-messages.ts';
import type { UiLocale } from '../../core/i18n/locales.ts';
import type { ApiClient } from '../api/client.ts';
import type { Session } from '../api/session.ts';
import type { PaneHost } from '../office/pane-host.ts';
import { CustomerPage } from './CustomerPage.tsx';
import { MailPane } from './MailPane.tsx';
import { PaneHeader } from './PaneHeader.tsx';
import { PaneProvider, usePane, type Pane } from './pane-context.tsx';
import { SignIn } from './SignIn.tsx';
import { Notice } from './StateMessage.tsx';
import { TodayPane } from './TodayPane.tsx';
import { useItem } from './use-item.ts';

export interface AppProps {
  host: PaneHost;
  client: ApiClient;
  session: Session;
  queryClient: QueryClient;
  initialLocale: UiLocale;
  /** Remembers the rep's language choice. */
  saveLocale(locale: UiLocale): void;
  serverUrl: string;
  /** The viewer's date (`YYYY-MM-DD`). */
  today: string;
  /** Show this customer's page (`?customer=` in the page's address) rather than follow the open item. */
  customerId?: string | null;
}

function Body(props: { customerId: string | null }) {
  const pane = usePane();
  useSyncExternalStore(pane.session.subscribe, pane.session.version);
  const item = useItem();
  if (pane.session.token() === null) return <SignIn />;
  if (props.customerId) return <CustomerPage customerId={props.customerId} key={props.customerId} />;
  if (item.kind === 'none') return <TodayPane />;
  if (item.kind === 'meeting' || item.kind === 'appointment') {
    return (
      <Notice testId="state-not-a-mail">
        <p>{pane.tr.t('state.not_a_mail')}</p>
      </Notice>
    );
  }
  // Keyed by item: a new item mounts a new pane, which cancels the previous item's requests.
  return <MailPane item={item} key={item.key} />;
}


export function App(props: AppProps) {
  const [locale, setLocaleState] = useState<UiLocale>(props.initialLocale);
  const pane = useMemo<Pane>(
    () => ({
      host: props.host,
      client: props.client,
      session: props.session,
      locale,
      setLocale: (l) => {
        props.saveLocale(l);
        setLocaleState(l);
      },
      tr: interfaceTranslator(locale),
      today: props.today,
      serverUrl: props.serverUrl,
    }),
    [locale, props],
  );
  return (
    <QueryClientProvider client={props.queryClient}>
      <PaneProvider pane={pane}>
        <div class={props.customerId ? 'pane pane--page' : 'pane'} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
          <PaneHeader />
          <main class="pane__body">
            <Body customerId={props.customerId ?? null} />
          </main>
        </div>
      </PaneProvider>
    </QueryClientProvider>
  );
}
