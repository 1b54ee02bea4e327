/** Add the sender to an existing customer: search, pick, and the sender becomes a contact there. */
import { useMutation, useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import type { InquiryContext } from '../../core/inquiry-context.ts';
import { contactFromInquiry } from '../../core/present/inquiry-contact.ts';
import { usePane } from './pane-context.tsx';
import { useRefresh } from './use-actions.ts';

export function AttachSender(props: { context: InquiryContext }) {
  const { tr, client } = usePane();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState(props.context.prefill.name ?? '');
  const contact = contactFromInquiry(props.context);
  const search = useQuery({
    queryKey: ['customers', q.trim()],
    queryFn: ({ signal }) => client.searchCustomers(q.trim(), signal),
    enabled: open && q.trim().length >= 2,
    staleTime: 30_000,
  });
  const attach = useMutation({
    mutationFn: async (customerId: string) => {
      if (!contact) throw new Error(tr.t('customer.no_contact'));
      return client.addContact({ customerId, name: contact.name, emails: contact.emails, language: contact.language ?? null });
    },
    onSuccess: () => refresh(),
  });
  if (!contact) return null;
  if (!open) {
    return (
      <div class="actions">
        <button type="button" class="button" onClick={() => setOpen(true)} data-testid="attach-sender">
          {tr.t('customer.attach')}
        </button>
      </div>
    );
  }
  return (
    <div class="card form" data-testid="attach-form">
      <h2 class="section__title">{tr.t('customer.attach')}</h2>
      <label class="field">
        <span>{tr.t('customer.search')}</span>
        <input type="search" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {search.data ? (
        search.data.items.length ? (
          <ul class="rows">
            {search.data.items.map((c) => (
              <li class="row" key={c.id}>
                <div class="row__main">
                  <span class="row__title">{c.name}</span>
                  <span class="muted">
                    {c.code} · {tr.country(c.country)}
                  </span>
                </div>
                <button type="button" class="button button--small" disabled={attach.isPending} onClick={() => attach.mutate(c.id)}>
                  {tr.t('customer.attach_here')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{tr.t('customer.search_none')}</p>
        )
      ) : null}
      {attach.isError ? <p class="error-text">{tr.t('state.error', { message: (attach.error as Error).message })}</p> : null}
      <button type="button" class="button button--quiet" onClick={() => setOpen(false)}>
        {tr.t('action.cancel')}
      </button>
    </div>
  );
}
