/**
 * Who may see and change which customers. The one place the access rules live; every query that
 * reads customers, or anything hanging off them, filters through `visibleCustomers`.
 *
 * - rep: customers they own and those shared with them;
 * - manager: also every customer owned by someone in their team;
 * - admin: all.
 * Changing a customer takes more than seeing it: the owner, a manager of the owner's team, or an admin.
 */
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { User } from '../../core/index.ts';
import type { Schema } from './schema.ts';

type CustomersEb = ExpressionBuilder<Schema, 'customers'>;

/** A WHERE condition on `customers` that keeps only what `user` may see. */
export function visibleCustomers(user: User): (eb: CustomersEb) => Expression<SqlBool> {
  return (eb) => {
    if (user.role === 'admin') return sql<SqlBool>`1 = 1`;
    const shared = eb.exists(
      eb
        .selectFrom('customer_shares')
        .select('customer_shares.customer_id')
        .whereRef('customer_shares.customer_id', '=', 'customers.id')
        .where('customer_shares.user_id', '=', user.id),
    );
    const own = eb('customers.owner_id', '=', user.id);
    if (user.role === 'manager' && user.teamId) {
      const team = eb('customers.owner_id', 'in', eb.selectFrom('users').select('users.id').where('users.team_id', '=', user.teamId));
      return eb.or([own, team, shared]);
    }
    return eb.or([own, shared]);
  };
}

/** Whether `user` may change a customer owned by `owner`. */
export function canEdit(user: User, owner: { id: string; teamId: string | null | undefined }): boolean {
  if (user.role === 'admin') return true;
  if (owner.id === user.id) return true;
  return user.role === 'manager' && !!user.teamId && owner.teamId === user.teamId;
}
