import { describe, expect, it } from "vitest";
import { compileCatalog, matchConcepts } from "../src/detect/phrases.js";
import { splitSentences } from "../src/text/sentences.js";
import { judge } from "../rules/no-review-manipulation.js";
import { en } from "../src/policy/phrases/review/en.js";
import { fr } from "../src/policy/phrases/review/fr.js";
import { es } from "../src/policy/phrases/review/es.js";
import { it as itCat } from "../src/policy/phrases/review/it.js";
import { pt } from "../src/policy/phrases/review/pt.js";
import type { ReviewCatalog, ReviewConcept } from "../src/policy/phrases/review/types.js";

const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];
const mine = [fr, es, itCat, pt];
const all = [en, ...mine].map((c) => compileCatalog(c, ANCHORS));

function findings(text: string, catalogs: ReturnType<typeof compileCatalog<ReviewConcept>>[]) {
  const t = text.normalize("NFKC");
  const sentences = splitSentences(t);
  const hits = matchConcepts(t, sentences, catalogs);
  const out: string[] = [];
  if (!hits) return out;
  for (let i = 0; i < sentences.length; i++) {
    const f = judge(hits[i]!, hits[i - 1] ?? [], hits[i + 1] ?? []);
    if (f) out.push(f);
  }
  return out;
}
function dump(text: string, catalog: ReviewCatalog) {
  const t = text.normalize("NFKC");
  const hits = matchConcepts(t, splitSentences(t), [compileCatalog(catalog, ANCHORS)]);
  return JSON.stringify(hits?.map((s) => s.map((h) => `${h.concept}:${t.slice(h.start, h.end)}`)));
}

for (const catalog of mine) {
  describe(catalog.lang, () => {
    const compiled = compileCatalog(catalog, ANCHORS);
    it("neutral request is clean", () => {
      expect(findings(catalog.neutralRequest, [compiled])).toEqual([]);
      expect(findings(catalog.neutralRequest, all)).toEqual([]);
    });
    it("has every kind", () => {
      const kinds = new Set(catalog.examples.map((e) => e.expect));
      for (const k of ["star-rating", "positive-only", "incentive", "change-review", "gating", null]) expect(kinds).toContain(k);
    });
    for (const ex of catalog.examples) {
      it(`${ex.expect ?? "clean"}: ${ex.text}`, () => {
        for (const cats of [[compiled], all]) {
          const f = findings(ex.text, cats);
          if (ex.expect === null) expect(f, dump(ex.text, catalog)).toEqual([]);
          else expect(f, dump(ex.text, catalog)).toContain(ex.expect);
        }
      });
    }
  });
}
