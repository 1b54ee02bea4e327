/**
 * Log this e-mail: one click, an optional note; or who logged it already. Logging is keyed on
 * the Message-ID on the server, so a second log, from anyone, stores nothing.
 */
import { useState } from 'preact/hooks';
import type { AlreadyLogged } from '../../core/customer-context.ts';
import { usePane } from './pane-context.tsx';
import { useLogEmail } from './use-actions.ts';
import { useItem } from './use-item.ts';

export function LogEmail(props: { customerId: string; customerName: string; contactId: string | null; alreadyLogged: AlreadyLogged | null }) {
  const { tr, today } = usePane();
  const item = useItem();
  const log = useLogEmail(props.customerId, props.contactId);
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');

  if (item.kind === 'compose') return <p class="hint log">{tr.t('log.after_sending')}</p>;

  const result = log.data;
  if (result && !result.created) {
    return (
      <p class="log log--done" data-testid="log-already">
        {tr.t('log.already', { name: result.loggedBy.name, date: tr.date(result.loggedAt.slice(0, 10), today) })}
      </p>
    );
  }
  if (result?.created) {
    return (
      <p class="log log--done" data-testid="log-done">
        ✓ {tr.t('log.done', { customer: props.customerName })}
      </p>
    );
  }
  if (props.alreadyLogged) {
    return (
      <p class="log log--done" data-testid="log-already">
        {tr.t('log.already', { name: props.alreadyLogged.by.name, date: tr.date(props.alreadyLogged.at.slice(0, 10), today) })}
      </p>
    );
  }
  return (
    <div class="log" data-testid="log">
      {noting ? (
        <label class="field">
          <span>{tr.t('log.note')}</span>
          <textarea rows={2} maxLength={4000} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      ) : null}
      <div class="log__actions">
        <button type="button" class="button button--primary" disabled={log.isPending} onClick={() => log.mutate(note)} data-testid="log-button">
          {log.isPending ? tr.t('log.logging') : tr.t('log.button')}
        </button>
        {noting ? null : (
          <button type="button" class="link" onClick={() => setNoting(true)}>
            + {tr.t('log.add_note')}
          </button>
        )}
      </div>
      {log.isError ? <p class="error-text">{tr.t('state.error', { message: (log.error as Error).message })}</p> : null}
    </div>
  );
}
