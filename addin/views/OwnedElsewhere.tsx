/** A colleague's customer: only who owns it, so two reps do not quote the same buyer. */
import type { OwnedElsewhereContext } from '../../core/customer-context.ts';
import { usePane } from './pane-context.tsx';
import { Warnings } from './Warnings.tsx';

export function OwnedElsewhere(props: { context: OwnedElsewhereContext }) {
  const { tr, host } = usePane();
  const { owner } = props.context;
  return (
    <div class="view" data-testid="view-owned-elsewhere">
      <Warnings warnings={props.context.warnings} />
      <div class="card owned">
        <p class="owned__icon" aria-hidden="true">
          ⚑
        </p>
        <p>{tr.t('customer.owned_elsewhere', { name: owner.name, email: owner.email })}</p>
        <button type="button" class="button" onClick={() => void host.newMessageWith({ subject: '', body: '', to: { name: owner.name, address: owner.email } })}>
          {tr.t('customer.write_owner', { name: owner.name })}
        </button>
      </div>
    </div>
  );
}
