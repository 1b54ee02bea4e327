/**
 * `npm run eval`: how good the judgement is, measured on generated books whose hidden truth the
 * product never sees, and on a fixture of published holiday dates. Prints one line per figure;
 * docs/evaluation.md records a run. Each part also runs alone (`npx tsx bench/eval/<part>.ts`).
 */
import { evaluateHolidays } from './holidays.ts';
import { evaluateLookalike } from './lookalike.ts';
import { evaluatePersona } from './persona.ts';
import { evaluateReorder } from './reorder.ts';
import { evaluateTier } from './tier.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(60)} ${value}`);
const timed = <T>(label: string, run: () => T): T => {
  const started = performance.now();
  const result = run();
  console.log(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
};

console.log('Touchpoint judgement evaluation — demo books of 2,000 customers, today 2026-11-25\n');

const calibration = timed('Tier agreement with the hidden manager’s tier', () => evaluateTier({ seed: 20_261_125 }));
const heldOut = evaluateTier({ seed: 7 });
line('calibration seed 20261125: exact / within one tier', `${pct(calibration.exact)} / ${pct(calibration.withinOne)}`);
line('held-out seed 7: exact / within one tier', `${pct(heldOut.exact)} / ${pct(heldOut.withinOne)}`);
line('held-out confusion (manager → computed A B C D)', '');
for (const [truth, row] of Object.entries(heldOut.confusion)) line(`  ${truth}`, ['A', 'B', 'C', 'D'].map((t) => String(row[t] ?? 0).padStart(5)).join(''));

const persona = timed('\nPersona matching, 200 held-out customers against 1,800 (hit = same hidden archetype)', () => evaluatePersona());
line('first inquiry mail read by readInquiry: top-1 / top-5', `${pct(persona.mail.top1)} / ${pct(persona.mail.top5)} (n = ${persona.mail.n})`);
line('typical inquiry signals: top-1 / top-5', `${pct(persona.inquiry.top1)} / ${pct(persona.inquiry.top5)}`);
line('whole derived persona (ceiling): top-1 / top-5', `${pct(persona.full.top1)} / ${pct(persona.full.top5)}`);
line('chance: top-1 / top-5', `${pct(persona.chance.top1)} / ${pct(persona.chance.top5)}`);
line('true tier within predicted range (mail / signals)', `${pct(persona.mail.tierInRange)} / ${pct(persona.inquiry.tierInRange)}`);
line('mean time per match (1,800 customers)', `${persona.msPerMatch} ms`);

const reorder = timed('\nReorder forecast, mean absolute error in days (naive = last order + last interval)', () => evaluateReorder());
line(`backtest, last order hidden (n = ${reorder.backtest.count}): forecast / naive`, `${reorder.backtest.forecastMae} / ${reorder.backtest.naiveMae}`);
line(`forward, vs the hidden next order (n = ${reorder.forward.count}): forecast / naive`, `${reorder.forward.forecastMae} / ${reorder.forward.naiveMae}`);
line('churn index AUC (churned vs active)', reorder.churn.auc.toFixed(3));
line('flagged: churned / active', `${pct(reorder.churn.flaggedChurned)} / ${pct(reorder.churn.flaggedActive)}`);

const lookalike = timed('\nLook-alike domains (generated from the demo book’s domains)', () => evaluateLookalike());
line(`precision / recall (${lookalike.positives} look-alikes, ${lookalike.negatives} genuine)`, `${pct(lookalike.precision)} / ${pct(lookalike.recall)}`);
for (const [kind, { n, detected }] of Object.entries(lookalike.byKind)) line(`  ${kind}`, `${detected}/${n}`);
const falseAlarms = Object.entries(lookalike.negativesByKind).filter(([, v]) => v.detected > 0);
line('false alarms by kind of genuine domain', falseAlarms.map(([k, v]) => `${k} ${v.detected}/${v.n}`).join(', ') || 'none');

const holidays = timed('\nHoliday dates against published calendars (test/fixtures/holidays/published.json)', () => evaluateHolidays());
line('dates checked / exact / within one day', `${holidays.checked} / ${holidays.exact} / ${holidays.withinOneDay}`);
line('missing / wrong', `${holidays.missing.length} / ${holidays.wrong.length}`);
for (const w of [...holidays.missing, ...holidays.wrong].slice(0, 10)) line('  ', w);

if (reorder.backtest.forecastMae >= reorder.backtest.naiveMae || reorder.forward.forecastMae >= reorder.forward.naiveMae) {
  console.error('\nThe reorder forecast no longer beats the naive baseline.');
  process.exitCode = 1;
}
