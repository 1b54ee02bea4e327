/**
 * A trade record: a contract with its lines, amount, payment terms and what happened to it.
 */
import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, IsoDateTime, patchSchema } from './primitives.ts';

export const Incoterm = z.enum(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);
export type Incoterm = z.infer<typeof Incoterm>;

export const OrderStatus = z.enum(['open', 'shipped', 'paid', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderLine = z.object({
  product: z.string().trim().min(1, 'an order line needs a product').max(200),
  quantity: z.number().positive('quantity must be above zero'),
  unit: z.string().trim().min(1).max(20).default('pcs'),
  unitPrice: z.number().nonnegative(),
});
export type OrderLine = z.infer<typeof OrderLine>;

const OrderFields = {
  contractNo: z.string().trim().min(1, 'an order needs a contract number').max(64),
  orderedAt: IsoDate,
  shippedAt: IsoDate.nullish(),
  paymentDue: IsoDate.nullish(),
  paidAt: IsoDate.nullish(),
  /** Contract value in `currency`, major units. */
  amount: z.number().finite().nonnegative().transform((n) => Math.round(n * 100) / 100),
  currency: CurrencyCode,
  incoterm: Incoterm.nullish(),
  status: OrderStatus.default('open'),
  lines: z.array(OrderLine).max(500).default([]),
};

// A payment date before the order date is allowed: deposits are often paid before the contract is entered.
function datesInOrder(o: { orderedAt?: string | null; shippedAt?: string | null }, ctx: z.RefinementCtx) {
  if (o.orderedAt && o.shippedAt && o.shippedAt < o.orderedAt) {
    ctx.addIssue({ code: 'custom', path: ['shippedAt'], message: 'shipped before it was ordered' });
  }
}

export const Order = z.object({ id: Id, customerId: Id, ...OrderFields, createdAt: IsoDateTime, updatedAt: IsoDateTime });
export type Order = z.infer<typeof Order>;

export const NewOrder = z.object({ customerId: Id, ...OrderFields }).superRefine(datesInOrder);
export type NewOrder = z.infer<typeof NewOrder>;

export const OrderPatch = patchSchema(OrderFields).superRefine(datesInOrder);
export type OrderPatch = z.infer<typeof OrderPatch>;
