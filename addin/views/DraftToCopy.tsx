/**
 * A drafted greeting or follow-up with no mail client to put it in (the customer's page in a
 * plain browser): whom it is for, its subject and text, each with a copy button, to paste into
 * whatever mail the rep writes from. Where the clipboard is closed to the page (plain HTTP), the
 * field is selected for Ctrl+C instead.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComposedDraft } from '../../core/draft-request.ts';
import { usePane } from './pane-context.tsx';

type Copied = { field: 'subject' | 'body'; how: 'copied' | 'selected' } | null;

export function DraftToCopy(props: { draft: ComposedDraft }) {
  const { tr } = usePane();
  const { draft } = props;
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<Copied>(null);

  const copy = async (field: 'subject' | 'body') => {
    const text = field === 'subject' ? draft.subject : draft.body;
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ field, how: 'copied' });
    } catch {
      const input = field === 'subject' ? subject.current : body.current;
      input?.focus();
      input?.select();
      setCopied({ field, how: 'selected' });
    }
  };

  return (
    <div class="draft-copy" data-testid="draft-to-copy">
      <p class="hint">{tr.t('draft.copy_hint')}</p>
      {draft.to ? <p class="muted">{tr.t('draft.to', { to: draft.to.name ? `${draft.to.name} <${draft.to.address}>` : draft.to.address })}</p> : null}
      <label class="field">
        <span>{tr.t('draft.subject')}</span>
        <input type="text" readOnly lang={draft.language} value={draft.subject} ref={subject} data-testid="draft-subject" />
      </label>
      <label class="field">
        <span>{tr.t('draft.body')}</span>
        <textarea readOnly lang={draft.language} rows={8} value={draft.body} ref={body} data-testid="draft-body" />
      </label>
      <div class="row__actions">
        <button type="button" class="button button--small" onClick={() => void copy('subject')} data-testid="copy-subject">
          {tr.t('draft.copy_subject')}
        </button>
        <button type="button" class="button button--small button--primary" onClick={() => void copy('body')} data-testid="copy-body">
          {tr.t('draft.copy_body')}
        </button>
      </div>
      {copied ? (
        <p class="ok-text" role="status" data-testid="draft-copied">
          {tr.t(copied.how === 'copied' ? 'draft.copied' : 'draft.copy_by_hand')}
        </p>
      ) : null}
    </div>
  );
}
