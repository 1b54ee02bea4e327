/**
 * The part of Office.js the pane uses, as narrow structural types. `@types/office-js` types
 * `mailbox.item` as the intersection of every item and mode, so code written against it
 * compiles whatever the mode; these types make read and compose items different shapes, and
 * are all a stand-in host has to provide. `office-types.test.ts` checks them against the real
 * declarations.
 *
 * Enum values are written as their string values (`'olkItemSelectedChanged'`, `'text'`):
 * Office.js accepts them, and a stand-in host need not define the enums (the declarations
 * type enums as numbers, so enum-valued fields are `unknown` here).
 */

export interface OfficeAsyncError {
  code: number;
  name?: string;
  message: string;
}

export interface OfficeAsyncResult<T> {
  /** `'succeeded'` or `'failed'` at run time (the Office.js declarations type it as a numeric enum). */
  status: unknown;
  value: T;
  error?: OfficeAsyncError;
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface EmailAddressDetails {
  emailAddress: string;
  displayName: string;
}

export interface AttachmentDetails {
  name: string;
  isInline: boolean;
}

export interface SharedProperties {
  /** The mailbox the item belongs to (a shared mailbox, or the principal of a delegate). */
  owner: string;
}

/** A message being read. Meeting requests are messages too, told apart by `itemClass`. */
export interface ReadItem {
  itemType: string;
  itemClass?: string;
  itemId?: string;
  from?: EmailAddressDetails | null;
  sender?: EmailAddressDetails | null;
  to?: EmailAddressDetails[];
  cc?: EmailAddressDetails[];
  subject?: string;
  internetMessageId?: string;
  conversationId?: string | null;
  dateTimeCreated?: Date;
  attachments?: AttachmentDetails[];
  body: { getAsync(coercionType: 'text', callback: OfficeCallback<string>): void };
  /** Mailbox 1.8. */
  getAllInternetHeadersAsync?(callback: OfficeCallback<string>): void;
  /** Mailbox 1.8; fails when the item is not in a shared folder or mailbox. */
  getSharedPropertiesAsync?(callback: OfficeCallback<SharedProperties>): void;
  displayReplyForm(formData: string | { htmlBody: string }): void;
  /** Mailbox 1.9. */
  displayReplyFormAsync?(formData: string | { htmlBody: string }, callback?: OfficeCallback<void>): void;
}

export interface ComposeField<T> {
  getAsync(callback: OfficeCallback<T>): void;
}

/** A message being written. */
export interface ComposeItem {
  itemType: string;
  conversationId?: string | null;
  /** Mailbox 1.7. */
  from?: ComposeField<EmailAddressDetails>;
  to: ComposeField<EmailAddressDetails[]>;
  cc: ComposeField<EmailAddressDetails[]>;
  subject: ComposeField<string> & { setAsync(subject: string, callback?: OfficeCallback<void>): void };
  body: {
    getAsync(coercionType: 'text', callback: OfficeCallback<string>): void;
    getTypeAsync(callback: OfficeCallback<string>): void;
    setSelectedDataAsync(data: string, options: { coercionType: 'html' | 'text' }, callback?: OfficeCallback<void>): void;
  };
  /** Mailbox 1.8. */
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentDetails[]>): void;
  /** Mailbox 1.7: `olkRecipientsChanged`. */
  addHandlerAsync?(eventType: string, handler: () => void, callback?: OfficeCallback<void>): void;
}

export type MailItem = ReadItem | ComposeItem;

export interface NewMessageForm {
  toRecipients?: EmailAddressDetails[] | string[];
  subject?: string;
  htmlBody?: string;
}

export interface Mailbox {
  item?: MailItem | null;
  userProfile: { emailAddress: string; displayName: string };
  diagnostics?: { hostName: string };
  addHandlerAsync(eventType: string, handler: (event?: unknown) => void, callback?: OfficeCallback<void>): void;
  displayNewMessageForm(parameters: NewMessageForm): void;
  /** Mailbox 1.9. */
  displayNewMessageFormAsync?(parameters: NewMessageForm, callback?: OfficeCallback<void>): void;
}

export interface RoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: OfficeCallback<void>): void;
}

export interface OfficeDialog {
  addEventHandler(eventType: string, handler: (arg: { message?: string; origin?: string; error?: number }) => void): void;
  close(): void;
}

export interface OfficeApi {
  /** `host` is `'Outlook'` in Outlook, null outside Office. */
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context: {
    mailbox: Mailbox;
    displayLanguage: string;
    roamingSettings: RoamingSettings;
    /** Set where the browser partitions storage (Outlook on the web, new Outlook). */
    partitionKey?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      displayDialogAsync(
        startAddress: string,
        options: { height?: number; width?: number; promptBeforeOpen?: boolean },
        callback?: OfficeCallback<OfficeDialog>,
      ): void;
    };
  };
}

/** The `Office` global when office.js (or a stand-in) loaded, else null. */
export function officeGlobal(): OfficeApi | null {
  const office = (globalThis as { Office?: unknown }).Office;
  return office && typeof office === 'object' ? (office as OfficeApi) : null;
}
