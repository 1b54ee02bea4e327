/**
 * The card for a known sender (`CustomerContext`): trust warnings first, then who the customer
 * is (tier, local time, owner), this mail (log it, or who already did), what to do next, open
 * reminders, orders with the 24-month chart, last contacts, holidays, and a reminder form.
 */
import type { CustomerContext } from '../../core/index.ts';
import { ReminderKind } from '../../core/index.ts';
import { reminderLine, touchpointTitle } from '../../core/present/due-line.ts';
import { holidayLine, interactionLine, localTimeLine, orderLine, ordersTotalLine, personaLines, tierLine } from '../../core/present/index.ts';
import type { Card } from '../cards/card-schema.ts';
import { bold, coloured } from '../cards/html.ts';
import { button, buttons, dateField, dropdown, image, line, openLink, paragraph, runAction, section, sections, textField } from '../cards/widgets.ts';
import { touchpointAction } from './touchpoint-action.ts';
import { FIELDS, type ViewContext } from './view-context.ts';
import { warningsSection } from './warnings.ts';

const SHOWN = 5;

export function customerCard(context: CustomerContext, view: ViewContext): Card {
  const { tr, today, actionUrl } = view;
  const { customer } = context;
  const run = (params: Record<string, string | number | null | undefined>, options?: { requiredWidgets?: string[] }) => runAction(actionUrl, params, options);
  const tier = tierLine(customer.tier, tr);
  const time = customer.localTime ? localTimeLine(customer.localTime, tr) : null;

  return {
    name: 'customer',
    header: {
      title: customer.name,
      subtitle: [customer.code, tr.country(customer.country), customer.tier ? tr.t('tier.badge', { tier: customer.tier.tier }) : null].filter(Boolean).join(' · '),
    },
    sections: sections(
      warningsSection(view, context.warnings),
      section(null, [
        line(tier ? [tier.meaning, tier.override ?? tier.score].filter(Boolean).join(' · ') : tr.t('tier.none'), { top: tr.t('section.tier'), icon: 'star' }),
        tier?.drift ? line(coloured(tier.drift, '#c5221f'), { icon: 'trending_down' }) : null,
        ...(tier?.reasons.slice(0, 4).map((reason) => paragraph(reason)) ?? []),
        time ? line(`${time.text} · ${time.cueText}`, { icon: 'schedule' }) : null,
        line(tr.t('customer.owner', { name: customer.owner.name }), { bottom: tr.t('customer.stage', { stage: tr.label('stage', customer.stage) }), icon: 'person' }),
        context.contact
          ? line(context.contact.title ? tr.t('customer.contact', { name: context.contact.name, title: context.contact.title }) : context.contact.name, {
              icon: 'badge',
              ...(context.contact.active ? {} : { bottom: tr.t('customer.contact_inactive') }),
            })
          : context.matchedBy === 'domain'
            ? paragraph(tr.t('customer.matched_by_domain'))
            : null,
      ]),
      section(
        tr.t('section.candidates'),
        context.otherCandidates.slice(0, 3).map((c) => line(c.name, { top: c.code, onClick: openLink(view.customerUrl(c.customerId)) })),
      ),
      context.alreadyLogged
        ? section(null, [
            line(tr.t('log.already', { name: context.alreadyLogged.by.name, date: tr.date(context.alreadyLogged.at.slice(0, 10), today) }), { icon: 'check_circle' }),
          ])
        : section(null, [
            textField(FIELDS.logNote, tr.t('log.note')),
            buttons(button(tr.t('log.button'), run({ do: 'log', customerId: customer.id, contactId: context.contact?.id }), { filled: true })),
          ]),
      section(
        tr.t('section.touchpoints'),
        context.touchpoints.length === 0
          ? [paragraph(tr.t('touchpoints.none'))]
          : context.touchpoints.slice(0, SHOWN).map((tp) =>
              line(tp.reason, {
                top: touchpointTitle(tr, tp, today),
                button: touchpointAction(view, tp, { customerId: customer.id, contactId: context.contact?.id, mailOpen: true }),
              }),
            ),
        { collapsible: 3 },
      ),
      section(
        tr.t('section.reminders'),
        context.reminders.length === 0
          ? [paragraph(tr.t('reminders.none'))]
          : [
              ...context.reminders.slice(0, SHOWN).flatMap((r) => [
                line(r.note ?? tr.label('reminder_kind', r.kind), { top: reminderLine(tr, r, today) }),
                buttons(
                  button(tr.t('reminder.snooze'), run({ do: 'snooze', reminderId: r.id, customerId: customer.id }, { requiredWidgets: [FIELDS.snoozeUntil] })),
                  button(tr.t('reminder.complete'), run({ do: 'complete', reminderId: r.id, customerId: customer.id })),
                ),
              ]),
              dateField(FIELDS.snoozeUntil, tr.t('reminder.snooze_until')),
            ],
      ),
      section(tr.t('section.orders'), [
        line(bold(ordersTotalLine(context.orders, tr)), { icon: 'receipt_long' }),
        context.orders.monthly.some((m) => m.amount > 0)
          ? image(view.chartUrl({ amounts: context.orders.monthly.map((m) => m.amount) }), tr.t('gmail.chart_alt'))
          : null,
        ...context.orders.recent.slice(0, SHOWN).map((o) => {
          const order = orderLine(o, tr, today);
          return line([order.date, order.amount, order.status].join(' · '), { top: order.contractNo, bottom: order.payment });
        }),
      ]),
      section(
        tr.t('section.persona'),
        personaLines(context.persona, tr).map((p) => line(p.value, { top: p.label })),
        { collapsible: 3 },
      ),
      section(
        tr.t('section.interactions'),
        context.interactions.length === 0
          ? [paragraph(tr.t('interactions.none'))]
          : context.interactions.slice(0, SHOWN).map((i) => {
              const contact = interactionLine(i, tr, today);
              return line(contact.subject ?? contact.kind, { top: contact.meta, bottom: contact.loggedBy });
            }),
        { collapsible: 2 },
      ),
      section(
        tr.t('section.holidays', { country: tr.country(customer.country) }),
        context.holidays.length === 0 ? [paragraph(tr.t('holidays.none'))] : context.holidays.slice(0, SHOWN).map((h) => {
              const holiday = holidayLine(h, tr, today);
              return line([holiday.name, holiday.date, holiday.when, holiday.greet].filter(Boolean).join(' · '), { icon: 'event' });
            }),
        { collapsible: 2 },
      ),
      section(
        tr.t('reminder.add'),
        [
          dateField(FIELDS.due, tr.t('reminder.due_on')),
          dropdown(FIELDS.kind, tr.t('gmail.reminder.kind'), ReminderKind.options.map((k) => ({ text: tr.label('reminder_kind', k), value: k })), 'follow_up'),
          textField(FIELDS.reminderNote, tr.t('reminder.note')),
          buttons(button(tr.t('reminder.add'), run({ do: 'remind', customerId: customer.id }, { requiredWidgets: [FIELDS.due] }))),
        ],
        { collapsible: 0 },
      ),
      section(null, [
        buttons(
          button(tr.t('customer.open'), openLink(view.customerUrl(customer.id)), { icon: 'open_in_new' }),
          button(tr.t('gmail.refresh'), run({ do: 'refresh' })),
        ),
      ]),
    ),
  };
}
