/** Today, when no message is open: what is due across the rep's book, most important first. */
import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { daysBetween } from '../../core/local-time.ts';
import { todayQuery } from '../api/queries.ts';
import { usePane } from './pane-context.tsx';
import { Section } from './Section.tsx';
import { ErrorState, Loading, Notice } from './StateMessage.tsx';
import { TouchpointRow } from './Touchpoints.tsx';

/** Suggestions listed before "show all": a morning's work, not the whole fortnight. */
const FIRST_SHOWN = 12;

export function TodayPane() {
  const { tr, client } = usePane();
  const today = useQuery(todayQuery(client));
  const [all, setAll] = useState(false);
  const items = today.data ? (all ? today.data.items : today.data.items.slice(0, FIRST_SHOWN)) : [];
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
              {items.map((item, i) => (
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
          {items.length < today.data.items.length ? (
            <button type="button" class="link" onClick={() => setAll(true)} data-testid="today-all">
              {tr.t('today.show_all', { count: today.data.items.length })}
            </button>
          ) : null}
        </Section>
      ) : today.isError ? (
        <ErrorState error={today.error} retry={() => void today.refetch()} />
      ) : (
        <Loading text={tr.t('state.loading_today')} />
      )}
    </div>
  );
}
