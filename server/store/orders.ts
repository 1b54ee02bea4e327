/**
 * Orders (trade records). Lines are kept as JSON beside the order: they are always read with it.
 */
import type { Kysely } from 'kysely';
import type { NewOrder, Order, OrderPatch, User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { getVisibleCustomer, type Page } from './customers.ts';
import { StoreError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { fromJson, toJson } from './json.ts';
import { containsText } from './like.ts';
import type { OrdersTable, Schema } from './schema.ts';
import { canEdit, visibleCustomers } from './visibility.ts';

export function orderFromRow(row: OrdersTable): Order {
  return {
    id: row.id,
    customerId: row.customer_id,
    contractNo: row.contract_no,
    orderedAt: row.ordered_at,
    shippedAt: row.shipped_at,
    paymentDue: row.payment_due,
    paidAt: row.paid_at,
    amount: Number(row.amount),
    currency: row.currency,
    incoterm: row.incoterm as Order['incoterm'],
    status: row.status as Order['status'],
    lines: fromJson(row.lines, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Orders of one customer, newest first (no visibility check: callers hold a visible customer). */
export async function ordersOfCustomer(db: Kysely<Schema>, customerId: string, since?: string): Promise<Order[]> {
  let q = db.selectFrom('orders').selectAll().where('customer_id', '=', customerId);
  if (since) q = q.where('ordered_at', '>=', since);
  const rows = await q.orderBy('ordered_at', 'desc').orderBy('contract_no', 'desc').execute();
  return rows.map(orderFromRow);
}

export async function getVisibleOrder(db: Kysely<Schema>, user: User, id: string): Promise<Order> {
  const row = await db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .selectAll('orders')
    .where('orders.id', '=', id)
    .where('customers.merged_into', 'is', null)
    .where(visibleCustomers(user))
    .executeTakeFirst();
  if (!row) throw notFound('order');
  return orderFromRow(row);
}

export interface OrderQuery {
  q?: string | undefined;
  customerId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listOrders(db: Kysely<Schema>, user: User, query: OrderQuery): Promise<Page<Order>> {
  let base = db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .where('customers.merged_into', 'is', null)
    .where(visibleCustomers(user));
  if (query.customerId) base = base.where('orders.customer_id', '=', query.customerId);
  if (query.q?.trim()) {
    const q = query.q.trim();
    base = base.where((eb) =>
      eb.or([
        containsText('orders.contract_no', q),
        containsText('customers.name', q),
        containsText('customers.code', q),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll('orders').orderBy('orders.ordered_at', 'desc').orderBy('orders.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(orderFromRow), total: Number(count.n), limit: query.limit, offset: query.offset };
}

export function orderRow(id: string, input: NewOrder, at: string): OrdersTable {
  return {
    id,
    customer_id: input.customerId,
    contract_no: input.contractNo,
    ordered_at: input.orderedAt,
    shipped_at: input.shippedAt ?? null,
    payment_due: input.paymentDue ?? null,
    paid_at: input.paidAt ?? null,
    amount: input.amount,
    currency: input.currency,
    incoterm: input.incoterm ?? null,
    status: input.status,
    lines: toJson(input.lines),
    created_at: at,
    updated_at: at,
  };
}

async function assertEditable(db: Kysely<Schema>, actor: User, customerId: string): Promise<void> {
  const customer = await getVisibleCustomer(db, actor, customerId);
  const owner = await db.selectFrom('users').select(['id', 'team_id']).where('id', '=', customer.ownerId).executeTakeFirstOrThrow();
  if (!canEdit(actor, { id: owner.id, teamId: owner.team_id })) {
    throw new StoreError('forbidden', 'only the owner, their manager or an admin may record orders for this customer');
  }
}

async function assertContractFree(db: Kysely<Schema>, contractNo: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom('orders').select('id').where('contract_no', '=', contractNo);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new StoreError('conflict', `contract number ${contractNo} is taken`, 'contractNo');
}

/**
 * Records an order. @param knownCurrency tells whether the config can convert the currency;
 * an order we could not total is refused rather than stored.
 */
export async function createOrder(
  db: Kysely<Schema>,
  actor: User,
  input: NewOrder,
  knownCurrency: (code: string) => boolean,
  at: string,
): Promise<Order> {
  if (!knownCurrency(input.currency)) throw new StoreError('invalid', `no conversion rate for ${input.currency} in the company config`, 'currency');
  return inTransaction(db, async (trx) => {
    await assertEditable(trx, actor, input.customerId);
    await assertContractFree(trx, input.contractNo);
    const row = orderRow(newId(), input, at);
    await trx.insertInto('orders').values(row).execute();
    const order = orderFromRow(row);
    await recordAudit(trx, { userId: actor.id, action: 'create', entity: 'order', entityId: row.id, after: order, at });
    return order;
  });
}

export async function updateOrder(
  db: Kysely<Schema>,
  actor: User,
  id: string,
  patch: OrderPatch,
  knownCurrency: (code: string) => boolean,
  at: string,
): Promise<Order> {
  if (patch.currency && !knownCurrency(patch.currency)) throw new StoreError('invalid', `no conversion rate for ${patch.currency} in the company config`, 'currency');
  return inTransaction(db, async (trx) => {
    const before = await getVisibleOrder(trx, actor, id);
    await assertEditable(trx, actor, before.customerId);
    if (patch.contractNo) await assertContractFree(trx, patch.contractNo, id);
    const next = { ...before, ...patch };
    if (next.shippedAt && next.shippedAt < next.orderedAt) throw new StoreError('invalid', 'shipped before it was ordered', 'shippedAt');
    const { id: _id, created_at: _created, ...columns } = orderRow(id, { ...next, customerId: before.customerId }, at);
    await trx
      .updateTable('orders')
      .set(columns)
      .where('id', '=', id)
      .execute();
    const after = await getVisibleOrder(trx, actor, id);
    await recordAudit(trx, { userId: actor.id, action: 'update', entity: 'order', entityId: id, before, after, at });
    return after;
  });
}


