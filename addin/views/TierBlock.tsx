/** The numbers behind the tier letter, and a warning when it fell. */
import type { TierSummary } from '../../core/customer-context.ts';
import { tierLine } from '../../core/present/tier-line.ts';
import { usePane } from './pane-context.tsx';
import { Section } from './Section.tsx';

export function TierBlock(props: { tier: TierSummary | null }) {
  const { tr } = usePane();
  const line = tierLine(props.tier, tr);
  if (!line) return null;
  return (
    <Section title={tr.t('section.tier')} testId="tier">
      <p class="tier-line">
        <strong>{line.meaning}</strong>
        {line.score ? <span class="muted"> · {line.score}</span> : null}
      </p>
      {line.drift ? (
        <p class="drift" data-testid="tier-drift">
          ↓ {line.drift}
        </p>
      ) : null}
      {line.override ? <p class="hint">{line.override}</p> : null}
      {line.reasons.length ? (
        <ul class="reasons" data-testid="tier-reasons">
          {line.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
