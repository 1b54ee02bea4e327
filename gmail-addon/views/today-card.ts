/**
 * The homepage: Today (what is due across the rep's book, most important first) and a customer
 * search; and the search results, which open a customer or, when attaching a sender, add it.
 */
import type { Customer, TodayView } from '../../core/index.ts';
import { touchpointTitle } from '../../core/present/due-line.ts';
import type { Card } from '../cards/card-schema.ts';
import { bold, html } from '../cards/html.ts';
import { button, buttons, line, openLink, paragraph, runAction, section, sections, textField } from '../cards/widgets.ts';
import { touchpointAction } from './touchpoint-action.ts';
import { FIELDS, type ViewContext } from './view-context.ts';

/** Items listed on the homepage; the rest wait for tomorrow or the web view. */
const TODAY_SHOWN = 20;

export function searchSection(view: ViewContext, attach?: { name: string; address: string }) {
  const { tr } = view;
  return section(attach ? tr.t('customer.attach') : tr.t('customer.search'), [
    textField(FIELDS.query, tr.t('gmail.search.query')),
    buttons(
      button(
        tr.t('customer.search'),
        runAction(view.actionUrl, { do: 'search', ...(attach ? { attachName: attach.name, attachAddress: attach.address } : {}) }, { requiredWidgets: [FIELDS.query] }),
      ),
    ),
  ]);
}

export function todayCard(today: TodayView, view: ViewContext, days: number): Card {
  const { tr } = view;
  const items = today.items.slice(0, TODAY_SHOWN);
  return {
    name: 'today',
    header: { title: tr.t('section.today'), subtitle: tr.date(today.date) },
    sections: sections(
      searchSection(view),
      section(
        tr.t('section.touchpoints'),
        items.length === 0
          ? [paragraph(tr.t('state.empty_today', { days }))]
          : items.map(({ customer, touchpoint }) =>
              line(html`${bold(customer.name)} · ${touchpoint.reason}`, {
                top: touchpointTitle(tr, touchpoint, today.date),
                button: touchpointAction(view, touchpoint, { customerId: customer.id, mailOpen: false }),
              }),
            ),
      ),
    ),
  };
}

/** Customers matching a search; with `attach`, each gets a button adding the sender to it. */
export function searchResultsCard(query: string, customers: readonly Customer[], view: ViewContext, attach?: { name: string; address: string }): Card {
  const { tr } = view;
  return {
    name: 'search',
    header: { title: tr.t('customer.search'), subtitle: attach ? tr.t('gmail.attach.choose', { address: attach.address }) : query },
    sections: sections(
      section(
        tr.t('gmail.search.results', { query }),
        customers.length === 0
          ? [paragraph(tr.t('gmail.search.none', { query }))]
          : customers.slice(0, 20).map((c) =>
              line(c.name, {
                top: `${c.code} · ${tr.country(c.country)}`,
                button: attach
                  ? button(tr.t('gmail.attach.button'), runAction(view.actionUrl, { do: 'attach', customerId: c.id, name: attach.name, address: attach.address }))
                  : button(tr.t('customer.open'), openLink(view.customerUrl(c.id))),
              }),
            ),
      ),
      searchSection(view, attach),
    ),
  };
}
