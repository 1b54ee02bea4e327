/**
 * What every view reaches: the mail client (through the adapter's `PaneHost`), the server
 * client, the session, and the interface language with its translator.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../core/i18n/translator.ts';
import type { UiLocale } from '../../core/i18n/locales.ts';
import type { ApiClient } from '../api/client.ts';
import type { Session } from '../api/session.ts';
import type { PaneHost } from '../office/pane-host.ts';

export interface Pane {
  host: PaneHost;
  client: ApiClient;
  session: Session;
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
  tr: Translator;
  /** The viewer's date, `YYYY-MM-DD`: dates in this year are shown without the year. */
  today: string;
  /** Where the server is, for messages that name it. */
  serverUrl: string;
}

const PaneContext = createContext<Pane | null>(null);

export function PaneProvider(props: { pane: Pane; children: ComponentChildren }) {
  return <PaneContext.Provider value={props.pane}>{props.children}</PaneContext.Provider>;
}

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane() needs a <PaneProvider> above it: render views inside <App>.');
  return pane;
}

/** The language tag the server words its reasons in. */
export function apiLocale(locale: UiLocale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
