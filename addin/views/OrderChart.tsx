/** Order value per month over 24 months, as a small inline SVG bar chart. */
import type { OrdersBlock } from '../../core/customer-context.ts';
import { orderChart } from '../../core/present/order-chart.ts';
import { usePane } from './pane-context.tsx';

const WIDTH = 288;
const HEIGHT = 56;

export function OrderChart(props: { orders: OrdersBlock }) {
  const { tr } = usePane();
  const currency = props.orders.total12m.currency;
  const chart = orderChart(props.orders.monthly, WIDTH, HEIGHT);
  if (chart.max === 0) return null;
  const title = tr.t('section.order_chart', { currency });
  return (
    <figure class="chart" data-testid="order-chart">
      <figcaption class="chart__caption">
        <span>{title}</span>
        <span class="muted">{tr.money(chart.max, currency)}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 12}`} role="img" aria-label={title} preserveAspectRatio="none">
        <line x1="0" x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} class="chart__axis" />
        {chart.bars.map((b) => (
          <rect key={b.month} x={b.x} y={b.y} width={b.width} height={b.height} rx="1" class="chart__bar">
            <title>{`${b.month}: ${tr.money(b.amount, currency)}`}</title>
          </rect>
        ))}
        {chart.years.map((y) => (
          <text key={y.year} x={y.x} y={HEIGHT + 11} class="chart__year">
            {y.year}
          </text>
        ))}
      </svg>
    </figure>
  );
}
