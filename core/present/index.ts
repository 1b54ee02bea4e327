/**
 * @module
 * View models as a sidebar words and draws them: small pure functions shared by the Outlook
 * pane and the Gmail cards, so both say the same thing the same way. Type-only imports of the
 * model: safe for the pane bundle.
 */
export { localTimeLine, type BusinessHoursCue, type LocalTimeLine } from './local-time-line.ts';
export { tierLine, type TierLine } from './tier-line.ts';
export { orderLine, ordersTotalLine, type OrderLine, type PaymentCue } from './order-line.ts';
export { orderChart, MIN_BAR_HEIGHT, MIN_MONTHS_BETWEEN_LABELS, type ChartBar, type OrderChart } from './order-chart.ts';
export { touchpointButton, REMINDER_KIND, type ButtonContext, type TouchpointButton } from './touchpoint-button.ts';
export { holidayLine, type HolidayLine } from './holiday-line.ts';
export { interactionLine, type InteractionLine } from './interaction-line.ts';
export { contactFromInquiry, suggestCustomerCode, type ContactDraft } from './inquiry-contact.ts';
export { personaLines, type PersonaLine } from './persona-lines.ts';
