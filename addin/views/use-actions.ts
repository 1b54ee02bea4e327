/**
 * What the pane's buttons do, as TanStack mutations: log the open mail, set, snooze and finish
 * reminders, draft into Outlook (or, in a plain browser, to copy). Each refreshes the answers it changes.
 */
import { useMutation, useQueryClient } from '@tanstack/preact-query';
import type { ReminderKind } from '../../core/reminder.ts';
import type { TouchpointButton } from '../../core/present/touchpoint-button.ts';
import type { ComposedDraft } from '../../core/draft-request.ts';
import type { LogResult } from '../api/client.ts';
import { contextsKey, todayKey } from '../api/queries.ts';
import { usePane } from './pane-context.tsx';
import { useItem } from './use-item.ts';

/**
 * Refreshes what the open item (or the customer's page) and Today show; the last answer stays
 * on screen meanwhile. Only what is on screen is asked again; other cached contexts are marked stale.
 */
export function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: contextsKey }), queryClient.invalidateQueries({ queryKey: todayKey })]);
}

/** Logs the open e-mail (with its body, for the excerpt) into the customer's history. */
export function useLogEmail(customerId: string, contactId: string | null) {
  const { host, client } = usePane();
  const item = useItem();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (note: string): Promise<LogResult> => {
      const message = await host.readMessage(item, { withBody: true });
      return client.logEmail({ customerId, contactId, message, note: note.trim() || null, source: 'outlook' });
    },
    onSuccess: () => refresh(),
  });
}

export interface NewReminderInput {
  customerId: string;
  kind: ReminderKind;
  due: string;
  note: string;
}

export function useReminderActions() {
  const { client } = usePane();
  const refresh = useRefresh();
  const add = useMutation({
    mutationFn: (r: NewReminderInput) => client.addReminder({ customerId: r.customerId, kind: r.kind, due: r.due, note: r.note.trim() || null }),
    onSuccess: () => refresh(),
  });
  const snooze = useMutation({ mutationFn: (r: { id: string; until: string }) => client.snoozeReminder(r.id, r.until), onSuccess: () => refresh() });
  const complete = useMutation({ mutationFn: (id: string) => client.completeReminder(id), onSuccess: () => refresh() });
  return { add, snooze, complete };
}

/**
 * Where a draft went: into the message being written, a reply, a new message, or, with no mail
 * client to put it in (a plain browser), shown to copy.
 */
export type DraftPlacement = 'inserted' | 'reply' | 'new' | 'shown';

export interface DraftOutcome {
  placement: DraftPlacement;
  draft: ComposedDraft;
}

/**
 * Drafts a greeting or follow-up from core's templates (in the contact's language) and puts it
 * where it belongs: into the message being written, as a reply to the message being read, or
 * as a new message when none is open; outside a mail client it comes back to be shown.
 */
export function useDraft() {
  const { host, client } = usePane();
  const item = useItem();
  return useMutation({
    mutationFn: async (input: { customerId: string; contactId: string | null; button: Extract<TouchpointButton, { kind: 'draft' }> }): Promise<DraftOutcome> => {
      const draft = await client.draft({ customerId: input.customerId, ...(input.contactId ? { contactId: input.contactId } : {}), touchpoint: input.button.touchpoint });
      if (!host.canCompose) return { placement: 'shown', draft };
      const text = { subject: draft.subject, body: draft.body, to: draft.to };
      if (item.kind === 'compose') {
        await host.insertDraft(text);
        return { placement: 'inserted', draft };
      }
      if (item.kind === 'read') {
        await host.replyWith(text);
        return { placement: 'reply', draft };
      }
      await host.newMessageWith(text);
      return { placement: 'new', draft };
    },
  });
}
