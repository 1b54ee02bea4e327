/**
 * The open message's context: one request with the headers; for an unknown sender a second
 * one with the body, whose inquiry the server reads (the first answer stays on screen
 * meanwhile). Unmounting on an item change cancels what is still running.
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
  const input = { client, itemKey: item.key, locale: apiLocale(locale), read: (withBody: boolean) => host.readMessage(item, { withBody }) };
  const headers = useQuery(contextQuery({ ...input, withBody: false }));
  const first = headers.data;
  // Only a received mail from an unknown sender is worth its body: the inquiry is read from it.
  const needsBody = item.kind === 'read' && first?.context.kind === 'inquiry' && first.message.direction !== 'sent' && !first.message.bodyText;
  const withBody = useQuery({ ...contextQuery({ ...input, withBody: true }), enabled: needsBody });
  const shown = withBody.data ?? first;

  if (!shown) {
    if (headers.isError && !isAbort(headers.error)) return <ErrorState error={headers.error} retry={() => void headers.refetch()} />;
    return <Loading text={tr.t('state.loading')} />;
  }
  const refreshing = headers.isFetching || withBody.isFetching;
  const { context } = shown;
  return (
    <div class="mail" data-refreshing={refreshing ? 'true' : 'false'}>
      {refreshing && !(needsBody && !withBody.data) ? (
        <p class="refreshing" role="status" data-testid="refreshing">
          {tr.t('state.refreshing')}
        </p>
      ) : null}
      {context.kind === 'customer' ? (
        <CustomerView context={context} />
      ) : context.kind === 'inquiry' ? (
        <InquiryView context={context} reading={needsBody && !withBody.data && !withBody.isError} />
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
