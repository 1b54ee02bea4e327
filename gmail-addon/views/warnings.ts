/** Trust warnings, always the first section of a card: severity, what it is, and why, in one line each. */
import type { TrustWarning } from '../../core/index.ts';
import { bold, coloured, html } from '../cards/html.ts';
import { line, section } from '../cards/widgets.ts';
import type { Section } from '../cards/card-schema.ts';
import type { ViewContext } from './view-context.ts';

const SEVERITY_COLOUR = { high: '#c5221f', medium: '#b06000' } as const;

export function warningsSection({ tr }: ViewContext, warnings: readonly TrustWarning[]): Section | null {
  const ordered = [...warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return section(
    coloured(bold(tr.t('section.warnings')), SEVERITY_COLOUR.high),
    ordered.slice(0, 10).map((w) =>
      line(html`${bold(tr.label('warning', w.code))}<br>${w.reason}`, { top: coloured(tr.label('severity', w.severity), SEVERITY_COLOUR[w.severity]), icon: 'warning' }),
    ),
  );
}
