import { CodePointSet } from "./code-point-set.js";
import { parseHtml, type HtmlDocument } from "./html.js";
import { maskSpans, type Span } from "./mask.js";
import { normalizeWithMap } from "./normalize.js";
import { OffsetMap, type MappedText } from "./offset-map.js";
import { findPlaceholders } from "./placeholders.js";
import { splitSentences } from "./sentences.js";
import { widthFold } from "./width-fold.js";

export type FieldName = "subject" | "body";

/**
 * Pictographic symbols are blanked before normalization: NFKC would turn some of them into letters
 * (`ℹ️` → `i`, `🈁` → `ココ`) that words and links could then be read into.
 */
const PICTOGRAPHIC = new CodePointSet("[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\p{Emoji_Modifier}\\u20E3\\uFE0F]");

/**
 * The text model of one field, built at most once per lint and shared by all rules.
 * Every view is computed on first use, so a rule that is off costs nothing.
 */
export class FieldText {
  private cache = new Map<string, unknown>();

  constructor(
    readonly field: FieldName,
    /** The string exactly as the caller passed it. */
    readonly original: string,
    readonly format: "text" | "html",
    private readonly placeholderPatterns: readonly RegExp[],
  ) {}

  /** Memoizes `compute` under `key` for the lifetime of this lint. Detectors cache their results here. */
  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  /** The parsed HTML document, for an HTML body. */
  get html(): HtmlDocument | undefined {
    if (this.format !== "html") return undefined;
    return this.memo("html", () => parseHtml(this.original));
  }

  /** What a reader sees: the text itself, or the text content of the HTML. */
  get visible(): MappedText {
    return this.memo("visible", () =>
      this.html ? this.html.text : { text: this.original, map: OffsetMap.identity(this.original.length) },
    );
  }

  /** Placeholder spans, in `visible` coordinates. */
  get placeholders(): Span[] {
    return this.memo("placeholders", () => findPlaceholders(this.visible.text, this.placeholderPatterns));
  }

  /** `visible` with full-width forms folded one-to-one (same offsets as `visible`). */
  get folded(): string {
    return this.memo("folded", () => widthFold(this.visible.text));
  }

  /**
   * `visible` with placeholders and pictographs blanked, then NFKC-normalized with invisible format
   * characters removed. Its map leads back to the original field string.
   */
  get normalized(): MappedText {
    return this.memo("normalized", () => {
      const { text, map } = this.visible;
      let masked = maskSpans(text, this.placeholders);
      masked = PICTOGRAPHIC.blank(masked);
      return normalizeWithMap(masked, map);
    });
  }

  /** Sentence spans in `normalized` coordinates. */
  get sentences(): Span[] {
    return this.memo("sentences", () => splitSentences(this.normalized.text));
  }

  /** Maps a range of `view` to the original field string. */
  toOriginal(view: MappedText, start: number, end: number): [number, number] {
    return view.map.toSource(start, end);
  }
}
