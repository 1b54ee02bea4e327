/**
 * A suggestion's one-click button on a card: core's `touchpointButton` decides what it does
 * (the same decision the Outlook pane draws), this turns it into the add-on's action.
 */
import type { Touchpoint } from '../../core/index.ts';
import { touchpointButton } from '../../core/present/index.ts';
import type { Button } from '../cards/card-schema.ts';
import { button, runAction } from '../cards/widgets.ts';
import type { ViewContext } from './view-context.ts';

export function touchpointAction(view: ViewContext, touchpoint: Touchpoint, target: { customerId: string; contactId?: string | null; mailOpen: boolean }): Button {
  const choice = touchpointButton(touchpoint, { mailOpen: target.mailOpen });
  const run = (params: Record<string, string | null | undefined>) => runAction(view.actionUrl, { customerId: target.customerId, ...params });
  const label = view.tr.t(choice.label);
  switch (choice.kind) {
    case 'draft':
      return button(label, run({ do: 'draft', contactId: target.contactId, touchpoint: JSON.stringify(choice.touchpoint) }));
    case 'remind':
      return button(label, run({ do: 'remind', due: choice.reminder.due, kind: choice.reminder.kind, note: touchpoint.reason.slice(0, 500) }));
    case 'log':
      return button(label, run({ do: 'log', contactId: target.contactId }));
    case 'reply':
      return button(label, run({ do: 'reply' }));
    case 'open_reminder':
      return button(view.tr.t('reminder.complete'), run({ do: 'complete', reminderId: choice.reminderId }));
  }
}
