import { describe, expect, it } from "vitest";
import { realisticBody } from "../bench/inputs.mjs";
import { pathological } from "../bench/pathological.mjs";
import { lint } from "../src/index.js";

/**
 * No input makes lint super-linear. Timing tests are fragile, so this asserts only generous bounds:
 * 200 KB of each hostile input lints in under 3 s, and 5× the text costs under 12× the time.
 * The real numbers (1 MB in well under a second) come from `npm run bench`.
 */
const SMALL = 40_000;
const LARGE = 200_000;

function time(body: string): number {
  const start = performance.now();
  const result = lint({ body, format: "text" }, { marketplace: "JP" });
  expect(result.violations.filter((v) => v.ruleId === "internal-error")).toEqual([]);
  return performance.now() - start;
}

describe("lint time on hostile input", () => {
  for (const [name, make] of Object.entries(pathological)) {
    it(`${name}: bounded and roughly linear`, () => {
      time(make(2_000)); // warm the compiled regexes and metadata
      const small = time(make(SMALL));
      const large = time(make(LARGE));
      expect(large).toBeLessThan(3_000);
      expect(large).toBeLessThan(Math.max(12 * small, 150));
    });
  }
});

describe("lint time on a long ordinary message", () => {
  // A long quoted thread repeats the same phrases: keys of one term spread over the whole text must
  // not each send a search to its end (this once made 1 MB take five seconds, and once 1.5 s: ten
  // times the text then cost a hundred times the time, which a looser bound let through).
  it("a thread of English, Japanese and German messages grows linearly from 100 KB to 1 MB", () => {
    time(realisticBody(100_000)); // warm
    const small = Math.min(time(realisticBody(100_000)), time(realisticBody(100_000)));
    const large = time(realisticBody(1_000_000));
    expect(large).toBeLessThan(3_000);
    expect(large).toBeLessThan(Math.max(25 * small, 400));
  }, 30_000);
});
