import { describe, expect, it } from "vitest";
import { compileCatalog, matchConcepts, type CompiledCatalog } from "../src/detect/phrases.js";
import { splitSentences } from "../src/text/sentences.js";
import { judge } from "../rules/no-review-manipulation.js";
import type { ReviewCatalog, ReviewConcept } from "../src/policy/phrases/review/types.js";
import { en } from "../src/policy/phrases/review/en.js";
import { de } from "../src/policy/phrases/review/de.js";

const mine: ReviewCatalog[] = [de];
const ANCHORS: ReviewConcept[] = ["review", "topStars", "lowStars", "contactFirst", "beforeReview"];

function findings(raw: string, compiled: CompiledCatalog<ReviewConcept>[]) {
  const text = raw.normalize("NFKC");
  const sentences = splitSentences(text);
  const hits = matchConcepts(text, sentences, compiled);
  const out: string[] = [];
  if (!hits) return { out, hits: [] as string[] };
  for (let i = 0; i < sentences.length; i++) {
    const f = judge(hits[i]!, hits[i - 1] ?? [], hits[i + 1] ?? []);
    if (f) out.push(f);
  }
  const dump = hits.map((hs, i) => `${i}: ` + hs.map((h) => `${h.concept}(${text.slice(h.start, h.end)})`).join(" "));
  return { out, hits: dump };
}

const all = [en, ...mine].map((c) => compileCatalog(c, ANCHORS));

for (const catalog of mine) {
  describe(catalog.lang, () => {
    const compiled = [compileCatalog(catalog, ANCHORS)];
    it("has every finding and at least 14 examples", () => {
      const kinds = catalog.examples.map((e) => e.expect);
      for (const k of ["star-rating", "positive-only", "incentive", "change-review", "gating"] as const) {
        expect(kinds.filter((x) => x === k).length, k).toBeGreaterThanOrEqual(2);
      }
      expect(kinds.filter((x) => x === null).length).toBeGreaterThanOrEqual(4);
      expect(catalog.examples.length).toBeGreaterThanOrEqual(14);
    });
    it("neutral request is clean", () => {
      expect(findings(catalog.neutralRequest, compiled)).toEqual(expect.objectContaining({ out: [] }));
      expect(findings(catalog.neutralRequest, all).out).toEqual([]);
    });
    for (const ex of catalog.examples) {
      it(`${ex.expect ?? "clean"}: ${ex.text}`, () => {
        for (const set of [compiled, all]) {
          const r = findings(ex.text, set);
          if (ex.expect === null) expect(r.out, r.hits.join("\n")).toEqual([]);
          else expect(r.out, r.hits.join("\n")).toContain(ex.expect);
        }
      });
    }
  });
}
