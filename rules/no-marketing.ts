import { findLinks } from "../src/detect/links.js";
import { compileCatalogs, matchConcepts, type CatalogSet, type ConceptHit, type SentenceConcepts } from "../src/detect/phrases.js";
import { amazonLinkKind } from "../src/policy/amazon-links.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { marketingCatalogs, type MarketingConcept, type MarketingFinding } from "../src/policy/phrases/marketing/index.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { Span } from "../src/text/mask.js";
import type { Rule, RuleContext } from "../src/types.js";

const ID = "no-marketing";

/** Concepts without which no finding is possible: the cheap pre-test of every catalog. */
const ANCHORS: MarketingConcept[] = [
  "coupon", "discount", "sale", "crossSell", "otherProducts", "follow", "newsletter", "offAmazon", "ownSite", "store",
];
/** When a sentence has several findings, the first in this order is reported. */
const PRIORITY: MarketingFinding[] = ["off-amazon", "coupon", "promotion", "follow-us", "newsletter", "other-products", "storefront"];

/** A discount code written out: an upper-case token with letters and digits ("SPOKE20", "GARTEN15"). */
// ASCII boundaries only: in CJK text a code is usually glued to the words around it ("コードSAKURA20で").
const CODE_TOKEN = /(?<![A-Za-z0-9])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,19}(?![A-Za-z0-9])/u;

let compiled: CatalogSet<MarketingConcept> | undefined;
const catalogs = () => (compiled ??= compileCatalogs(marketingCatalogs(), ANCHORS));
/** An invitation alone is no finding, so it is read only beside a link to an Amazon product page. */
const INVITATIONS: MarketingConcept[] = ["invite", "crossSell"];
let compiledInvitations: CatalogSet<MarketingConcept> | undefined;
const invitationCatalogs = () => (compiledInvitations ??= compileCatalogs(marketingCatalogs(), INVITATIONS));

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Messages to buyers may not market: no coupons or discount codes, promotions, other or new products, cross-selling, 'follow us', newsletters, buying off Amazon or invitations to the seller's store.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      coupon: "Do not hand out coupons or discount codes for future purchases; marketing is not allowed in buyer messages.",
      promotion: "Do not announce sales or promotions; marketing is not allowed in buyer messages.",
      "other-products": "Do not promote other or new products; only write what this order needs.",
      "follow-us": "Do not ask the buyer to follow you on social media or in your store.",
      newsletter: "Do not invite the buyer to a newsletter or mailing list.",
      "off-amazon": "Do not invite the buyer to buy outside Amazon.",
      storefront: "Do not invite the buyer to your store or to other product pages.",
      "remove-sentence": "Remove this sentence.",
    },
    sources: [
      cite(SOURCES.FORUM_UK, "You cannot contact buyers for marketing or promotional purposes (including via email, physical mail, telephone, or otherwise)."),
      cite(SOURCES.G1701_PDF, "Not permitted: marketing or promotional messaging, including coupons, for products on Amazon or third-party products.", "2020-11-03"),
      cite(SOURCES.EDESK, "Do not include a coupon code for future purchases; do not direct buyers off Amazon; do not link to your Amazon storefront or product detail pages.", "2025-04-25"),
      cite(SOURCES.ECE, "You may not include links to your Amazon storefront or other product detail pages, or direct buyers to a third-party website."),
    ],
  },
  check(context) {
    for (const text of context.texts()) checkField(context, text);
  },
};

function checkField(context: RuleContext, field: FieldText): void {
  const { text, map } = field.normalized;
  const sentences = field.sentences;
  const hits = matchConcepts(field, catalogs());
  const reported = new Set<number>();
  if (hits) {
    // Every finding needs an anchor concept in its sentence: the other sentences are not searched.
    for (const i of hits.anchored()) {
      const sentence = sentences[i]!;
      const finding = judge(hits.in(i), text.slice(sentence.start, sentence.end), sentence.start);
      if (!finding) continue;
      reported.add(i);
      reportSentence(context, field, sentences[i]!, finding);
    }
  }
  // A link to a storefront is an invitation to the store whatever the words around it; a link to a
  // product page is one when the sentence invites the buyer to look (the link itself is for
  // `no-external-links`).
  if (!mayHoldAmazonLink(field.original)) return;
  let invitations: SentenceConcepts<MarketingConcept> | null | undefined;
  for (const link of findLinks(field)) {
    const kind = amazonLinkKind(link.host, link.path);
    if (kind !== "storefront" && kind !== "product") continue;
    const i = sentences.findIndex((s) => {
      const [start, end] = map.toSource(s.start, s.end);
      return link.start >= start && link.start < end;
    });
    if (i < 0 || reported.has(i)) continue;
    if (kind === "product") invitations ??= matchConcepts(field, invitationCatalogs());
    // The invitation concepts are that set's anchors.
    const inviting = invitations?.anchoredAt(i) ?? false;
    if (kind === "product" && !inviting) continue;
    reported.add(i);
    reportSentence(context, field, sentences[i]!, kind === "storefront" ? "storefront" : "other-products");
  }
}

const mayHoldAmazonLink = (text: string) => /amazon|amzn/i.test(text);

function reportSentence(context: RuleContext, field: FieldText, sentence: Span, finding: MarketingFinding): void {
  const [start, end] = field.normalized.map.toSource(sentence.start, sentence.end);
  const plain = !field.original.slice(start, end).includes("<");
  context.report({
    messageId: finding,
    field: field.field,
    start,
    end,
    // Rewriting inside markup could break tags; only plain stretches get an edit.
    suggestions: plain ? [{ message: rule.meta.messages["remove-sentence"]!, fix: { field: field.field, start, end, text: "" } }] : [],
  });
}

/** Decides what a sentence does, from the marketing concepts in it. */
export function judge(here: readonly ConceptHit<MarketingConcept>[], sentence: string, offset = 0): MarketingFinding | undefined {
  if (here.length === 0) return undefined;
  const token = CODE_TOKEN.exec(sentence);
  const codeWritten = token !== null;
  // "Code RMA12345" is a return code until something says it saves money: a code counts together with
  // a coupon word of its own, not with the catalog term that matched the code itself.
  const tokenStart = token ? offset + token.index : -1;
  const tokenEnd = token ? tokenStart + token[0].length : -1;
  const couponWord = here.some((h) => h.concept === "coupon" && !(h.start < tokenEnd && h.end > tokenStart));
  const has = (c: MarketingConcept) => here.some((h) => h.concept === c);
  const findings = new Set<MarketingFinding>();
  const priced = has("discount") || has("coupon") || has("sale");
  if (has("offAmazon") || (has("ownSite") && (priced || has("buy")))) findings.add("off-amazon");
  if ((has("coupon") && (has("future") || has("discount") || (codeWritten && has("checkout")))) || (couponWord && codeWritten) ||
      (has("discount") && (has("future") || codeWritten))) findings.add("coupon");
  if ((has("sale") && (has("discount") || has("invite") || has("otherProducts") || has("store") || has("future"))) ||
      (has("discount") && (has("otherProducts") || has("invite") || has("store")))) findings.add("promotion");
  if (has("follow")) findings.add("follow-us");
  if (has("newsletter")) findings.add("newsletter");
  if (has("crossSell") || (has("otherProducts") && has("invite"))) findings.add("other-products");
  if (has("store") && has("invite")) findings.add("storefront");
  return PRIORITY.find((f) => findings.has(f));
}

export default rule;
