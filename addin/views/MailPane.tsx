/**
 * The open message's context, in one request. A received mail goes with its body: the server
 * reads an unknown sender's inquiry from it, and checks every mail's text for changed bank
 * details, the costliest thing a rep can miss (it keeps nothing of the body unless the mail is
 * logged). Unmounting on an item change cancels what is still running.
 */
import { useQuery } from '@tanstack/preact-query';
import { isAbort } from '../api/api-error.ts';
import { contextQuery } from '../api/queries.ts';
import type { ItemSnapshot } from '../office/item-snapshot.ts';
import { CustomerView } from './CustomerView.tsx';
import { InquiryView } from './InquiryView.tsx';
import { OwnedElsewhere } from './OwnedElsewhere.tsx';
import { apiLocale, usePane } from './pane-context.tsx';
import { ErrorState, Loading, Notice } from './StateMessage.tsx';
import { Warnings } from './Warnings.tsx';

export function MailPane(props: { item: ItemSnapshot }) {
  const { tr, client, host, locale } = usePane();
  const { item } = props;
  // A draft being written has nothing to check yet; its recipients say who it is for.
  const withBody = item.kind === 'read';
  const query = useQuery(contextQuery({ client, itemKey: item.key, locale: apiLocale(locale), withBody, read: () => host.readMessage(item, { withBody }) }));
  const shown = query.data;

  if (!shown) {
    if (query.isError && !isAbort(query.error)) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
    return <Loading text={tr.t('state.loading')} />;
  }
  const refreshing = query.isFetching;
  const { context } = shown;
  return (
    <div class="mail" data-refreshing={refreshing ? 'true' : 'false'}>
      {refreshing ? (
        <p class="refreshing" role="status" data-testid="refreshing">
          {tr.t('state.refreshing')}
        </p>
      ) : null}
      {context.kind === 'customer' ? (
        <CustomerView context={context} />
      ) : context.kind === 'inquiry' ? (
        <InquiryView context={context} />
      ) : context.kind === 'owned_elsewhere' ? (
        <OwnedElsewhere context={context} />
      ) : (
        <div class="view" data-testid="view-internal">
          <Warnings warnings={context.warnings} />
          <Notice>
            <p>{tr.t('customer.internal')}</p>
          </Notice>
        </div>
      )}
    </div>
  );
}
