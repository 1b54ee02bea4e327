/** Trust warnings, above everything else: a look-alike domain or a bank change costs the most. */
import type { TrustWarning } from '../../core/customer-context.ts';
import { usePane } from './pane-context.tsx';

export function Warnings(props: { warnings: TrustWarning[] }) {
  const { tr } = usePane();
  if (props.warnings.length === 0) return null;
  return (
    <section class="warnings" aria-label={tr.t('section.warnings')} data-testid="warnings">
      {props.warnings.map((w) => (
        <div class={`warning warning--${w.severity}`} role="alert" data-code={w.code} key={w.code}>
          <p class="warning__title">
            <span class="warning__icon" aria-hidden="true">
              !
            </span>
            <span>{tr.label('warning', w.code)}</span>
            <span class="warning__severity">{tr.label('severity', w.severity)}</span>
          </p>
          <p class="warning__reason">{w.reason}</p>
        </div>
      ))}
    </section>
  );
}
