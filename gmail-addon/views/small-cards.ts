/**
 * The short cards: a colleague's customer (only who owns it), a mail among colleagues, a Google
 * account not linked to a Touchpoint user, a message Gmail would not give us, and a failure.
 */
import type { InternalContext, OwnedElsewhereContext } from '../../core/index.ts';
import type { Card } from '../cards/card-schema.ts';
import { bold, html } from '../cards/html.ts';
import { button, buttons, line, openLink, paragraph, runAction, section, sections } from '../cards/widgets.ts';
import type { ViewContext } from './view-context.ts';
import { warningsSection } from './warnings.ts';

const homeButton = (view: ViewContext) => button(view.tr.t('section.today'), runAction(view.actionUrl, { do: 'home' }));

/** Someone else's customer: who owns it, and nothing about the customer itself. */
export function ownedElsewhereCard(context: OwnedElsewhereContext, view: ViewContext): Card {
  const { tr } = view;
  return {
    name: 'owned-elsewhere',
    header: { title: tr.t('app.name'), subtitle: context.owner.name },
    sections: sections(
      warningsSection(view, context.warnings),
      section(null, [line(tr.t('customer.owned_elsewhere', { name: context.owner.name, email: context.owner.email }), { icon: 'lock' }), buttons(homeButton(view))]),
    ),
  };
}

export function internalCard(context: InternalContext, view: ViewContext): Card {
  const { tr } = view;
  return {
    name: 'internal',
    header: { title: tr.t('app.name') },
    sections: sections(warningsSection(view, context.warnings), section(null, [paragraph(tr.t('customer.internal')), buttons(homeButton(view))])),
  };
}

/**
 * The Google account is not linked to a Touchpoint user: say how to link it. `pairingUrl` is the
 * one-time sign-in link when the server offers one; otherwise an admin links the account.
 */
export function notLinkedCard(email: string, view: Pick<ViewContext, 'tr'>, pairingUrl: string | null = null): Card {
  const { tr } = view;
  return {
    name: 'not-linked',
    header: { title: tr.t('gmail.not_linked.title'), subtitle: email },
    sections: sections(
      section(null, [
        paragraph(tr.t('gmail.not_linked.body', { email })),
        pairingUrl ? paragraph(tr.t('gmail.not_linked.sign_in')) : null,
        pairingUrl ? buttons(button(tr.t('sign_in.button'), openLink(pairingUrl), { filled: true })) : null,
        paragraph(html`${bold(tr.t('gmail.not_linked.ask_admin', { email }))}`),
      ]),
    ),
  };
}

export type Problem = 'timeout' | 'denied' | 'missing' | 'error';

/** What could not be done, and a way to try again. */
export function problemCard(problem: Problem, view: ViewContext): Card {
  const { tr } = view;
  const title = problem === 'error' ? tr.t('gmail.error.title') : tr.t('gmail.unreadable.title');
  const body =
    problem === 'timeout'
      ? tr.t('gmail.unreadable.timeout')
      : problem === 'denied'
        ? tr.t('gmail.unreadable.denied')
        : problem === 'missing'
          ? tr.t('gmail.unreadable.missing')
          : tr.t('gmail.error.body');
  return {
    name: 'problem',
    header: { title: tr.t('app.name'), subtitle: title },
    sections: sections(section(null, [paragraph(body), buttons(button(tr.t('state.retry'), runAction(view.actionUrl, { do: 'refresh' }), { filled: true }), homeButton(view))])),
  };
}
