import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../src/text/html.js";
import { maskCjk } from "../src/text/mask.js";
import { normalizeWithMap } from "../src/text/normalize.js";
import { OffsetMap } from "../src/text/offset-map.js";
import { replaceMapped } from "../src/text/replace-mapped.js";
import { widthFold } from "../src/text/width-fold.js";
import { fcOptions, propertyTimeout, messyText } from "./support/fast-check.js";

/** Groups consecutive derived units that stand for the same source span. */
function groups(text: string, map: OffsetMap): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const start = map.starts[i]!;
    const end = map.ends[i]!;
    const last = out[out.length - 1];
    if (last && last.start === start && last.end === end && end - start > 1) last.text += text[i];
    else out.push({ text: text[i]!, start, end });
  }
  return out;
}

function wellFormed(map: OffsetMap, sourceLength: number): void {
  let previous = 0;
  for (let i = 0; i < map.length; i++) {
    expect(map.starts[i]).toBeGreaterThanOrEqual(previous);
    expect(map.starts[i]).toBeLessThanOrEqual(map.ends[i]!);
    expect(map.ends[i]).toBeLessThanOrEqual(sourceLength);
    previous = map.starts[i]!;
  }
}

describe("offset maps", () => {
  it("width folding keeps every offset and folds like NFKC", () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const folded = widthFold(s);
        expect(folded.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c >= 0xff01 && c <= 0xff5e) expect(folded[i]).toBe(s[i]!.normalize("NFKC"));
        }
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("the CJK mask keeps every offset", () => {
    fc.assert(fc.property(messyText, (s) => { expect(maskCjk(s).length).toBe(s.length); }), fcOptions);
  });

  it("NFKC with invisible characters removed maps every unit back to the source it came from", () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const { text, map } = normalizeWithMap(s, OffsetMap.identity(s.length));
        expect(map.length).toBe(text.length);
        wellFormed(map, s.length);
        for (const g of groups(text, map)) {
          const source = s.slice(g.start, g.end);
          // Each piece of the result is its source, normalized (pieces of one code point map one to one).
          expect(source.normalize("NFKC").replace(/\p{Cf}/gu, "")).toContain(g.text.normalize("NFKC"));
        }
        // Nothing visible is lost: whatever no unit maps to is an invisible format character.
        const covered = new Set<number>();
        for (let i = 0; i < map.length; i++) for (let j = map.starts[i]!; j < map.ends[i]!; j++) covered.add(j);
        let uncovered = "";
        for (let j = 0; j <= s.length; j++) {
          if (j < s.length && !covered.has(j)) uncovered += s[j];
          else if (uncovered) {
            expect(uncovered).toMatch(/^\p{Cf}+$/u);
            uncovered = "";
          }
        }
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("full-width text folded unit for unit keeps the identity map; a removed unit does not", () => {
    const fullWidth = "注文（０３－１２）";
    const folded = normalizeWithMap(fullWidth, OffsetMap.identity(fullWidth.length));
    expect(folded.text).toBe("注文(03-12)");
    expect(folded.map.isIdentity).toBe(true);
    const removed = normalizeWithMap("０\u200b３", OffsetMap.identity(3));
    expect(removed.text).toBe("03");
    expect(removed.map.isIdentity).toBe(false);
    expect(removed.map.toSource(1, 2)).toEqual([2, 3]);
  });

  it("a range of the derived text maps to a source range that holds it", () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (s, a, b) => {
        const { text, map } = normalizeWithMap(s, OffsetMap.identity(s.length));
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const [from, to] = map.toSource(start, end);
        expect(0 <= from && from <= to && to <= s.length).toBe(true);
        if (end > start) expect(s.slice(from, to).normalize("NFKC")).toContain(text.slice(start, end).normalize("NFKC").trim().slice(0, 1));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("replacements map back to exactly what they replaced", () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const base = { text: s, map: OffsetMap.identity(s.length) };
        const out = replaceMapped(base, /\[\.\]| dot |@/g, (m) => (m[0] === "@" ? "(at)" : "."));
        wellFormed(out.map, s.length);
        for (const r of out.replaced) {
          const [from, to] = out.map.toSource(r.start, r.end);
          expect(["[.]", " dot ", "@"]).toContain(s.slice(from, to));
        }
        expect(out.text.replace(/\(at\)/g, "@")).toBe(s.replace(/\[\.\]| dot /g, "."));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("HTML text maps every visible unit to its source character or to the entity that wrote it", () => {
    const fragment = fc.oneof(
      messyText,
      fc.constantFrom("<p>", "</p>", "<br>", "<b>", "</b>", '<a href="https://x.example/?a=1&amp;b=2">', "</a>", "&amp;", "&lt;", "&#x1F600;", "&eacute;", "&nbsp;", "<script>x()</script>", "<!-- c -->", "&bogus;", "&"),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), (parts) => {
        const html = parts.join("");
        const { text } = parseHtml(html);
        wellFormed(text.map, html.length);
        for (let i = 0; i < text.text.length; i++) {
          const source = html.slice(text.map.starts[i], text.map.ends[i]);
          if (source.length <= 1) expect(source === text.text[i] || source === "").toBe(true);
          else expect(source.startsWith("&")).toBe(true);
        }
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("attribute values map back into their attribute", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).filter((v) => !/["<>&]/.test(v)), (value) => {
        const html = `<a title="x" href="${value}">t</a>`;
        const [a] = parseHtml(html).elements;
        const href = a!.attributes.find((x) => x.name === "href")!;
        expect(html.slice(href.valueStart, href.valueEnd)).toBe(value);
      }),
      fcOptions,
    );
  }, propertyTimeout);
});
