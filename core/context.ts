/**
 * What `POST /api/context` answers: one of four shapes, told apart by `kind`.
 */
import { z } from 'zod';
import { CustomerContext, InternalContext, OwnedElsewhereContext } from './customer-context.ts';
import { InquiryContext } from './inquiry-context.ts';

export const SidebarContext = z.discriminatedUnion('kind', [CustomerContext, OwnedElsewhereContext, InquiryContext, InternalContext]);
export type SidebarContext = z.infer<typeof SidebarContext>;
