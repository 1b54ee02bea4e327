/**
 * Who the customer is, at a glance: name, code, country and local time, tier badge, stage,
 * owner, and the contact the mail came from.
 */
import type { CustomerContext } from '../../core/customer-context.ts';
import { localTimeLine } from '../../core/present/local-time-line.ts';
import { tierLine } from '../../core/present/tier-line.ts';
import { usePane } from './pane-context.tsx';

export function CustomerHeader(props: { context: CustomerContext }) {
  const { tr } = usePane();
  const { customer, contact, matchedBy } = props.context;
  const tier = tierLine(customer.tier, tr);
  const time = customer.localTime ? localTimeLine(customer.localTime, tr) : null;
  return (
    <header class="card customer" data-testid="customer">
      <div class="customer__top">
        <div>
          <h1 class="customer__name">{customer.name}</h1>
          <p class="muted">
            {tr.t('customer.code', { code: customer.code })} · {tr.country(customer.country)}
            {customer.region ? ` · ${customer.region}` : ''}
          </p>
        </div>
        {tier ? (
          <span class={`tier tier--${tier.tier}`} title={tier.meaning} data-testid="tier-badge">
            {tier.tier}
          </span>
        ) : (
          <span class="tier tier--none">{tr.t('tier.none')}</span>
        )}
      </div>
      {time ? (
        <p class="clock" data-testid="local-time">
          <span class={`dot dot--${time.cue}`} aria-hidden="true" />
          {time.text} <span class={`clock__cue clock__cue--${time.cue}`}>· {time.cueText}</span>
        </p>
      ) : null}
      <p class="customer__facts">
        <span>{tr.t('customer.stage', { stage: tr.label('stage', customer.stage) })}</span>
        <span>{tr.t('customer.owner', { name: customer.owner.name })}</span>
      </p>
      {contact ? (
        <p class="customer__contact">
          {contact.title ? tr.t('customer.contact', { name: contact.name, title: contact.title }) : contact.name}
          {contact.active ? null : <span class="tag tag--muted">{tr.t('customer.contact_inactive')}</span>}
        </p>
      ) : null}
      {matchedBy === 'domain' ? <p class="hint">{tr.t('customer.matched_by_domain')}</p> : null}
    </header>
  );
}
