/**
 * @module
 * Greeting and follow-up drafts in eight languages (JSON templates), the function that fills
 * them, and the one that finds a touchpoint's template and values. Imports no holiday data, so
 * both surfaces may bundle it.
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
export {
  draftRequestFor,
  productName,
  quoteRefFrom,
  sampleProductFrom,
  subjectWithoutPrefixes,
  TOUCHPOINT_TEMPLATES,
  type DraftFacts,
  type DraftIssue,
  type DraftPlan,
  type DraftSource,
} from './draft-values.ts';
