/** Last orders with payment state, the twelve-month total and the 24-month chart. */
import type { OrdersBlock } from '../../core/customer-context.ts';
import { orderLine, ordersTotalLine } from '../../core/present/order-line.ts';
import { OrderChart } from './OrderChart.tsx';
import { usePane } from './pane-context.tsx';
import { Empty, Section } from './Section.tsx';

export function Orders(props: { orders: OrdersBlock }) {
  const { tr, today } = usePane();
  const { orders } = props;
  return (
    <Section title={tr.t('section.orders')} testId="orders">
      <p class="total">{ordersTotalLine(orders, tr)}</p>
      <OrderChart orders={orders} />
      {orders.recent.length === 0 ? (
        <Empty>{tr.t('orders.none')}</Empty>
      ) : (
        <ul class="rows">
          {orders.recent.map((o) => {
            const line = orderLine(o, tr, today);
            return (
              <li class="row" key={o.id} data-testid="order">
                <div class="row__main">
                  <span class="row__title">{line.amount}</span>
                  <span class="muted">
                    {line.date} · {line.contractNo}
                  </span>
                </div>
                <div class="row__side">
                  <span class="muted">{line.status}</span>
                  <span class={`pay pay--${line.paymentCue}`}>{line.payment}</span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
