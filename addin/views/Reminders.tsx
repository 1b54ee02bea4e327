/** Open reminders with snooze and done, and a form to add one. */
import { useState } from 'preact/hooks';
import type { ReminderSummary } from '../../core/customer-context.ts';
import { addDays } from '../../core/local-time.ts';
import { usePane } from './pane-context.tsx';
import { ReminderForm } from './ReminderForm.tsx';
import { Empty, Section } from './Section.tsx';
import { useReminderActions } from './use-actions.ts';

function ReminderRow(props: { reminder: ReminderSummary }) {
  const { tr, today } = usePane();
  const { snooze, complete } = useReminderActions();
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(addDays(today, 3));
  const r = props.reminder;
  const overdue = r.dueOn < today;
  const busy = snooze.isPending || complete.isPending;
  return (
    <li class="row row--stack" id={`reminder-${r.id}`} tabIndex={-1} data-testid="reminder">
      <div class="row__line">
        <span class="row__title">{tr.label('reminder_kind', r.kind)}</span>
        <span class={overdue ? 'due due--late' : 'due'}>{tr.t('reminders.due', { date: tr.date(r.dueOn, today) })}</span>
      </div>
      {r.note ? <span class="muted">{r.note}</span> : null}
      {snoozing ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            snooze.mutate({ id: r.id, until }, { onSuccess: () => setSnoozing(false) });
          }}
        >
          <label class="field field--inline">
            <span>{tr.t('reminder.snooze_until')}</span>
            <input type="date" required min={addDays(today, 1)} value={until} onInput={(e) => setUntil((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="button" disabled={busy}>
            {tr.t('reminder.snooze')}
          </button>
        </form>
      ) : (
        <div class="row__actions">
          <button type="button" class="button button--small" disabled={busy} onClick={() => complete.mutate(r.id)}>
            {tr.t('reminder.complete')}
          </button>
          <button type="button" class="button button--small button--quiet" disabled={busy} onClick={() => setSnoozing(true)}>
            {tr.t('reminder.snooze')}
          </button>
        </div>
      )}
      {snooze.isError || complete.isError ? <p class="error-text">{tr.t('state.error', { message: ((snooze.error ?? complete.error) as Error).message })}</p> : null}
    </li>
  );
}

export function Reminders(props: { reminders: ReminderSummary[]; customerId: string }) {
  const { tr } = usePane();
  const [adding, setAdding] = useState(false);
  return (
    <Section title={tr.t('section.reminders')} count={props.reminders.length} testId="reminders">
      {props.reminders.length === 0 ? (
        <Empty>{tr.t('reminders.none')}</Empty>
      ) : (
        <ul class="rows">
          {props.reminders.map((r) => (
            <ReminderRow reminder={r} key={r.id} />
          ))}
        </ul>
      )}
      {adding ? (
        <ReminderForm customerId={props.customerId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" class="link" onClick={() => setAdding(true)}>
          + {tr.t('reminder.add')}
        </button>
      )}
    </Section>
  );
}
