/**
 * The card for an unknown sender (`InquiryContext`): trust warnings first, who wrote, what the
 * inquiry asks, who the buyer says they are, the most similar customers and why, the likely tier
 * and fit, what to ask next, and "create customer" prefilled (or add the sender to a customer).
 */
import { formatPercent } from '../../core/i18n/index.ts';
import type { InquiryContext } from '../../core/index.ts';
import { contactFromInquiry, suggestCustomerCode } from '../../core/present/index.ts';
import type { Card } from '../cards/card-schema.ts';
import { bold, html, joinHtml } from '../cards/html.ts';
import { button, buttons, line, paragraph, runAction, section, sections, textField } from '../cards/widgets.ts';
import { FIELDS, type ViewContext } from './view-context.ts';
import { searchSection } from './today-card.ts';
import { warningsSection } from './warnings.ts';


export function inquiryCard(context: InquiryContext, view: ViewContext): Card {
  const { tr } = view;
  const { sender, inquiry, prefill } = context;
  const ask = inquiry;
  const first = contactFromInquiry(context);
  const contact = first ? { name: first.name, address: first.emails[0]! } : null;
  const { name: _name, country: _country, code: _code, ...rest } = prefill;
  const facts: Array<[string, string]> = ask
    ? [
        [tr.t('inquiry.products'), ask.products.map((p) => p.term).join(', ')],
        [tr.t('inquiry.quantities'), ask.quantities.map((q) => q.text).join(', ')],
        [tr.t('inquiry.incoterm'), ask.incoterm ?? ''],
        [tr.t('inquiry.target_price'), ask.targetPrice ? tr.money(ask.targetPrice.amount, ask.targetPrice.currency) : ''],
        [tr.t('inquiry.buyer_type'), ask.buyerTypeHints.map((b) => tr.label('buyer_type', b)).join(', ')],
        [tr.t('inquiry.certificates'), ask.certificates.join(', ')],
        [tr.t('inquiry.country'), ask.countryGuesses.slice(0, 2).map((g) => tr.country(g.country)).join(', ')],
        [tr.t('inquiry.language'), ask.language ? tr.language(ask.language) : ''],
      ]
    : [];
  const flags = ask ? [ask.sampleRequested ? tr.t('inquiry.sample') : null, ask.urgent ? tr.t('inquiry.urgent') : null].filter((f): f is string => !!f) : [];
  const buyer = ask?.buyer;
  const buyerLines = buyer
    ? ([
        buyer.name,
        buyer.company,
        buyer.country ? tr.country(buyer.country) : null,
        buyer.email,
        buyer.phone,
        buyer.website,
      ].filter((v): v is string => !!v))
    : [];

  return {
    name: 'inquiry',
    header: {
      title: sender.name || sender.address,
      subtitle: [tr.t('inquiry.new_sender'), sender.address, sender.freeMail ? tr.t('inquiry.free_mail') : null].filter(Boolean).join(' · '),
    },
    sections: sections(
      warningsSection(view, context.warnings),
      sender.marketplace ? section(null, [line(tr.t('inquiry.via_marketplace', { marketplace: sender.marketplace }), { icon: 'storefront' })]) : null,
      section(tr.t('section.inquiry'), [
        ...facts.filter(([, value]) => value).map(([label, value]) => line(value, { top: label })),
        flags.length ? line(bold(flags.join(' · ')), { icon: 'flag' }) : null,
        facts.every(([, value]) => !value) && flags.length === 0 ? paragraph(tr.t('inquiry.nothing_read')) : null,
      ]),
      buyerLines.length ? section(tr.t('section.buyer'), [paragraph(joinHtml(buyerLines, html`<br>`))]) : null,
      section(null, [
        context.predictedTier
          ? line(tr.t('inquiry.predicted_tier', { likely: context.predictedTier.likely, low: context.predictedTier.low, high: context.predictedTier.high }), { icon: 'star' })
          : null,
        context.fit !== null ? line(tr.t('inquiry.fit', { percent: formatPercent(context.fit) }), { icon: 'target' }) : null,
      ]),
      section(
        tr.t('section.similar'),
        context.similar.length === 0
          ? [paragraph(tr.t('inquiry.no_similar'))]
          : context.similar.slice(0, 5).map((s) =>
              line(s.name ?? tr.t('gmail.similar.hidden'), {
                top: [s.code, s.tier ? tr.t('tier.badge', { tier: s.tier }) : null, tr.t('inquiry.similarity', { percent: formatPercent(s.similarity) })].filter(Boolean).join(' · '),
                bottom: s.because.slice(0, 4).join(', '),
              }),
            ),
      ),
      section(tr.t('section.questions'), context.questions.slice(0, 5).map((q) => line(q.question, { icon: 'help' }))),
      section(tr.t('customer.create'), [
        textField(FIELDS.code, tr.t('gmail.create.code'), { value: suggestCustomerCode(prefill) }),
        textField(FIELDS.name, tr.t('gmail.create.name'), { value: prefill.name ?? '' }),
        textField(FIELDS.country, tr.t('gmail.create.country'), { value: prefill.country ?? '' }),
        buttons(
          button(
            tr.t('customer.create'),
            runAction(view.actionUrl, { do: 'create', prefill: JSON.stringify(rest), contactName: contact?.name, contactAddress: contact?.address }, { requiredWidgets: [FIELDS.code, FIELDS.name, FIELDS.country] }),
            { filled: true },
          ),
        ),
      ]),
      contact ? searchSection(view, contact) : null,
    ),
  };
}
