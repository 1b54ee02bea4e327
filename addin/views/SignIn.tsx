/**
 * Signing in to the Touchpoint server: a pairing through an Office dialog, or a short code to
 * type on the server's page when the dialog cannot open. A seam for Microsoft SSO (nested app
 * authentication) later: another way to obtain the same token.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isApiError } from '../api/api-error.ts';
import type { PairStart } from '../api/client.ts';
import { pairSignIn } from '../api/pair-sign-in.ts';
import { usePane } from './pane-context.tsx';
import { ErrorState } from './StateMessage.tsx';

type Step = { kind: 'idle' } | { kind: 'waiting' } | { kind: 'code'; start: PairStart } | { kind: 'expired' } | { kind: 'failed'; error: unknown };

export function SignIn() {
  const { tr, client, host, session } = usePane();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    abort.current?.abort();
    const controller = (abort.current = new AbortController());
    setStep({ kind: 'waiting' });
    try {
      const result = await pairSignIn({
        client,
        openDialog: (url) => host.openDialog(url),
        showCode: (s) => setStep({ kind: 'code', start: s }),
        label: host.signInLabel,
        signal: controller.signal,
      });
      if (result.state === 'signed_in') await session.signIn(result.token);
      else if (result.state === 'expired') setStep({ kind: 'expired' });
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };

  return (
    <div class="view sign-in" data-testid="view-sign-in">
      <div class="card">
        <h1 class="customer__name">{tr.t('app.name')}</h1>
        <p>{tr.t('state.signed_out')}</p>
        {step.kind === 'code' ? (
          <div class="code" data-testid="sign-in-code">
            <p>{tr.t('sign_in.code', { url: step.start.codeUrl, code: step.start.code })}</p>
            <p class="code__value">{step.start.code}</p>
            <a class="link" href={step.start.codeUrl} target="_blank" rel="noopener">
              {step.start.codeUrl}
            </a>
          </div>
        ) : step.kind === 'waiting' ? (
          <p class="hint">{tr.t('sign_in.waiting')}</p>
        ) : step.kind === 'expired' ? (
          <p class="error-text">{tr.t('sign_in.expired')}</p>
        ) : null}
        {step.kind === 'failed' ? (
          isApiError(step.error, 'not_found') ? (
            <p class="error-text">{tr.t('sign_in.unavailable')}</p>
          ) : (
            <ErrorState error={step.error} />
          )
        ) : null}
        <button type="button" class="button button--primary" onClick={() => void start()} disabled={step.kind === 'waiting'} data-testid="sign-in-button">
          {tr.t('sign_in.button')}
        </button>
      </div>
    </div>
  );
}
