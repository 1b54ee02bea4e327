/**
 * Persona archetypes: the kinds of buyer an exporter of kitchen appliances actually has, each a
 * set of distributions (size, rhythm, payment habit, loyalty, terms) a customer is drawn from.
 * The archetype is hidden ground truth; the product only ever sees what it generates.
 */
import type { BuyerType, Level, Stage, ValuedFactor } from '../../core/customer.ts';
import type { Incoterm } from '../../core/order.ts';
import type { Focus } from './catalogue.ts';

/** Names of the persona archetypes. */
export type ArchetypeKey =
  | 'key_distributor' | 'brand_owner' | 'chain_buyer' | 'steady_importer' | 'price_wholesaler'
  | 'trading_middleman' | 'online_seller' | 'small_retailer' | 'project_buyer' | 'prospect';

/** How a customer pays against the due date. */
export type PaymentHabit = 'prompt' | 'ok' | 'late' | 'very_late';

/** Where the customer's business is heading over the generated years. */
export type Trend = 'stable' | 'growth' | 'decline' | 'churn';

type Weights<T> = readonly (readonly [T, number])[];

/** One kind of buyer: the distributions its customers are drawn from. */
export interface Archetype {
  key: ArchetypeKey;
  /** Relative share of customers. */
  weight: number;
  buyerTypes: Weights<BuyerType>;
  /** Latent yearly purchases from us, USD, drawn log-uniformly. */
  yearlyValue: readonly [number, number];
  /** Mean days between orders. */
  interval: readonly [number, number];
  /** Spread of the log of each interval (0.1 clockwork … 0.6 erratic). */
  jitter: readonly [number, number];
  payment: Weights<PaymentHabit>;
  loyalty: Weights<Level>;
  stages: Weights<Stage>;
  /** Share of customers whose orders follow a buying season. */
  seasonal: number;
  trends: Weights<Trend>;
  incoterms: Weights<Incoterm>;
  /** Factors weighed, with the odds each is listed. */
  valued: Weights<ValuedFactor>;
  newProduct: Weights<Level>;
  delivery: Weights<Level>;
  /** Odds the customer sells under its own brand. */
  brandOwner: number;
  /** What we sell to them / share of their turnover our goods make. */
  walletShare: readonly [number, number];
  focus: Weights<Focus>;
  /** Odds a relationship predates the generated window. */
  established: number;
}

/** Every archetype, with its share of the book. */
export const ARCHETYPES: readonly Archetype[] = [
  {
    key: 'key_distributor', weight: 5, buyerTypes: [['distributor', 3], ['importer', 1]],
    yearlyValue: [500_000, 2_500_000], interval: [30, 60], jitter: [0.1, 0.22],
    payment: [['prompt', 6], ['ok', 3.5], ['late', 0.5]], loyalty: [['high', 8], ['medium', 2]],
    stages: [['strategic', 3.5], ['partner', 5], ['preferred', 1.5]], seasonal: 0.2,
    trends: [['stable', 6], ['growth', 3], ['decline', 1]], incoterms: [['FOB', 6], ['CIF', 2.5], ['CFR', 1.5]],
    valued: [['price', 0.7], ['quality', 0.8], ['certificates', 0.6], ['lead_time', 0.5], ['service', 0.5], ['specs', 0.3]],
    newProduct: [['high', 5], ['medium', 5]], delivery: [['high', 5], ['medium', 5]], brandOwner: 0.35,
    walletShare: [0.01, 0.05], focus: [['mixed', 5], ['appliances', 4], ['kitchenware', 1]], established: 0.92,
  },
  {
    key: 'brand_owner', weight: 6, buyerTypes: [['brand_owner', 1]],
    yearlyValue: [200_000, 1_200_000], interval: [55, 110], jitter: [0.15, 0.3],
    payment: [['prompt', 5], ['ok', 4], ['late', 1]], loyalty: [['high', 5], ['medium', 5]],
    stages: [['preferred', 4], ['partner', 4.5], ['strategic', 1.5]], seasonal: 0.6,
    trends: [['stable', 5], ['growth', 3], ['decline', 1.5], ['churn', 0.5]], incoterms: [['FOB', 7], ['FCA', 1], ['CIF', 2]],
    valued: [['quality', 0.9], ['certificates', 0.8], ['packaging', 0.7], ['specs', 0.6], ['brand', 0.5], ['price', 0.4]],
    newProduct: [['high', 6], ['medium', 3], ['low', 1]], delivery: [['high', 6], ['medium', 4]], brandOwner: 1,
    walletShare: [0.005, 0.03], focus: [['appliances', 5], ['kitchenware', 3], ['mixed', 2]], established: 0.8,
  },
  {
    key: 'chain_buyer', weight: 5, buyerTypes: [['chain_store', 1]],
    yearlyValue: [250_000, 1_500_000], interval: [60, 120], jitter: [0.2, 0.35],
    payment: [['ok', 5], ['late', 4], ['prompt', 1]], loyalty: [['medium', 6], ['high', 2], ['low', 2]],
    stages: [['preferred', 5], ['partner', 4], ['vendor', 1]], seasonal: 0.8,
    trends: [['stable', 5], ['growth', 2], ['decline', 2], ['churn', 1]], incoterms: [['FOB', 7.5], ['DDP', 1], ['CIF', 1.5]],
    valued: [['price', 0.9], ['certificates', 0.8], ['packaging', 0.6], ['lead_time', 0.7], ['quality', 0.4]],
    newProduct: [['medium', 5], ['high', 3], ['low', 2]], delivery: [['high', 8], ['medium', 2]], brandOwner: 0.5,
    walletShare: [0.001, 0.008], focus: [['mixed', 5], ['appliances', 3], ['kitchenware', 2]], established: 0.8,
  },
  {
    key: 'steady_importer', weight: 14, buyerTypes: [['importer', 6], ['wholesaler', 2], ['distributor', 2]],
    yearlyValue: [60_000, 350_000], interval: [70, 130], jitter: [0.15, 0.35],
    payment: [['prompt', 4], ['ok', 4.5], ['late', 1.5]], loyalty: [['medium', 5], ['high', 3], ['low', 2]],
    stages: [['preferred', 5], ['vendor', 3], ['partner', 2]], seasonal: 0.35,
    trends: [['stable', 5.5], ['growth', 1.5], ['decline', 1.5], ['churn', 1.5]], incoterms: [['FOB', 5], ['CIF', 3], ['CFR', 2]],
    valued: [['price', 0.8], ['quality', 0.6], ['lead_time', 0.4], ['certificates', 0.4], ['service', 0.3]],
    newProduct: [['medium', 5], ['low', 3], ['high', 2]], delivery: [['medium', 6], ['high', 2], ['low', 2]], brandOwner: 0.2,
    walletShare: [0.01, 0.06], focus: [['mixed', 4], ['appliances', 4], ['kitchenware', 2]], established: 0.7,
  },
  {
    key: 'price_wholesaler', weight: 13, buyerTypes: [['wholesaler', 6], ['distributor', 2], ['importer', 2]],
    yearlyValue: [40_000, 250_000], interval: [50, 160], jitter: [0.3, 0.55],
    payment: [['ok', 4.5], ['late', 3.5], ['prompt', 1], ['very_late', 1]], loyalty: [['low', 7], ['medium', 3]],
    stages: [['vendor', 6], ['preferred', 4]], seasonal: 0.25,
    trends: [['stable', 4], ['growth', 1], ['decline', 2.5], ['churn', 2.5]], incoterms: [['FOB', 5], ['CFR', 3], ['CIF', 2]],
    valued: [['price', 1], ['lead_time', 0.4], ['packaging', 0.2], ['quality', 0.2]],
    newProduct: [['low', 5], ['medium', 5]], delivery: [['medium', 5], ['low', 3], ['high', 2]], brandOwner: 0.1,
    walletShare: [0.01, 0.08], focus: [['mixed', 3], ['kitchenware', 4], ['appliances', 3]], established: 0.65,
  },
  {
    key: 'trading_middleman', weight: 9, buyerTypes: [['trading_company', 1]],
    yearlyValue: [20_000, 150_000], interval: [60, 200], jitter: [0.35, 0.6],
    payment: [['ok', 4], ['prompt', 3], ['late', 2], ['very_late', 1]], loyalty: [['low', 6], ['medium', 4]],
    stages: [['vendor', 7], ['preferred', 3]], seasonal: 0.1,
    trends: [['stable', 4], ['growth', 1.5], ['decline', 2], ['churn', 2.5]], incoterms: [['FOB', 5], ['EXW', 3.5], ['FCA', 1.5]],
    valued: [['price', 1], ['lead_time', 0.5], ['specs', 0.3], ['certificates', 0.2]],
    newProduct: [['low', 4], ['medium', 4], ['high', 2]], delivery: [['medium', 5], ['high', 3], ['low', 2]], brandOwner: 0.05,
    walletShare: [0.02, 0.1], focus: [['mixed', 5], ['appliances', 3], ['kitchenware', 2]], established: 0.6,
  },
  {
    key: 'online_seller', weight: 8, buyerTypes: [['retailer', 6], ['brand_owner', 4]],
    yearlyValue: [50_000, 400_000], interval: [40, 90], jitter: [0.2, 0.35],
    payment: [['prompt', 7], ['ok', 3]], loyalty: [['medium', 6], ['low', 4]],
    stages: [['preferred', 5], ['vendor', 4], ['partner', 1]], seasonal: 0.5,
    trends: [['growth', 4.5], ['stable', 3.5], ['decline', 1], ['churn', 1]], incoterms: [['FOB', 4], ['DDP', 3.5], ['DAP', 2.5]],
    valued: [['price', 0.7], ['packaging', 0.7], ['certificates', 0.7], ['lead_time', 0.6], ['specs', 0.3]],
    newProduct: [['high', 7], ['medium', 3]], delivery: [['high', 6], ['medium', 4]], brandOwner: 0.7,
    walletShare: [0.03, 0.15], focus: [['appliances', 5], ['kitchenware', 2], ['mixed', 2], ['gifts', 1]], established: 0.45,
  },
  {
    key: 'small_retailer', weight: 13, buyerTypes: [['retailer', 1]],
    yearlyValue: [4_000, 30_000], interval: [110, 240], jitter: [0.2, 0.4],
    payment: [['prompt', 6], ['ok', 3], ['late', 1]], loyalty: [['medium', 5], ['high', 3], ['low', 2]],
    stages: [['vendor', 8], ['preferred', 2]], seasonal: 0.3,
    trends: [['stable', 5], ['growth', 1.5], ['decline', 1.5], ['churn', 2]], incoterms: [['FOB', 3], ['CIF', 3], ['EXW', 1], ['DAP', 3]],
    valued: [['price', 0.8], ['quality', 0.6], ['service', 0.5], ['packaging', 0.2]],
    newProduct: [['medium', 5], ['low', 3], ['high', 2]], delivery: [['medium', 6], ['low', 2], ['high', 2]], brandOwner: 0.05,
    walletShare: [0.02, 0.12], focus: [['kitchenware', 4], ['mixed', 4], ['appliances', 2]], established: 0.6,
  },
  {
    key: 'project_buyer', weight: 5, buyerTypes: [['end_user', 1]],
    yearlyValue: [15_000, 150_000], interval: [150, 300], jitter: [0.3, 0.5],
    payment: [['prompt', 5], ['ok', 4], ['late', 1]], loyalty: [['medium', 6], ['high', 2], ['low', 2]],
    stages: [['vendor', 7], ['preferred', 3]], seasonal: 0,
    trends: [['stable', 6], ['decline', 2], ['churn', 2]], incoterms: [['CIF', 4], ['DAP', 3], ['DDP', 3]],
    valued: [['quality', 0.9], ['certificates', 0.6], ['service', 0.6], ['specs', 0.5], ['price', 0.4]],
    newProduct: [['low', 5], ['medium', 5]], delivery: [['high', 5], ['medium', 5]], brandOwner: 0,
    walletShare: [0.001, 0.01], focus: [['hotel', 6], ['gifts', 4]], established: 0.6,
  },
  {
    key: 'prospect', weight: 12,
    buyerTypes: [['importer', 3], ['wholesaler', 3], ['retailer', 3], ['distributor', 2], ['trading_company', 3], ['brand_owner', 1.5], ['chain_store', 0.5], ['end_user', 1]],
    yearlyValue: [8_000, 300_000], interval: [60, 200], jitter: [0.2, 0.5],
    payment: [['ok', 5], ['prompt', 3], ['late', 2]], loyalty: [['low', 5], ['medium', 5]],
    stages: [['vendor', 1]], seasonal: 0.2,
    trends: [['stable', 1]], incoterms: [['FOB', 5], ['CIF', 3], ['EXW', 1], ['DAP', 1]],
    valued: [['price', 0.9], ['quality', 0.5], ['certificates', 0.3], ['lead_time', 0.3], ['packaging', 0.2]],
    newProduct: [['medium', 5], ['low', 3], ['high', 2]], delivery: [['medium', 6], ['high', 2], ['low', 2]], brandOwner: 0.15,
    walletShare: [0.01, 0.08], focus: [['mixed', 4], ['appliances', 3], ['kitchenware', 3]], established: 0,
  },
];
