/**
 * @module
 * The interface's words and formats in English and Simplified Chinese, shared by the Outlook
 * pane and the Gmail cards. Safe for the pane bundle: two small JSON files and `Intl`.
 */
export * from './messages.ts';
export * from './format.ts';
export { translator, type LabelGroup, type Translator } from './translator.ts';
