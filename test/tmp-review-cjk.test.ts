import { describe, expect, it } from "vitest";
import { compileCatalog, matchConcepts } from "../src/detect/phrases.js";
import { en } from "../src/policy/phrases/review/en.js";
import { ja } from "../src/policy/phrases/review/ja.js";
import { ko } from "../src/policy/phrases/review/ko.js";
import type { ReviewCatalog, ReviewConcept } from "../src/policy/phrases/review/types.js";
import { zhHans } from "../src/policy/phrases/review/zh-hans.js";
import { zhHant } from "../src/policy/phrases/review/zh-hant.js";
import { FieldText } from "../src/text/field.js";
import { judge } from "../rules/no-review-manipulation.js";

const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];
const mine: ReviewCatalog[] = [ja, zhHans, zhHant, ko];
// All together, as the rule runs them: Han text reaches the Japanese and both Chinese catalogs.
const compiled = [en, ...mine].map((c) => compileCatalog(c, ANCHORS));

function findings(text: string): string[] {
  const field = new FieldText("body", text, "text", []);
  const { text: norm } = field.normalized;
  const sentences = field.sentences;
  const hits = matchConcepts(norm, sentences, compiled);
  if (!hits) return [];
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (hits[i]!.length === 0) continue;
    const f = judge(hits[i]!, hits[i - 1] ?? [], hits[i + 1] ?? []);
    if (f) out.push(`${f}: ${norm.slice(sentences[i]!.start, sentences[i]!.end)} [${hits[i]!.map((h) => `${h.lang}:${h.concept}=${norm.slice(h.start, h.end)}`).join(", ")}]`);
  }
  return out;
}

const extra: Record<string, { text: string; expect: string | null }[]> = {
  ja: [
    { text: "良かった点も気になった点も、Amazonの商品ページに率直にお書きいただければ、購入を検討中の方の参考になります。", expect: null },
  ],
};

for (const catalog of mine) {
  describe(catalog.lang, () => {
    it("has examples of every finding and of neutral requests", () => {
      const kinds = new Set(catalog.examples.map((e) => e.expect));
      for (const k of ["star-rating", "positive-only", "incentive", "change-review", "gating", null]) expect(kinds).toContain(k);
      expect(catalog.examples.length).toBeGreaterThanOrEqual(16);
    });
    it("neutral request is clean", () => expect(findings(catalog.neutralRequest)).toEqual([]));
    for (const ex of [...catalog.examples, ...(extra[catalog.lang] ?? [])]) {
      it(`${ex.expect ?? "clean"}: ${ex.text}`, () => {
        const found = findings(ex.text);
        if (ex.expect === null) expect(found).toEqual([]);
        else expect(found.map((f) => f.split(":")[0])).toContain(ex.expect);
      });
    }
  });
}
