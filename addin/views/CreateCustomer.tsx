/** "Create customer" from an inquiry: the server's prefill, editable, plus the sender as first contact. */
import { useMutation } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import type { InquiryContext } from '../../core/inquiry-context.ts';
import { contactFromInquiry, suggestCustomerCode } from '../../core/present/inquiry-contact.ts';
import { usePane } from './pane-context.tsx';
import { useRefresh } from './use-actions.ts';

export function CreateCustomer(props: { context: InquiryContext }) {
  const { tr, client } = usePane();
  const refresh = useRefresh();
  const prefill = props.context.prefill;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(prefill.name ?? '');
  const [country, setCountry] = useState(prefill.country ?? '');
  const [code, setCode] = useState(suggestCustomerCode(prefill));
  const contact = contactFromInquiry(props.context);
  const create = useMutation({
    mutationFn: async () => {
      const customer = await client.createCustomer({ ...prefill, name, country, code });
      if (contact) await client.addContact({ customerId: customer.id, name: contact.name, emails: contact.emails, language: contact.language ?? null, isPrimary: true });
      return customer;
    },
    onSuccess: () => refresh(),
  });
  if (!open) {
    return (
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => setOpen(true)} data-testid="create-customer">
          {tr.t('customer.create')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="card form"
      data-testid="create-customer-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2 class="section__title">{tr.t('customer.create')}</h2>
      <label class="field">
        <span>{tr.t('customer.field_name')}</span>
        <input required maxLength={200} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{tr.t('customer.field_country')}</span>
        <input required maxLength={2} pattern="[A-Za-z]{2}" placeholder="DE" value={country} onInput={(e) => setCountry((e.currentTarget as HTMLInputElement).value.toUpperCase())} />
      </label>
      <label class="field">
        <span>{tr.t('customer.field_code')}</span>
        <input required maxLength={32} pattern="[A-Za-z0-9][A-Za-z0-9\-]{1,31}" value={code} onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value.toUpperCase())} />
      </label>
      {contact ? <p class="hint">{tr.t('customer.first_contact', { name: contact.name, email: contact.emails[0]! })}</p> : null}
      {create.isError ? <p class="error-text">{tr.t('state.error', { message: (create.error as Error).message })}</p> : null}
      {create.isSuccess ? <p class="ok-text">{tr.t('customer.created', { code: create.data.code })}</p> : null}
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={create.isPending || create.isSuccess}>
          {tr.t('customer.create')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => setOpen(false)}>
          {tr.t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
