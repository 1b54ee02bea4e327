/**
 * The narrow Office types of `office-types.ts` accept what the real Office.js declarations
 * describe (checked by `tsc`), so code written against them runs on real Outlook objects.
 * Left out: `context.ui`, whose dialog events the declarations type as a numeric enum only.
 */
/// <reference types="office-js" />
import type { ComposeItem, Mailbox, OfficeApi, ReadItem } from './office-types.ts';

type WithoutDialogs = Omit<OfficeApi, 'context'> & { context: Omit<OfficeApi['context'], 'ui'> };

export const officeFits = (office: typeof Office): WithoutDialogs => office;
export const mailboxFits = (mailbox: Office.Mailbox): Mailbox => mailbox;
export const readItemFits = (item: Office.MessageRead): ReadItem => item;
export const composeItemFits = (item: Office.MessageCompose): ComposeItem => item;
