/** The last logged contacts. */
import type { InteractionSummary } from '../../core/customer-context.ts';
import { interactionLine } from '../../core/present/interaction-line.ts';
import { usePane } from './pane-context.tsx';
import { Empty, Section } from './Section.tsx';

export function Interactions(props: { interactions: InteractionSummary[] }) {
  const { tr, today } = usePane();
  return (
    <Section title={tr.t('section.interactions')} testId="interactions">
      {props.interactions.length === 0 ? (
        <Empty>{tr.t('interactions.none')}</Empty>
      ) : (
        <ul class="rows">
          {props.interactions.map((i) => {
            const line = interactionLine(i, tr, today);
            return (
              <li class="row row--stack" key={i.id}>
                <span class="row__title">{line.subject ?? line.kind}</span>
                <span class="muted">
                  {line.meta} · {line.loggedBy}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
