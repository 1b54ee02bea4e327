/**
 * What the pane's buttons do, as TanStack mutations: log the open mail, set, snooze and finish
 * reminders, draft into Outlook. Each refreshes the answers it changes.
 */
import { useMutation, useQueryClient } from '@tanstack/preact-query';
import type { ReminderKind } from '../../core/reminder.ts';
import type { TouchpointButton } from '../../core/present/touchpoint-button.ts';
import type { LogResult } from '../api/client.ts';
import { todayKey } from '../api/queries.ts';
import { usePane } from './pane-context.tsx';
import { useItem } from './use-item.ts';

/** Refreshes what the open item and Today show; the last answer stays on screen meanwhile. */
export function useRefresh() {
  const queryClient = useQueryClient();
  const item = useItem();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['context', item.key] }), queryClient.invalidateQueries({ queryKey: todayKey })]);
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

/** Where a draft went: into the message being written, a reply, or a new message. */
export type DraftPlacement = 'inserted' | 'reply' | 'new';

/**
 * Drafts a greeting or follow-up from core's templates (in the contact's language) and puts it
 * where it belongs: into the message being written, as a reply to the message being read, or
 * as a new message when none is open.
 */
export function useDraft() {
  const { host, client } = usePane();
  const item = useItem();
  return useMutation({
    mutationFn: async (input: { customerId: string; contactId: string | null; button: Extract<TouchpointButton, { kind: 'draft' }> }): Promise<DraftPlacement> => {
      const draft = await client.draft({ customerId: input.customerId, contactId: input.contactId, touchpoint: input.button.touchpoint });
      const text = { subject: draft.subject, body: draft.body, to: draft.to };
      if (item.kind === 'compose') {
        await host.insertDraft(text);
        return 'inserted';
      }
      if (item.kind === 'read') {
        await host.replyWith(text);
        return 'reply';
      }
      await host.newMessageWith(text);
      return 'new';
    },
  });
}
