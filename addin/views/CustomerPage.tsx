/**
 * A customer's page: the customer view of the sidebar for a customer opened by id (the Gmail
 * cards' "Open in Touchpoint", `/customers/:id`), with no mail open. One request; a customer
 * the rep may not see answers 404 like one that does not exist, and the page says so.
 */
import { useQuery } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { isApiError } from '../api/api-error.ts';
import { customerContextQuery } from '../api/queries.ts';
import { CustomerView } from './CustomerView.tsx';
import { apiLocale, usePane } from './pane-context.tsx';
import { ErrorState, Loading, Notice } from './StateMessage.tsx';

export function CustomerPage(props: { customerId: string }) {
  const { tr, client, locale } = usePane();
  const query = useQuery(customerContextQuery({ client, customerId: props.customerId, locale: apiLocale(locale) }));
  const context = query.data;
  const name = context?.customer.name;

  // The browser tab says whose page it is.
  useEffect(() => {
    document.title = name ? `${name} · ${tr.t('app.name')}` : tr.t('app.name');
  }, [name, tr]);

  if (!context) {
    if (isApiError(query.error, 'not_found')) {
      return (
        <Notice tone="error" testId="state-customer-not-found">
          <p>{tr.t('customer_page.not_found')}</p>
        </Notice>
      );
    }
    if (query.isError) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
    return <Loading text={tr.t('customer_page.loading')} />;
  }
  return (
    <div class="mail" data-refreshing={query.isFetching ? 'true' : 'false'}>
      {query.isFetching ? (
        <p class="refreshing" role="status" data-testid="refreshing">
          {tr.t('state.refreshing')}
        </p>
      ) : null}
      <CustomerView context={context} />
    </div>
  );
}
