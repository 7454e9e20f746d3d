import type { ConceptHit } from "../src/detect/phrases.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { asksBesidesThanks, asksSomething, namesAmazon, reviewHits, thanksForReview, withinReach } from "../src/policy/phrases/review/hits.js";
import { reviewCatalogs, type ReviewCatalog, type ReviewConcept, type ReviewFinding } from "../src/policy/phrases/review/index.js";
import { cite, SOLBP, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { Rule, RuleContext, Suggestion } from "../src/types.js";

const ID = "no-review-manipulation";

/** When a sentence has several findings, the gravest is reported. */
const PRIORITY: ReviewFinding[] = ["change-review", "gating", "incentive", "star-rating", "positive-only"];
/** How far (in units) a favourable word may stand from the review word it qualifies. */
const POSITIVE_REACH = 40;

/** Catalogs by language, for the neutral request a suggestion offers; built on first use. */
let byLang: Map<string, ReviewCatalog> | undefined;

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Review and feedback requests must be neutral: no asking for positive or 5-star reviews, no review only if happy, no 'contact us before leaving negative feedback', no incentives, no asking to change or remove a review.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      "star-rating": "Do not ask for a specific star rating; ask for an honest review instead.",
      "positive-only": "Do not ask for a positive review or for a review only from satisfied buyers; ask every buyer for an honest review.",
      incentive: "Do not offer anything (gifts, refunds, discounts, free products) in return for a review or feedback.",
      "change-review": "Do not ask the buyer to change, update or remove a review or feedback.",
      gating: "Do not steer unhappy buyers away from reviewing ('contact us first instead of leaving negative feedback').",
      "use-neutral": "Replace with a neutral review request.",
      "remove-sentence": "Remove this sentence.",
    },
    sources: [
      cite(SOURCES.REV, "You may not ask for a positive review or ask for reviews only from buyers who had a positive experience … you may not offer any compensation for a review, including money or gift cards, free or discounted products, refunds or reimbursements, or any other future benefits … nor may you ask customers to change or remove their review."),
      cite(SOURCES.G1701_PDF, "Not permitted: language that requests removal or an update of an existing product review; content that requests a product review only if they have had a positive experience; incentivising or persuading positive reviews or feedback.", "2020-11-03"),
      cite(SOLBP, "You cannot selectively seek positive reviews, request alterations to existing reviews, or offer rewards or incentives for reviews."),
      cite(SOURCES.EDESK, "Do not ask buyers to contact you first instead of leaving negative feedback (review gating).", "2025-04-25"),
    ],
  },
  check(context) {
    for (const text of context.texts()) checkField(context, text);
  },
};

function checkField(context: RuleContext, field: FieldText): void {
  const { map, text } = field.normalized;
  const sentences = field.sentences;
  const hits = reviewHits(field);
  if (!hits) return;
  // Every finding needs an anchor concept (a review, stars, "contact us first", "before reviewing") in
  // its sentence: only those sentences and their neighbours are searched, in order (a search that
  // went back would not reuse what the later sentences' searches found).
  const anchored = hits.anchored();
  const needed = new Set<number>();
  for (const i of anchored) for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < sentences.length) needed.add(j);
  for (const j of [...needed].sort((a, b) => a - b)) hits.in(j);
  for (const i of anchored) {
    const here = hits.in(i);
    const sentence = sentences[i]!;
    const asking = () => {
      const words = text.slice(sentence.start, sentence.end);
      return asksSomething(words) || namesAmazon(words);
    };
    const thanksOnly = () => thanksForReview(text, here) && !asksBesidesThanks(text, sentence, here);
    const finding = judge(here, i > 0 ? hits.in(i - 1) : [], i + 1 < sentences.length ? hits.in(i + 1) : [], asking, thanksOnly);
    if (!finding) continue;
    const [start, end] = map.toSource(sentence.start, sentence.end);
    const lang = (here.find((h) => h.concept === "review" || h.concept === "topStars") ?? here[0]!).lang;
    context.report({
      messageId: finding,
      field: field.field,
      start,
      end,
      suggestions: suggestionsFor(finding, field, start, end, lang),
    });
  }
}

/**
 * Decides what a sentence does, from the concepts in it and in its neighbours; `asking` tells whether
 * the sentence asks for something (or names Amazon as where it would go), `thanksOnly` whether it
 * thanks for a review already written and asks for nothing else.
 */
export function judge(
  here: readonly ConceptHit<ReviewConcept>[],
  before: readonly ConceptHit<ReviewConcept>[],
  after: readonly ConceptHit<ReviewConcept>[],
  asking: () => boolean,
  thanksOnly: () => boolean = () => false,
): ReviewFinding | undefined {
  const has = (c: ReviewConcept, list = here) => list.some((h) => h.concept === c);
  const near = (c: ReviewConcept) => has(c) || has(c, before);
  // A welcome of any verdict may also follow the request ("… whatever your experience."). A condition
  // after it is not read: "Leave a review. If you're happy with the fit, keep it." is no condition.
  const around = (c: ReviewConcept) => near(c) || has(c, after);
  const findings = new Set<ReviewFinding>();
  const reviewish = has("review") || has("topStars") || has("lowStars");
  // "Thanks for your feedback, we have changed the listing" asks nothing; a benefit tied to the change
  // ("we'll refund you once it is removed") is a request in any wording.
  if (reviewish && has("change") && (has("incentive") || !thanksOnly())) findings.add("change-review");
  // "Contact us first, before you review" steers every buyer away from reviewing, unhappy or not.
  if (((near("negative") || near("lowStars")) &&
      (has("beforeReview") || (has("contactFirst") && (near("review") || has("review", after))))) ||
      (has("contactFirst") && has("beforeReview")) ||
      // Without "first", contact before "leaving" or "posting" may be about a parcel ("contact us before
      // posting the item back"): a review word must be in the sentence.
      (has("contactUs") && has("beforeReview") && reviewish)) {
    findings.add("gating");
  }
  if ((has("review") || has("topStars")) && has("incentive")) findings.add("incentive");
  // "Five Star notebooks" and "5-star hotel pillows" name a product; stars are asked for when the
  // sentence also speaks of a review, puts a condition on satisfaction next to them ("if you liked it,
  // 5 stars …", whatever the verb), asks for something or names Amazon. Thanks for a 5-star review
  // already written ask for nothing.
  if (has("topStars") && (has("review") || near("ifHappy") || asking()) && !thanksOnly()) findings.add("star-rating");
  if (has("review") && !around("neutral") && !neutralPair(here) && (positiveNearReview(here) || near("ifHappy")) && !thanksOnly()) {
    findings.add("positive-only");
  }
  return PRIORITY.find((f) => findings.has(f));
}

function positiveNearReview(hits: readonly ConceptHit<ReviewConcept>[]): boolean {
  return withinReach(hits.filter((h) => h.concept === "positive"), hits.filter((h) => h.concept === "review"), POSITIVE_REACH);
}

/** How far (in units) a disjunction may follow a favourable word to offer the contrary verdict. */
const PAIR_REACH = 25;

/**
 * "Good or not so good", "bonne ou moins bonne", "positiv oder weniger positiv": a favourable word
 * followed closely by a disjunction and a contrary verdict (`contrary`: a negative word, or a
 * comparative negation) welcomes any verdict, in whatever words the catalog did not list.
 */
function neutralPair(hits: readonly ConceptHit<ReviewConcept>[]): boolean {
  const contrary = hits.filter((h) => h.concept === "contrary").map((h) => h.start).sort((a, b) => a - b);
  if (contrary.length === 0) return false;
  return hits.some((p) => {
    if (p.concept !== "positive") return false;
    // The first contrary word at or after the end of the favourable one.
    let lo = 0;
    let hi = contrary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (contrary[mid]! < p.end) lo = mid + 1; else hi = mid;
    }
    return lo < contrary.length && contrary[lo]! - p.end <= PAIR_REACH;
  });
}

function suggestionsFor(finding: ReviewFinding, field: FieldText, start: number, end: number, lang: string): Suggestion[] {
  // Rewriting inside markup could break tags; only plain stretches get an edit.
  if (field.original.slice(start, end).includes("<")) return [];
  byLang ??= new Map(reviewCatalogs().map((c) => [c.lang, c]));
  const neutral = byLang.get(lang)?.neutralRequest;
  if ((finding === "star-rating" || finding === "positive-only") && neutral) {
    return [{ message: rule.meta.messages["use-neutral"]!, fix: { field: field.field, start, end, text: neutral } }];
  }
  return [{ message: rule.meta.messages["remove-sentence"]!, fix: { field: field.field, start, end, text: "" } }];
}

export default rule;
