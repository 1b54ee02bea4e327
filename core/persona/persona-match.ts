/**
 * Matching a (partial) persona against a book: a Gower-style distance over mixed dimensions
 * with missing values, the nearest customers with what makes them alike, the tier range they
 * suggest, the fit to the target persona, and the questions still worth asking.
 */
import type { QualifyingQuestion, SimilarCustomer } from '../inquiry-context.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { alikeReasons } from './alike-reasons.ts';
import type { PersonaIndex } from './persona-index.ts';
import { personaFit } from './persona-fit.ts';
import { alikeReasonText, personaWording, questionText } from './persona-labels.ts';
import type { PersonaProfile } from './persona-profile.ts';
import { encodeQuery, scanIndex } from './persona-scan.ts';
import { predictTier, type PredictedTier } from './predicted-tier.ts';
import { qualifyingQuestions } from './qualifying-questions.ts';
import { TopK } from './top-k.ts';

export interface MatchOptions {
  /** How many similar customers to return. Default 5. */
  k?: number;
  /** How many nearest customers the tier range and the questions draw on. Default 30. */
  neighbours?: number;
  /**
   * Least share of the query's known weight a customer must also know to be compared at all,
   * so a customer alike on one dimension and silent on the rest does not come first. Default 0.5.
   */
  minOverlap?: number;
  /**
   * What a dimension the query knows and a customer does not counts as, 0–1: the similarity is
   * the average over the dimensions both know, shrunk toward this by the share of the query's
   * weight the customer cannot speak to. Default 0.5 (as likely alike as not); null compares on
   * the shared dimensions alone.
   */
  missingAs?: number | null;
  /** Most questions returned. Default 3. */
  maxQuestions?: number;
  /** A customer to leave out (the sender, when matching a known customer). */
  excludeCustomerId?: string;
  /** The language `because` lines and questions are worded in. Default English. */
  locale?: UiLocale;
}

export interface PersonaMatch {
  similar: SimilarCustomer[];
  predictedTier: PredictedTier | null;
  fit: number | null;
  questions: QualifyingQuestion[];
}

/**
 * Matches a persona (an inquiry's partial one, or a customer's) against the index. Each
 * dimension known on both sides scores a distance 0–1: categorical equal or not (two buyer
 * types of the same class half alike), ordinal by rank distance over the range, staff and
 * order size by log distance over the book's range, sets by Jaccard; similarity is 1 minus
 * their average weighted by `judgement.personaWeights`, shrunk toward `missingAs` for the
 * query's dimensions the customer does not know (so a customer silent on most of them does
 * not come first on the one it shares). Ties go to the customer sharing more weight, then to
 * the earlier entry.
 * @returns the `k` most similar customers, the tier range of the nearest `neighbours`, the fit
 * to the target persona, and the open questions, most telling first.
 */
export function matchPersona(index: PersonaIndex, query: PersonaProfile, options: MatchOptions = {}): PersonaMatch {
  const k = options.k ?? 5;
  const neighbours = Math.max(k, options.neighbours ?? 30);
  const q = encodeQuery(index, query);
  const exclude = options.excludeCustomerId === undefined ? -1 : index.entries.findIndex((e) => e.customerId === options.excludeCustomerId);
  const top = new TopK(q.totalWeight > 0 ? neighbours : 0);
  const missingAs = options.missingAs === undefined ? 0.5 : options.missingAs;
  scanIndex(index, q, top, (options.minOverlap ?? 0.5) * q.totalWeight, missingAs, exclude);
  const nearest = top.sorted();
  const wording = personaWording(index.config, options.locale);
  const similar = nearest.slice(0, k).map(({ index: i, score }) => {
    const entry = index.entries[i]!;
    return {
      customerId: entry.customerId,
      code: entry.code,
      name: entry.name,
      tier: entry.tier,
      similarity: Math.round(score * 1000) / 1000,
      because: alikeReasons(index, q, query, i).map((reason) => alikeReasonText(reason, wording)),
    };
  });
  return {
    similar,
    predictedTier: predictTier(nearest.map(({ index: i, score }) => ({ tier: index.entries[i]!.tier, similarity: score }))),
    fit: personaFit(query, index.config),
    questions: qualifyingQuestions(index, q.known, nearest.map((n) => n.index), options.maxQuestions ?? 3).map((dimension) => ({
      dimension,
      question: questionText(dimension, wording.tr),
    })),
  };
}
