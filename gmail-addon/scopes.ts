/**
 * The OAuth scopes the add-on asks for, and which action needs which. Users may grant only some
 * (granular consent): an action whose scope is missing answers with a request for it instead
 * of failing, and Google runs the action again once it is granted.
 */
const AUTH = 'https://www.googleapis.com/auth';

export const SCOPES = {
  execute: `${AUTH}/gmail.addons.execute`,
  metadata: `${AUTH}/gmail.addons.current.message.metadata`,
  readonly: `${AUTH}/gmail.addons.current.message.readonly`,
  compose: `${AUTH}/gmail.addons.current.action.compose`,
  email: `${AUTH}/userinfo.email`,
  locale: `${AUTH}/script.locale`,
} as const;

/** Every scope the deployment descriptor lists: the fewest that do the job. */
export const DEPLOYMENT_SCOPES: readonly string[] = Object.values(SCOPES);

/**
 * The scopes in `needed` the user has not granted. An event without `authorizedScopes` (a
 * deployment without granular consent) is taken to hold every scope it was installed with.
 */
export function missingScopes(authorized: readonly string[] | null | undefined, needed: readonly string[]): string[] {
  if (!authorized) return [];
  const granted = new Set(authorized);
  return needed.filter((scope) => !granted.has(scope));
}
