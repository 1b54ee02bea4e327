import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { tierLine } from './tier-line.ts';

describe('tierLine', () => {
  it('words a computed tier with its reasons and a drop', () => {
    const line = tierLine(
      { tier: 'B', source: 'computed', score: 71.6, reasons: ['12-month revenue 86k USD, top 22%'], drift: { from: 'A', to: 'B' }, overrideNote: null },
      translator('en'),
    );
    expect(line).toEqual({
      tier: 'B',
      badge: 'Tier B',
      meaning: 'B · important',
      score: 'score 72',
      reasons: ['12-month revenue 86k USD, top 22%'],
      drift: 'Fell from A to B',
      override: null,
    });
  });

  it('shows a manual override with its note and no score', () => {
    const line = tierLine({ tier: 'A', source: 'override', score: null, reasons: [], drift: null, overrideNote: 'strategic account' }, translator('zh'));
    expect(line).toMatchObject({ badge: 'A 级', meaning: 'A · 重点客户', score: null, override: '手动设定：strategic account' });
  });

  it('is null without a tier', () => {
    expect(tierLine(null, translator('en'))).toBeNull();
  });
});
