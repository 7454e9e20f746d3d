import { compileCatalogs, matchConcepts, type CatalogSet } from "../src/detect/phrases.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { isDeclaredProactive } from "../src/policy/proactive.js";
import { reviewHits } from "../src/policy/phrases/review/hits.js";
import { redundantCatalogs, type RedundantConcept, type RedundantFinding } from "../src/policy/phrases/redundant/index.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Span } from "../src/text/mask.js";
import type { Rule } from "../src/types.js";

const ID = "no-redundant-message";

/** Concepts without which a message cannot be redundant: the cheap pre-test of every catalog. */
const ANCHORS: RedundantConcept[] = ["thanks", "help", "orderConfirmed", "shipped"];
const CONTENT: RedundantConcept[] = ["thanks", "help", "orderConfirmed", "shipped"];
/** A line this short without closing punctuation is a salutation, a signature or a heading. */
const FRAME_MAX = 40;
const CLOSING_PUNCTUATION = /[.!?。！？]["'”’」』)）]*$/u;

let compiled: CatalogSet<RedundantConcept> | undefined;
const catalogs = () => (compiled ??= compileCatalogs(redundantCatalogs(), ANCHORS));

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "A proactive message must carry something the buyer needs. Messages that only thank the buyer, only offer help, or only confirm the order or its shipment are not permitted: Amazon sends those itself.",
    docs: docsUrl(ID),
    defaultSeverity: "warning",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {},
    messages: {
      "thank-you-only": "This proactive message only thanks the buyer or offers help; such messages are not permitted. Send it only with information the buyer needs.",
      "order-confirmation": "This proactive message only confirms the order; Amazon sends order confirmations itself.",
      "shipping-confirmation": "This proactive message only confirms the shipment; Amazon sends shipping confirmations itself.",
    },
    sources: [
      cite(SOURCES.G1701_PDF, "Not permitted: order or shipping confirmations; messages that say only \"Thank you\" or that you are here to help if buyers have any problems.", "2020-11-03"),
      cite(SOURCES.JS, "You cannot send an email to your customer stating that their order has shipped.", "2020-11-03"),
    ],
  },
  check(context) {
    if (!isDeclaredProactive(context.context)) return;
    // An attachment (an invoice, instructions) is content of its own.
    if (context.message.attachments?.length) return;
    const field = context.text("body");
    if (!field) return;
    const { text, map } = field.normalized;
    const sentences = field.sentences;
    const hits = matchConcepts(field, catalogs());
    if (!hits) return;
    const reviews = reviewHits(field);
    const kinds = new Set<RedundantConcept>();
    let first: Span | undefined;
    let last: Span | undefined;
    // Sentence by sentence, and no further than the first with news of its own; each concept is
    // searched only when the question it settles comes up.
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const asksForReview = () => reviews !== null && (reviews.has(i, "review") || reviews.has(i, "topStars"));
      const role = roleOf((concept) => hits.has(i, concept), asksForReview, text, sentence);
      if (role === "content") return;
      if (role === "frame") continue;
      for (const concept of CONTENT) if (hits.has(i, concept)) kinds.add(concept);
      first ??= sentence;
      last = sentence;
    }
    if (!first || !last) return;
    const [start, end] = map.toSource(first.start, last.end);
    context.report({ messageId: findingOf(kinds), field: "body", start, end });
  },
};

/** What a sentence contributes: nothing new ("redundant"), framing ("frame"), or information ("content"). */
function roleOf(
  has: (concept: RedundantConcept) => boolean,
  asksForReview: () => boolean,
  text: string,
  sentence: Span,
): "redundant" | "frame" | "content" {
  // "Thanks for your order, please leave a review!" is a review request, not a thank-you.
  if (has("substance") || asksForReview()) return "content";
  if (CONTENT.some(has)) return "redundant";
  if (has("greeting") || isFrameLine(text, sentence)) return "frame";
  return "content";
}

/**
 * A short line of its own without closing punctuation: "Hi Juniper,", "沢田 様", "Rosehip Botanics".
 * A company signature may end in the period of its legal form: "Summit Rack Co.", "Café Sol S.L.".
 */
function isFrameLine(text: string, { start, end }: Span): boolean {
  if (end - start > FRAME_MAX) return false;
  const lineStart = start === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 8), start));
  const lineEnd = end === text.length || /^\s*\n/.test(text.slice(end, end + 8));
  const line = text.slice(start, end);
  return lineStart && lineEnd && (!CLOSING_PUNCTUATION.test(line) || COMPANY_FORM_END.test(line));
}

/** Legal forms of companies that end a signature with a period. */
const COMPANY_FORM_END =
  /(?:^|[\s,])(?:Co|Corp|Inc|Ltd|LLC|L\.L\.C|Pty|PLC|GmbH & Co\. KG|e\.K|e\.V|S\.L|S\.A|S\.A\.S|S\.r\.l|S\.p\.A|S\.A\.R\.L|B\.V|N\.V|K\.K|A\.S|Sp\. z o\.o|Ltda)\.$/u;

function findingOf(kinds: ReadonlySet<RedundantConcept>): RedundantFinding {
  if (kinds.has("orderConfirmed")) return "order-confirmation";
  if (kinds.has("shipped")) return "shipping-confirmation";
  return "thank-you-only";
}

export default rule;
