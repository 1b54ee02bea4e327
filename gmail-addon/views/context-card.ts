/** The card for whatever the open mail's context is: one builder per view model kind. */
import type { SidebarContext } from '../../core/index.ts';
import type { Card } from '../cards/card-schema.ts';
import { customerCard } from './customer-card.ts';
import { inquiryCard } from './inquiry-card.ts';
import { internalCard, ownedElsewhereCard } from './small-cards.ts';
import type { ViewContext } from './view-context.ts';

export function contextCard(context: SidebarContext, view: ViewContext): Card {
  switch (context.kind) {
    case 'customer':
      return customerCard(context, view);
    case 'owned_elsewhere':
      return ownedElsewhereCard(context, view);
    case 'inquiry':
      return inquiryCard(context, view);
    case 'internal':
      return internalCard(context, view);
  }
}
