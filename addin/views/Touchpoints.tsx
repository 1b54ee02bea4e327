/**
 * The ranked suggestions, each with its one-click action: draft a greeting or follow-up into
 * Outlook (or, in a plain browser, to copy), set a reminder, log, reply, or open the rep's own reminder.
 */
import { useState } from 'preact/hooks';
import type { Touchpoint } from '../../core/customer-context.ts';
import type { ComposedDraft } from '../../core/draft-request.ts';
import { touchpointButton } from '../../core/present/touchpoint-button.ts';
import { usePane } from './pane-context.tsx';
import { DraftToCopy } from './DraftToCopy.tsx';
import { ReminderForm } from './ReminderForm.tsx';
import { Empty, Section } from './Section.tsx';
import { useDraft, useLogEmail, type DraftPlacement } from './use-actions.ts';
import { useItem } from './use-item.ts';

const PLACED: Record<Exclude<DraftPlacement, 'shown'>, 'draft.inserted' | 'draft.reply_opened' | 'draft.created'> = {
  inserted: 'draft.inserted',
  reply: 'draft.reply_opened',
  new: 'draft.created',
};

/** A long reason (a price notice lists products) shows its first lines; a click shows the rest. */
function Reason(props: { text: string }) {
  const [open, setOpen] = useState(false);
  return (
    <p class={open ? 'reason' : 'reason reason--clamped'} title={open ? undefined : props.text} onClick={() => setOpen(!open)}>
      {props.text}
    </p>
  );
}

export function TouchpointRow(props: { touchpoint: Touchpoint; customerId: string; contactId: string | null; customerName?: string; showCustomer?: string }) {
  const { tr, today, host } = usePane();
  const item = useItem();
  const mailOpen = item.kind === 'read' || item.kind === 'compose';
  const button = touchpointButton(props.touchpoint, { mailOpen });
  const draft = useDraft();
  const log = useLogEmail(props.customerId, props.contactId);
  const [reminding, setReminding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [shown, setShown] = useState<ComposedDraft | null>(null);
  const t = props.touchpoint;
  const late = t.due < today;

  const act = () => {
    setNote(null);
    switch (button.kind) {
      case 'draft':
        setShown(null);
        draft.mutate(
          { customerId: props.customerId, contactId: props.contactId, button },
          { onSuccess: ({ placement, draft: text }) => (placement === 'shown' ? setShown(text) : setNote(tr.t(PLACED[placement]))) },
        );
        return;
      case 'remind':
        setReminding(true);
        return;
      case 'log':
        log.mutate('', { onSuccess: (r) => setNote(r.created ? tr.t('log.done', { customer: props.customerName ?? '' }) : tr.t('log.already', { name: r.loggedBy.name, date: tr.date(r.loggedAt.slice(0, 10), today) })) });
        return;
      case 'reply':
        void host.replyWith({ subject: '', body: '' }).catch((e: unknown) => setNote(tr.t('state.error', { message: (e as Error).message })));
        return;
      case 'open_reminder': {
        const row = document.getElementById(`reminder-${button.reminderId}`);
        row?.scrollIntoView({ behavior: 'smooth', block: 'center' });
        row?.focus();
        return;
      }
    }
  };
  const failed = draft.error ?? log.error;
  return (
    <li class="row row--stack touchpoint" data-testid="touchpoint" data-kind={t.kind}>
      {props.showCustomer ? <span class="touchpoint__customer">{props.showCustomer}</span> : null}
      <div class="row__line">
        <span class="row__title">{tr.label('touchpoint_kind', t.kind)}</span>
        <span class={late ? 'due due--late' : 'due'}>{t.due <= today ? tr.t(late ? 'today.overdue' : 'today.due_today') : tr.t('touchpoints.due', { date: tr.date(t.due, today) })}</span>
      </div>
      <Reason text={t.reason} />
      {reminding && button.kind === 'remind' ? (
        <ReminderForm customerId={props.customerId} kind={button.reminder.kind} due={button.reminder.due} onDone={() => setReminding(false)} />
      ) : (
        <div class="row__actions">
          <button type="button" class="button button--small" disabled={draft.isPending || log.isPending} onClick={act} data-action={button.kind}>
            {tr.t(button.label)}
          </button>
        </div>
      )}
      {shown ? <DraftToCopy draft={shown} /> : null}
      {note ? <p class="ok-text">{note}</p> : null}
      {failed ? <p class="error-text">{tr.t('state.error', { message: (failed as Error).message })}</p> : null}
    </li>
  );
}

export function Touchpoints(props: { touchpoints: Touchpoint[]; customerId: string; contactId: string | null; customerName: string }) {
  const { tr } = usePane();
  return (
    <Section title={tr.t('section.touchpoints')} count={props.touchpoints.length} testId="touchpoints">
      {props.touchpoints.length === 0 ? (
        <Empty>{tr.t('touchpoints.none')}</Empty>
      ) : (
        <ul class="rows">
          {props.touchpoints.map((t, i) => (
            <TouchpointRow touchpoint={t} customerId={props.customerId} contactId={props.contactId} customerName={props.customerName} key={`${t.kind}-${t.due}-${i}`} />
          ))}
        </ul>
      )}
    </Section>
  );
}
