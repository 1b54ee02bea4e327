/**
 * Payment timeliness: how the customer paid against the due dates of its recent orders.
 */
import type { LiveOrder } from './buying-history.ts';

/** Days after the due date a payment still counts as on time (bank transfers abroad take days). */
export const PAYMENT_GRACE_DAYS = 7;
/** Only orders due in this many days before the assessment count: habits change. */
export const PAYMENT_WINDOW_DAYS = 730;
/** Days late (beyond the grace) at which a payment earns nothing. */
const LATE_WORTHLESS_DAYS = 30;
/** The factor when nothing has fallen due yet: neither good nor bad. */
export const PAYMENT_UNKNOWN = 0.5;

export interface PaymentTimeliness {
  /** 0–1: 1 when every counted order was paid on time, less the later the payments. */
  value: number;
  /** Orders with a due date that count: paid, or unpaid past the grace. */
  counted: number;
  onTime: number;
  /** Paid, but after the due date plus the grace. */
  paidLate: number;
  /** Not paid, and past the due date plus the grace. */
  unpaidPastDue: number;
  /** Mean days past the due date of the late ones (unpaid ones up to the assessment day); null when none. */
  averageDaysLate: number | null;
}

/**
 * Timeliness as of `asOf` (a day number). An order counts when it has a due date in the window
 * and was paid by `asOf` (a payment made after it is not known yet) or is unpaid past the due
 * date plus the grace; one not yet due, or still within the grace, does not count. Orders
 * marked paid with no payment date count as on time. With no orders at all the value is 0;
 * with orders but nothing counted it is `PAYMENT_UNKNOWN`.
 */
export function paymentTimeliness(orders: readonly LiveOrder[], asOf: number): PaymentTimeliness {
  let counted = 0;
  let onTime = 0;
  let paidLate = 0;
  let unpaidPastDue = 0;
  let daysLate = 0;
  let credit = 0;
  let any = false;
  for (const o of orders) {
    if (o.day > asOf) break;
    any = true;
    if (o.due === null || o.due <= asOf - PAYMENT_WINDOW_DAYS) continue;
    let late: number;
    if (o.paid !== null && o.paid <= asOf) late = o.paid - o.due;
    else if (o.paidUndated && o.due <= asOf) late = 0;
    else if (o.due + PAYMENT_GRACE_DAYS < asOf) late = asOf - o.due;
    else continue;
    counted += 1;
    if (late <= PAYMENT_GRACE_DAYS) {
      onTime += 1;
      credit += 1;
      continue;
    }
    if (o.paid !== null && o.paid <= asOf) paidLate += 1;
    else unpaidPastDue += 1;
    daysLate += late;
    credit += Math.max(0, 1 - (late - PAYMENT_GRACE_DAYS) / LATE_WORTHLESS_DAYS);
  }
  const lateCount = paidLate + unpaidPastDue;
  return {
    value: counted > 0 ? credit / counted : any ? PAYMENT_UNKNOWN : 0,
    counted,
    onTime,
    paidLate,
    unpaidPastDue,
    averageDaysLate: lateCount > 0 ? Math.round(daysLate / lateCount) : null,
  };
}
