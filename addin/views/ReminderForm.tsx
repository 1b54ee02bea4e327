/** Add a reminder: kind, due date, note; prefilled when it comes from a suggestion. */
import { useState } from 'preact/hooks';
import type { ReminderKind } from '../../core/reminder.ts';
import { usePane } from './pane-context.tsx';
import { useReminderActions } from './use-actions.ts';

const KINDS: ReminderKind[] = ['follow_up', 'call', 'greeting', 'payment', 'reorder', 'price_notice', 'satisfaction_check', 'other'];

export function ReminderForm(props: { customerId: string; kind?: ReminderKind; due?: string; onDone(): void }) {
  const { tr, today } = usePane();
  const { add } = useReminderActions();
  const [kind, setKind] = useState<ReminderKind>(props.kind ?? 'follow_up');
  const [due, setDue] = useState(props.due && props.due > today ? props.due : today);
  const [note, setNote] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    add.mutate({ customerId: props.customerId, kind, due, note }, { onSuccess: () => props.onDone() });
  };
  return (
    <form class="form" onSubmit={submit} data-testid="reminder-form">
      <label class="field">
        <span>{tr.t('reminder.kind')}</span>
        <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ReminderKind)}>
          {KINDS.map((k) => (
            <option value={k} key={k}>
              {tr.label('reminder_kind', k)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{tr.t('reminder.due_on')}</span>
        <input type="date" required value={due} min={today} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{tr.t('reminder.note')}</span>
        <input type="text" maxLength={2000} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {add.isError ? <p class="error-text">{tr.t('state.error', { message: (add.error as Error).message })}</p> : null}
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={add.isPending}>
          {tr.t('reminder.save')}
        </button>
        <button type="button" class="button button--quiet" onClick={props.onDone}>
          {tr.t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
