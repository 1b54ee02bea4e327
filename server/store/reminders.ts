/**
 * Reminders and their life: open → snoozed → open again on its date; open → done or dismissed.
 * Done and dismissed are final.
 */
import type { Kysely } from 'kysely';
import { reminderDueOn, type NewReminder, type Reminder, type ReminderStatus, type User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { getVisibleCustomer, type Page } from './customers.ts';
import { StoreError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import type { RemindersTable, Schema } from './schema.ts';
import { userFromRow } from './users.ts';
import { visibleCustomers } from './visibility.ts';

export function reminderFromRow(row: RemindersTable): Reminder {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind as Reminder['kind'],
    due: row.due,
    status: row.status as ReminderStatus,
    snoozedUntil: row.snoozed_until,
    note: row.note,
    createdBy: row.created_by,
    assignedTo: row.assigned_to,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

export interface ReminderRowInput extends Omit<NewReminder, 'assignedTo'> {
  assignedTo: string;
  createdBy: string;
  status: ReminderStatus;
  snoozedUntil: string | null;
}

export function reminderRow(id: string, input: ReminderRowInput, at: string): RemindersTable {
  return {
    id,
    customer_id: input.customerId,
    kind: input.kind,
    due: input.due,
    status: input.status,
    snoozed_until: input.snoozedUntil,
    note: input.note ?? null,
    created_by: input.createdBy,
    assigned_to: input.assignedTo,
    created_at: at,
    updated_at: at,
    closed_at: null,
  };
}

export async function createReminder(db: Kysely<Schema>, actor: User, input: NewReminder, at: string): Promise<Reminder> {
  return inTransaction(db, async (trx) => {
    await getVisibleCustomer(trx, actor, input.customerId);
    const assignedTo = input.assignedTo ?? actor.id;
    const assignee = await trx.selectFrom('users').selectAll().where('id', '=', assignedTo).where('active', '=', 1).executeTakeFirst();
    if (!assignee) throw new StoreError('invalid', `no active user with id ${assignedTo}`, 'assignedTo');
    // A reminder nobody can open is lost: the assignee must see the customer too.
    const seen = await trx.selectFrom('customers').select('id').where('id', '=', input.customerId).where(visibleCustomers(userFromRow(assignee))).executeTakeFirst();
    if (!seen) throw new StoreError('invalid', `${assignee.name} may not see this customer; share it first`, 'assignedTo');
    const row = reminderRow(newId(), { ...input, assignedTo, createdBy: actor.id, status: 'open', snoozedUntil: null }, at);
    await trx.insertInto('reminders').values(row).execute();
    const reminder = reminderFromRow(row);
    await recordAudit(trx, { userId: actor.id, action: 'create', entity: 'reminder', entityId: row.id, after: reminder, at });
    return reminder;
  });
}

export async function getVisibleReminder(db: Kysely<Schema>, user: User, id: string): Promise<Reminder> {
  const row = await db
    .selectFrom('reminders')
    .innerJoin('customers', 'customers.id', 'reminders.customer_id')
    .selectAll('reminders')
    .where('reminders.id', '=', id)
    .where(visibleCustomers(user))
    .executeTakeFirst();
  if (!row) throw notFound('reminder');
  return reminderFromRow(row);
}

export type ReminderChange = { action: 'snooze'; until: string; today: string } | { action: 'complete' } | { action: 'dismiss' };

/** Moves a reminder along its life. @throws StoreError conflict for a closed reminder. */
export async function changeReminder(db: Kysely<Schema>, actor: User, id: string, change: ReminderChange, at: string): Promise<Reminder> {
  return inTransaction(db, async (trx) => {
    const before = await getVisibleReminder(trx, actor, id);
    if (before.status === 'done' || before.status === 'dismissed') {
      throw new StoreError('conflict', `the reminder is already ${before.status === 'done' ? 'done' : 'dismissed'}`, 'status');
    }
    let set: Partial<RemindersTable>;
    if (change.action === 'snooze') {
      if (change.until <= change.today) throw new StoreError('invalid', 'snooze until a day after today', 'until');
      set = { status: 'snoozed', snoozed_until: change.until };
    } else {
      set = { status: change.action === 'complete' ? 'done' : 'dismissed', closed_at: at };
    }
    await trx.updateTable('reminders').set({ ...set, updated_at: at }).where('id', '=', id).execute();
    const after = await getVisibleReminder(trx, actor, id);
    await recordAudit(trx, { userId: actor.id, action: change.action, entity: 'reminder', entityId: id, before, after, at });
    return after;
  });
}

export interface ReminderQuery {
  status?: ReminderStatus | 'active' | undefined;
  customerId?: string | undefined;
  /** Only reminders assigned to the caller. */
  mine?: boolean | undefined;
  limit: number;
  offset: number;
}

/** Reminders on customers the user may see; `active` = open or snoozed. Soonest first. */
export async function listReminders(db: Kysely<Schema>, user: User, query: ReminderQuery): Promise<Page<Reminder>> {
  let base = db.selectFrom('reminders').innerJoin('customers', 'customers.id', 'reminders.customer_id').where(visibleCustomers(user));
  if (query.status === 'active') base = base.where('reminders.status', 'in', ['open', 'snoozed']);
  else if (query.status) base = base.where('reminders.status', '=', query.status);
  if (query.customerId) base = base.where('reminders.customer_id', '=', query.customerId);
  if (query.mine) base = base.where('reminders.assigned_to', '=', user.id);
  const [rows, count] = await Promise.all([
    base.selectAll('reminders').orderBy('reminders.due').orderBy('reminders.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(reminderFromRow), total: Number(count.n), limit: query.limit, offset: query.offset };
}

/** Open and snoozed reminders of one customer, by the date they are next due. */
export async function activeRemindersOfCustomer(db: Kysely<Schema>, customerId: string): Promise<Reminder[]> {
  const rows = await db
    .selectFrom('reminders')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('status', 'in', ['open', 'snoozed'])
    .execute();
  return rows.map(reminderFromRow).sort((a, b) => reminderDueOn(a).localeCompare(reminderDueOn(b)));
}

/**
 * The caller's book for "today": active reminders assigned to them or on customers they own,
 * due (or back from snooze) on or before `until`, with the customer's code and name.
 */
export async function remindersForBook(db: Kysely<Schema>, user: User, until: string) {
  const rows = await db
    .selectFrom('reminders')
    .innerJoin('customers', 'customers.id', 'reminders.customer_id')
    .selectAll('reminders')
    .select(['customers.code as customer_code', 'customers.name as customer_name'])
    .where('customers.merged_into', 'is', null)
    .where(visibleCustomers(user))
    .where((eb) => eb.or([eb('reminders.assigned_to', '=', user.id), eb('customers.owner_id', '=', user.id)]))
    .where((eb) =>
      eb.or([
        eb.and([eb('reminders.status', '=', 'open'), eb('reminders.due', '<=', until)]),
        eb.and([eb('reminders.status', '=', 'snoozed'), eb('reminders.snoozed_until', '<=', until)]),
      ]),
    )
    .execute();
  return rows.map(({ customer_code, customer_name, ...row }) => ({ reminder: reminderFromRow(row), customerCode: customer_code, customerName: customer_name }));
}
