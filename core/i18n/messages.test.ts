import { describe, expect, it } from 'vitest';
import { TouchpointAction, TouchpointKind, TrustWarning, PaymentState } from '../customer-context.ts';
import { BrandRelation, BuyerType, Credit, Level, Stage, Tier, TurnoverBand, ValuedFactor } from '../customer.ts';
import { Channel, Direction, InteractionKind } from '../interaction.ts';
import { OrderStatus } from '../order.ts';
import { ReminderKind, ReminderStatus } from '../reminder.ts';
import { TRAIT_KEYS } from '../persona/persona-labels.ts';
import { BuyerClass, PaymentTimeliness } from '../persona/persona-profile.ts';
import { WorldRegion } from '../persona/world-region.ts';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import judgementEn from './judgement/en.json' with { type: 'json' };
import judgementZh from './judgement/zh.json' with { type: 'json' };
import { CATALOGUES, translate, uiLocale, UI_LOCALES } from './messages.ts';
import { interfaceTranslator } from './interface-messages.ts';
import { translator } from './messages.ts';
import type { LabelGroup } from './translator.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  it.each([
    ['interface', en, zh],
    ['judgement', judgementEn, judgementZh],
  ] as const)('carry the same %s keys in every language', (_, english, chinese) => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('keep the judgement’s keys apart from the interface’s, so neither file hides the other', () => {
    expect(Object.keys(judgementEn).filter((key) => key in en)).toEqual([]);
    expect(Object.keys(CATALOGUES.en).sort()).toEqual([...Object.keys(en), ...Object.keys(judgementEn)].sort());
  });

  it.each(Object.keys(CATALOGUES.en))('%s has the same placeholders in every language', (key) => {
    for (const locale of UI_LOCALES) {
      const text = CATALOGUES[locale][key]!;
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(CATALOGUES.en[key]!));
    }
  });

  const groups: [LabelGroup, readonly string[]][] = [
    ['tier_value', Tier.options],
    ['stage', Stage.options],
    ['buyer_type', BuyerType.options],
    ['brand_relation', BrandRelation.options],
    ['level', Level.options],
    ['factor', ValuedFactor.options],
    ['channel', Channel.options],
    ['direction', Direction.options],
    ['interaction_kind', InteractionKind.options],
    ['order_status', OrderStatus.options],
    ['payment', PaymentState.options],
    ['reminder_kind', ReminderKind.options],
    ['reminder_status', ReminderStatus.options],
    ['touchpoint_kind', TouchpointKind.options],
    ['touchpoint_action', TouchpointAction.options],
    ['warning', TrustWarning.shape.code.options],
    ['severity', TrustWarning.shape.severity.options],
    ['buyer_class', BuyerClass.options],
    ['payment_timeliness', PaymentTimeliness.options],
    ['trait', TRAIT_KEYS],
    ['world_region', WorldRegion.options],
    ['credit', Credit.options],
    ['turnover_band', TurnoverBand.options],
  ];
  it.each(groups)('label every value of %s, in both languages', (group, values) => {
    for (const locale of UI_LOCALES) {
      const { label } = translator(locale);
      for (const value of values) expect(CATALOGUES[locale][`${group}.${value}`], `${locale} ${group}.${value}`).toBeTypeOf('string');
      expect(values.map((v) => label(group, v))).not.toContain(undefined);
    }
  });

  // The pane bundles the interface's strings alone: every enum it draws must be labelled there.
  const paneGroups = groups.filter(([group]) =>
    ['tier_value', 'stage', 'buyer_type', 'channel', 'direction', 'interaction_kind', 'order_status', 'payment', 'reminder_kind', 'reminder_status', 'touchpoint_kind', 'touchpoint_action', 'warning', 'severity'].includes(group),
  );
  it.each(paneGroups)('label every value of %s from the interface strings alone', (group, values) => {
    for (const locale of UI_LOCALES) {
      const { label } = interfaceTranslator(locale);
      for (const value of values) expect(label(group, value), `${locale} ${group}.${value}`).toBe(translator(locale).label(group, value));
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'log.already', { name: 'Li Wei', date: '3 Dec' })).toBe('Already logged by Li Wei on 3 Dec.');
    expect(translate('zh', 'log.already', { name: '李伟', date: '12月3日' })).toBe('李伟 已于 12月3日 记录。');
  });

  it('keeps a placeholder without a value visible', () => {
    expect(translate('en', 'customer.owner')).toBe('Owner: {name}');
  });

  it('picks the plural form by count', () => {
    expect(translate('en', 'holidays.in_days', { count: 1 })).toBe('in 1 day');
    expect(translate('en', 'holidays.in_days', { count: 4 })).toBe('in 4 days');
    expect(translate('zh', 'holidays.in_days', { count: 4 })).toBe('4 天后');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translate('zh', 'no.such.key' as never)).toBe('no.such.key');
  });

  it('labels enum values, falling back to the value', () => {
    expect(translator('zh').label('stage', 'partner')).toBe('合作伙伴');
    expect(translator('en').label('touchpoint_kind', 'churn_risk')).toBe('Churn risk');
    expect(translator('en').label('stage', 'not_a_stage')).toBe('not_a_stage');
  });
});

describe('uiLocale', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh_Hans', 'zh'],
    ['ZH', 'zh'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [null, 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (tag, expected) => {
    expect(uiLocale(tag)).toBe(expected);
  });
});
