/**
 * What an add-on endpoint answers, as the HTTP runtime documents it: a render action
 * (`{ action, hostAppAction }`) for triggers, the same wrapped in `renderActions` for widget
 * callbacks, or a request for OAuth scopes the user has not granted. googleapis has no types
 * for these envelopes, so the schemas here are the only definition; builders below produce them.
 * @see https://developers.google.com/workspace/add-ons/guides/alternate-runtimes
 */
import { z } from 'zod';
import { Card, OpenLink } from './card-schema.ts';

const CardName = z.string().regex(/^[a-z0-9_-]+$/).max(64);

export const Navigation = z.union([
  z.object({ pushCard: Card }).strict(),
  z.object({ updateCard: Card }).strict(),
  z.object({ pop: z.literal(true) }).strict(),
  z.object({ popToRoot: z.literal(true) }).strict(),
  z.object({ popToCard: CardName }).strict(),
]);
export type Navigation = z.infer<typeof Navigation>;

export const Notification = z.object({ text: z.string().min(1).max(500) }).strict();

export const ResponseAction = z
  .object({ navigations: z.array(Navigation).min(1).max(5).optional(), notification: Notification.optional(), link: OpenLink.optional() })
  .strict()
  .refine((a) => a.navigations || a.notification || a.link, { message: 'an action navigates, notifies or opens a link' });

const Recipient = z.object({ email: z.string().min(3).max(320) }).strict();

export const UpdateDraftActionMarkup = z
  .object({
    updateBody: z
      .object({
        insertContents: z.array(z.object({ content: z.string().max(100_000), contentType: z.enum(['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']) }).strict()).min(1),
        type: z.enum(['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END']),
      })
      .strict()
      .optional(),
    updateSubject: z.object({ subject: z.string().max(998) }).strict().optional(),
    updateToRecipients: z.object({ toRecipients: z.array(Recipient).max(100) }).strict().optional(),
  })
  .strict();

export const GmailAction = z.union([
  z.object({ updateDraftActionMarkup: UpdateDraftActionMarkup }).strict(),
  z.object({ openCreatedDraftActionMarkup: z.object({ draftId: z.string().min(1), draftThreadId: z.string().min(1) }).strict() }).strict(),
]);

export const RenderAction = z
  .object({ action: ResponseAction.optional(), hostAppAction: z.object({ gmailAction: GmailAction }).strict().optional() })
  .strict()
  .refine((r) => r.action || r.hostAppAction, { message: 'a render action has an action or a host app action' });
export type RenderAction = z.infer<typeof RenderAction>;

export const SubmitFormResponse = z.object({ renderActions: RenderAction, stateChanged: z.boolean().optional() }).strict();
export type SubmitFormResponse = z.infer<typeof SubmitFormResponse>;

export const ScopeRequest = z
  .object({
    requesting_google_scopes: z.union([
      z.object({ scopes: z.array(z.url()).min(1) }).strict(),
      z.object({ all_scopes: z.literal(true) }).strict(),
    ]),
  })
  .strict();
export type ScopeRequest = z.infer<typeof ScopeRequest>;

/** Anything an add-on endpoint may answer. */
export const AddonResponse = z.union([RenderAction, SubmitFormResponse, ScopeRequest]);
export type AddonResponse = z.infer<typeof AddonResponse>;

// BUILDERS

/** A trigger's answer (homepage, open message, compose): the card to show. */
export function showCard(card: Card): RenderAction {
  return { action: { navigations: [{ pushCard: card }] } };
}

/** A callback's answer that replaces the card on top, with an optional toast. */
export function replaceCard(card: Card, notification?: string): SubmitFormResponse {
  return { renderActions: { action: { navigations: [{ updateCard: card }], ...(notification ? { notification: { text: notification } } : {}) } } };
}

/** A callback's answer that opens a card over the current one (Back returns). */
export function pushCard(card: Card): SubmitFormResponse {
  return { renderActions: { action: { navigations: [{ pushCard: card }] } } };
}

/** Back to the first card, which is replaced by `card`. */
export function backToRoot(card: Card, notification?: string): SubmitFormResponse {
  return {
    renderActions: { action: { navigations: [{ popToRoot: true }, { updateCard: card }], ...(notification ? { notification: { text: notification } } : {}) } },
  };
}

/** A toast and nothing else. */
export function notify(text: string): SubmitFormResponse {
  return { renderActions: { action: { notification: { text } } } };
}

/** Opens a reply draft created through the Gmail API (reading view). */
export function openCreatedDraft(draftId: string, threadId: string, notification: string): SubmitFormResponse {
  return {
    renderActions: {
      hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { draftId, draftThreadId: threadId } } },
      action: { notification: { text: notification } },
    },
  };
}

/** Inserts text where the cursor is in the draft being written (compose view), optionally setting the subject. */
export function insertIntoDraft(text: string, subject?: string): SubmitFormResponse {
  return {
    renderActions: {
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateBody: { insertContents: [{ content: text, contentType: 'TEXT' }], type: 'IN_PLACE_INSERT' },
            ...(subject ? { updateSubject: { subject } } : {}),
          },
        },
      },
    },
  };
}

/** Asks the user to grant `scopes`; Google runs the same request again once they do. */
export function askForScopes(scopes: string[]): ScopeRequest {
  return { requesting_google_scopes: { scopes } };
}
