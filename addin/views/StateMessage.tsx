/**
 * Loading, empty and error states that say what to do next.
 */
import type { ComponentChildren } from 'preact';
import { isApiError } from '../api/api-error.ts';
import { usePane } from './pane-context.tsx';

export function Loading(props: { text: string }) {
  return (
    <div class="state state--loading" role="status" aria-live="polite" data-testid="loading">
      <span class="spinner" aria-hidden="true" />
      <p>{props.text}</p>
      <div class="skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}

export function Notice(props: { children: ComponentChildren; testId?: string; tone?: 'info' | 'error' }) {
  return (
    <div class={`state state--${props.tone ?? 'info'}`} role={props.tone === 'error' ? 'alert' : 'status'} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

/** An error as a state: what happened in the rep's words, and a retry where retrying can help. */
export function ErrorState(props: { error: unknown; retry?: () => void }) {
  const { tr, serverUrl } = usePane();
  const { error } = props;
  let text: string;
  let state = 'error';
  if (isApiError(error, 'unreachable')) {
    text = tr.t('state.unreachable', { server: serverUrl });
    state = 'unreachable';
  } else if (isApiError(error, 'forbidden')) {
    text = tr.t('state.forbidden');
    state = 'forbidden';
  } else {
    text = tr.t('state.error', { message: error instanceof Error ? error.message : String(error) });
  }
  return (
    <Notice tone="error" testId={`state-${state}`}>
      <p>{text}</p>
      {props.retry && state !== 'forbidden' ? (
        <button type="button" class="button" onClick={props.retry}>
          {tr.t('state.retry')}
        </button>
      ) : null}
    </Notice>
  );
}
