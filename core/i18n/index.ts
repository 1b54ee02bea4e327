/**
 * @module
 * The interface's words and formats in English and Simplified Chinese, shared by the Outlook
 * pane and the Gmail cards, and the judgement's sentences. The pane imports
 * `interface-messages.ts` directly, which leaves the judgement's sentences out of its bundle.
 */
export * from './messages.ts';
export * from './format.ts';
export { interfaceTranslator, INTERFACE_CATALOGUES } from './interface-messages.ts';
export { buildTranslator, type LabelGroup, type Translator } from './translator.ts';
