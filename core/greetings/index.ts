/**
 * @module
 * Greeting and follow-up drafts in eight languages (JSON templates) and the function that fills
 * them. Imports no holiday data, so both surfaces may bundle it.
 */
export {
  draftMessage,
  draftLanguage,
  greetingTemplateFor,
  templatePlaceholders,
  DRAFT_LANGUAGES,
  TEMPLATE_FILES,
  TEMPLATE_KEYS,
  SEASON_GREETING,
  type Draft,
  type DraftLanguage,
  type DraftRequest,
  type TemplateFile,
} from './draft-message.ts';
