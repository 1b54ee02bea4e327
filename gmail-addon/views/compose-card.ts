/**
 * The compose card: when the draft's recipients are a customer the rep may see, the drafts the
 * suggestions call for and any template, in the contact's language, to insert where the cursor is.
 */
import type { CustomerContext } from '../../core/index.ts';
import { TEMPLATE_FILES, TEMPLATE_KEYS } from '../../core/greetings/index.ts';
import { touchpointButton } from '../../core/present/index.ts';
import type { Translator } from '../../core/i18n/index.ts';
import type { Card } from '../cards/card-schema.ts';
import { button, buttons, dropdown, line, paragraph, runAction, section, sections } from '../cards/widgets.ts';
import { FIELDS, type ViewContext } from './view-context.ts';
import { warningsSection } from './warnings.ts';

/** Templates named as the interface names their occasion: holidays by their name, the rest by the suggestion kind they serve. */
const KIND_OF_TEMPLATE: Record<string, string> = {
  birthday: 'birthday',
  order_anniversary: 'anniversary',
  season_greeting: 'holiday_greeting',
  follow_up_quote: 'follow_up_quote',
  follow_up_sample: 'follow_up_sample',
  reorder_check_in: 'reorder',
  payment_reminder: 'payment_due',
  price_change_notice: 'price_change',
};

export function templateLabel(tr: Translator, key: string): string {
  const holiday = TEMPLATE_FILES[tr.locale].holidayNames[key];
  if (holiday) return holiday;
  const kind = KIND_OF_TEMPLATE[key];
  return kind ? tr.label('touchpoint_kind', kind) : key;
}

export function composeCard(context: CustomerContext | null, view: ViewContext): Card {
  const { tr } = view;
  if (!context) {
    return { name: 'compose', header: { title: tr.t('gmail.compose.title') }, sections: sections(section(null, [paragraph(tr.t('gmail.compose.no_customer'))])) };
  }
  const { customer } = context;
  const drafts = context.touchpoints.filter((tp) => touchpointButton(tp, { mailOpen: true }).kind === 'draft').slice(0, 5);
  return {
    name: 'compose',
    header: { title: tr.t('gmail.compose.title'), subtitle: tr.t('gmail.compose.for', { customer: customer.name }) },
    sections: sections(
      warningsSection(view, context.warnings),
      section(
        tr.t('section.touchpoints'),
        drafts.map((tp) =>
          line(tp.reason, {
            top: tr.label('touchpoint_kind', tp.kind),
            button: button(
              tr.t('draft.insert'),
              runAction(view.actionUrl, { do: 'insert', customerId: customer.id, contactId: context.contact?.id, touchpoint: JSON.stringify({ kind: tp.kind, detail: tp.detail }) }),
            ),
          }),
        ),
      ),
      section(tr.t('gmail.compose.template'), [
        dropdown(
          FIELDS.template,
          tr.t('gmail.compose.template'),
          TEMPLATE_KEYS.map((key) => ({ text: templateLabel(tr, key), value: key })),
          'season_greeting',
        ),
        buttons(button(tr.t('draft.insert'), runAction(view.actionUrl, { do: 'insert', customerId: customer.id, contactId: context.contact?.id }, { requiredWidgets: [FIELDS.template] }), { filled: true })),
      ]),
    ),
  };
}
