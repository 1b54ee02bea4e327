/** Public holidays coming up in the customer's country. */
import type { HolidaySummary } from '../../core/customer-context.ts';
import { holidayLine } from '../../core/present/holiday-line.ts';
import { usePane } from './pane-context.tsx';
import { Empty, Section } from './Section.tsx';

export function Holidays(props: { holidays: HolidaySummary[]; country: string }) {
  const { tr, today } = usePane();
  return (
    <Section title={tr.t('section.holidays', { country: tr.country(props.country) })} testId="holidays">
      {props.holidays.length === 0 ? (
        <Empty>{tr.t('holidays.none')}</Empty>
      ) : (
        <ul class="rows">
          {props.holidays.map((h) => {
            const line = holidayLine(h, tr, today);
            return (
              <li class="row" key={`${h.date}-${h.name}`}>
                <div class="row__main">
                  <span class="row__title">{line.name}</span>
                  <span class="muted">
                    {line.date} · {line.when}
                  </span>
                </div>
                {line.greet ? <span class="tag">{line.greet}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
