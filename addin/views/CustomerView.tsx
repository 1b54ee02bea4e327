/**
 * A known customer: warnings first, then who they are, what to do, and their history. With no
 * mail open (the customer's page) there is nothing to log.
 */
import type { CustomerContext } from '../../core/customer-context.ts';
import { CustomerHeader } from './CustomerHeader.tsx';
import { Holidays } from './Holidays.tsx';
import { Interactions } from './Interactions.tsx';
import { LogEmail } from './LogEmail.tsx';
import { Orders } from './Orders.tsx';
import { usePane } from './pane-context.tsx';
import { Reminders } from './Reminders.tsx';
import { Section } from './Section.tsx';
import { PersonaBlock } from './PersonaBlock.tsx';
import { TierBlock } from './TierBlock.tsx';
import { Touchpoints } from './Touchpoints.tsx';
import { useItem } from './use-item.ts';
import { Warnings } from './Warnings.tsx';

export function CustomerView(props: { context: CustomerContext }) {
  const { tr } = usePane();
  const item = useItem();
  const c = props.context;
  const contactId = c.contact?.id ?? null;
  return (
    <div class="view view--customer" data-testid="view-customer">
      <Warnings warnings={c.warnings} />
      <CustomerHeader context={c} />
      {item.kind === 'none' ? null : <LogEmail customerId={c.customer.id} customerName={c.customer.name} contactId={contactId} alreadyLogged={c.alreadyLogged} />}
      <Touchpoints touchpoints={c.touchpoints} customerId={c.customer.id} contactId={contactId} customerName={c.customer.name} />
      <TierBlock tier={c.customer.tier} />
      <PersonaBlock persona={c.persona} />
      <Orders orders={c.orders} />
      <Reminders reminders={c.reminders} customerId={c.customer.id} />
      <Interactions interactions={c.interactions} />
      <Holidays holidays={c.holidays} country={c.customer.country} />
      {c.otherCandidates.length ? (
        <Section title={tr.t('section.candidates')}>
          <ul class="rows">
            {c.otherCandidates.map((o) => (
              <li class="row" key={o.customerId}>
                <span class="row__title">{o.name}</span>
                <span class="muted">{o.code}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
