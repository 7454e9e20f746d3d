/**
 * An offset map ties every UTF-16 unit of a derived string back to the span of the source string it
 * came from, so a match found on a normalized copy can be reported in the caller's coordinates.
 *
 * `starts[i]` / `ends[i]` are the source span of derived unit i. A unit inserted by a transform (a line
 * break standing for a `<p>`, say) gets an empty span at its source position.
 */
export class OffsetMap {
  private startsOrNull: Uint32Array | null;
  private endsOrNull: Uint32Array | null;
  /** Number of derived units. */
  readonly length: number;
  /** True when unit i maps to exactly [i, i + 1): composing after it changes nothing. */
  readonly isIdentity: boolean;

  /** `starts`/`ends` null: the identity map of `sourceLength` units, its arrays made only if read. */
  constructor(
    starts: Uint32Array | null,
    ends: Uint32Array | null,
    /** Length of the source string (the position the end of the derived string maps to). */
    readonly sourceLength: number,
  ) {
    this.isIdentity = starts === null || ends === null;
    this.startsOrNull = this.isIdentity ? null : starts;
    this.endsOrNull = this.isIdentity ? null : ends;
    this.length = this.isIdentity ? sourceLength : starts!.length;
  }

  get starts(): Uint32Array {
    if (this.startsOrNull === null) this.startsOrNull = Uint32Array.from({ length: this.length }, (_, i) => i);
    return this.startsOrNull;
  }

  get ends(): Uint32Array {
    if (this.endsOrNull === null) this.endsOrNull = Uint32Array.from({ length: this.length }, (_, i) => i + 1);
    return this.endsOrNull;
  }

  /** Maps a derived range `[start, end)` to the smallest source range that covers it. */
  toSource(start: number, end: number): [number, number] {
    const n = this.length;
    if (n === 0) return [0, 0];
    if (start >= n) return [this.sourceLength, this.sourceLength];
    const from = Math.max(0, start);
    const s = this.isIdentity ? from : this.starts[from]!;
    if (end <= start) return [s, s];
    const last = Math.min(n, end) - 1;
    const e = this.isIdentity ? last + 1 : this.ends[last]!;
    return [s, Math.max(s, e)];
  }

  /** The map of `derived → this.source` composed after `inner: derived2 → derived`. */
  compose(inner: OffsetMap): OffsetMap {
    // Most fields are plain text, whose visible map is the identity: nothing to look up.
    if (this.isIdentity && inner.sourceLength === this.sourceLength) return inner;
    // Full-width text normalizes unit for unit: its map is the identity too.
    if (inner.isIdentity && inner.sourceLength === this.length) return this;
    const n = inner.length;
    const starts = new Uint32Array(n);
    const ends = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const a = inner.starts[i]!;
      const b = inner.ends[i]!;
      const [s, e] = b > a ? this.toSource(a, b) : this.pointToSource(a);
      starts[i] = s;
      ends[i] = e;
    }
    return new OffsetMap(starts, ends, this.sourceLength);
  }

  private pointToSource(at: number): [number, number] {
    const p = at >= this.length ? this.sourceLength : this.isIdentity ? at : this.starts[at]!;
    return [p, p];
  }

  /** The map of a string to itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(null, null, length);
  }
}

/**
 * Builds a derived string piece by piece while recording where each piece came from.
 * `keep` copies source text one-to-one; `replace` emits new text standing for a source span.
 * Pieces are recorded as runs and the map is filled once in `build`, so a long kept run costs one
 * record rather than two array pushes per unit.
 */
export class MappedStringBuilder {
  private parts: string[] = [];
  /** Per piece: source start, source end (-1 for a one-to-one copy) and derived length. */
  private froms: number[] = [];
  private tos: number[] = [];
  private length = 0;
  /** Whether every piece so far stands unit for unit at its own source offset (then the map is the identity). */
  private unitForUnit = true;

  constructor(private readonly sourceLength: number) {}

  /** Copies `text`, which is `source[from, from + text.length)`, unit by unit. */
  keep(text: string, from: number): void {
    if (text.length === 0) return;
    if (from !== this.length) this.unitForUnit = false;
    this.parts.push(text);
    this.froms.push(from);
    this.tos.push(-1);
    this.length += text.length;
  }

  /** Emits `text` standing for the whole source span `[from, to)`. */
  replace(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    if (from !== this.length || text.length !== 1 || to !== from + 1) this.unitForUnit = false;
    this.parts.push(text);
    this.froms.push(from);
    this.tos.push(to);
    this.length += text.length;
  }

  build(): { text: string; map: OffsetMap } {
    // One unit for one unit all along (full-width letters and digits folded to ASCII): unit i maps to
    // [i, i + 1), and the identity map says so without arrays.
    if (this.unitForUnit && this.length === this.sourceLength) {
      return { text: this.parts.join(""), map: OffsetMap.identity(this.sourceLength) };
    }
    const starts = new Uint32Array(this.length);
    const ends = new Uint32Array(this.length);
    let at = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const n = this.parts[p]!.length;
      const from = this.froms[p]!;
      const to = this.tos[p]!;
      if (to < 0) {
        for (let i = 0; i < n; i++) {
          starts[at + i] = from + i;
          ends[at + i] = from + i + 1;
        }
      } else if (n === 1) {
        // Most replacements are one unit (a decoded entity, a line break for a tag): a call to fill
        // costs more than the store.
        starts[at] = from;
        ends[at] = to;
      } else {
        starts.fill(from, at, at + n);
        ends.fill(to, at, at + n);
      }
      at += n;
    }
    return { text: this.parts.join(""), map: new OffsetMap(starts, ends, this.sourceLength) };
  }
}

/** A string together with the map back to the string it was derived from. */
export interface MappedText {
  text: string;
  /** Maps offsets in `text` to the caller's original field string. */
  map: OffsetMap;
}
