/** Today, when no message is open: what is due across the rep's book, most important first. */
import { useQuery } from '@tanstack/preact-query';
import { daysBetween } from '../../core/local-time.ts';
import { todayQuery } from '../api/queries.ts';
import { usePane } from './pane-context.tsx';
import { Section } from './Section.tsx';
import { ErrorState, Loading, Notice } from './StateMessage.tsx';
import { TouchpointRow } from './Touchpoints.tsx';

export function TodayPane() {
  const { tr, client } = usePane();
  const today = useQuery(todayQuery(client));
  return (
    <div class="view" data-testid="view-today">
      <p class="hint">{tr.t('state.no_item')}</p>
      {today.data ? (
        <Section title={tr.t('section.today')} count={today.data.items.length}>
          {today.data.items.length === 0 ? (
            <Notice testId="today-empty">
              <p>{tr.t('state.empty_today', { days: daysBetween(today.data.date, today.data.until) })}</p>
            </Notice>
          ) : (
            <ul class="rows">
              {today.data.items.map((item, i) => (
                <TouchpointRow
                  key={`${item.customer.id}-${item.touchpoint.kind}-${i}`}
                  touchpoint={item.touchpoint}
                  customerId={item.customer.id}
                  contactId={null}
                  customerName={item.customer.name}
                  showCustomer={`${item.customer.name} · ${item.customer.code}`}
                />
              ))}
            </ul>
          )}
        </Section>
      ) : today.isError ? (
        <ErrorState error={today.error} retry={() => void today.refetch()} />
      ) : (
        <Loading text={tr.t('state.loading_today')} />
      )}
    </div>
  );
}
