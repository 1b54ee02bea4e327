/** What every request handler can reach: the app's dependencies and, behind auth, the caller. */
import type { TouchpointConfig, User } from '../../core/index.ts';
import type { GmailAddonOptions } from '../../gmail-addon/index.ts';
import type { BookIndexCache } from '../context/book-index.ts';
import type { Database } from '../store/database.ts';
import type { Clock } from '../store/ids.ts';

export interface AppDeps {
  database: Database;
  config: TouchpointConfig;
  clock: Clock;
  /** The book-wide index judgement reads; `createApp` makes one when not given. */
  bookIndex?: BookIndexCache;
  /**
   * Where mail clients and browsers reach this server (`PUBLIC_URL`, e.g. `https://touchpoint.example.com`),
   * without a trailing slash: sign-in links, manifests and Google's token audience are built from it.
   */
  publicUrl?: string;
  /** The Gmail add-on, mounted under `/gmail` when given (see `gmailSettingsFromEnv`). */
  gmail?: GmailAddonOptions | null;
  /** The built task pane served under `/addin` (`npm run build`); default `dist/addin`. */
  paneDir?: string;
  /** Serve the pane's page with the local office.js instead of Microsoft's CDN (`OFFICE_JS=local`). Default false. */
  localOfficeJs?: boolean;
}

/** The dependencies as handlers see them: everything filled in. */
export type ReadyDeps = Required<AppDeps>;

export interface AppEnv {
  Variables: { deps: ReadyDeps; user: User };
}
