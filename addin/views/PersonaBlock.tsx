/** What kind of buyer the customer is: the persona's known dimensions, one per row. */
import type { PersonaSummary } from '../../core/customer-context.ts';
import { personaLines } from '../../core/present/persona-lines.ts';
import { usePane } from './pane-context.tsx';
import { Section } from './Section.tsx';

export function PersonaBlock(props: { persona: PersonaSummary }) {
  const { tr } = usePane();
  const lines = personaLines(props.persona, tr);
  if (lines.length === 0) return null;
  return (
    <Section title={tr.t('section.persona')} testId="persona">
      <dl class="facts">
        {lines.map((line) => (
          <div class="facts__row" key={line.key} data-key={line.key}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
