/** What every request handler can reach: the app's dependencies and, behind auth, the caller. */
import type { TouchpointConfig, User } from '../../core/index.ts';
import type { Database } from '../store/database.ts';
import type { Clock } from '../store/ids.ts';

export interface AppDeps {
  database: Database;
  config: TouchpointConfig;
  clock: Clock;
}

export interface AppEnv {
  Variables: { deps: AppDeps; user: User };
}
