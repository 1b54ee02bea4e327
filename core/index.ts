/**
 * @module
 * Touchpoint's core: the model (zod schemas, types inferred from them) and the pure rules
 * both mail surfaces share. No I/O, no clock, no host: callers pass in what is needed.
 *
 * The judgement lives in its own entry points, imported by path, because some carry data
 * libraries (holiday calendars, phone metadata, language models) a task pane must not load:
 * `tier/`, `persona/`, `inquiry/`, `touchpoints/`, `holidays/`, `greetings/`, `trust/`.
 */
export * from './primitives.ts';
export * from './customer.ts';
export * from './contact.ts';
export * from './order.ts';
export * from './interaction.ts';
export * from './reminder.ts';
export * from './user.ts';
export * from './message.ts';
export * from './customer-context.ts';
export * from './inquiry-context.ts';
export * from './context.ts';
export * from './today.ts';
export * from './config.ts';
export * from './local-time.ts';
export * from './log-request.ts';
export * from './draft-request.ts';
export * from './order-summary.ts';
export * from './reminder-touchpoints.ts';
export * from './persona-summary.ts';
export * from './address/index.ts';
export * from './sender-resolution.ts';
export * from './inquiry-sender.ts';
export * from './customer-record.ts';
export * from './holiday-occasion.ts';
