import { groupKeys, type KeyGroup, type TermKey } from "./literal-key.js";

/**
 * The key groups of a list of terms (`termKeyGroups` in literal-key.ts) as one short string, so that a
 * catalog can carry the keys chosen for its terms while the library was built
 * (build/catalog-key-tables.ts) instead of choosing them on first use, which costs most of a second
 * for all catalogs. A group is written as numbers only: where its piece of the term is and where its
 * keys start in a match. The keys themselves are read from the term (`groupKeys`): written out, they
 * would add about fifty kilobytes gzipped to the bundle.
 *
 * Terms are separated by `|`; a term without keys is `-`; else its groups are separated by `;`, each
 * `from,length,min,max`, where a field left empty or out takes its usual value: `from` 0, `length` to
 * the end of the term, `min` equal to `from` (plain text before the key), `max` equal to `min`;
 * `~` is a `max` without limit. So a term that is one plain key ("reviews") is the empty string.
 */

export function encodeKeyTable(terms: readonly string[], groups: readonly (readonly KeyGroup[] | null)[]): string {
  if (groups.length !== terms.length) throw new Error(`${groups.length} key groups for ${terms.length} terms`);
  return terms
    .map((term, i) => {
      const list = groups[i]!;
      if (!list) return "-";
      if (list.length === 0) throw new Error(`no key groups for ${JSON.stringify(term)}, and not null`);
      return list.map((g) => encodeGroup(term, g)).join(";");
    })
    .join("|");
}

function encodeGroup(term: string, { from, to, min, max }: KeyGroup): string {
  const valid = [from, to, min].every(Number.isSafeInteger) && (max === Infinity || Number.isSafeInteger(max));
  if (!valid || from < 0 || to <= from || to > term.length || min < 0 || max < min) {
    throw new Error(`a key group that cannot be encoded: ${JSON.stringify({ term, from, to, min, max })}`);
  }
  const fields = [
    from === 0 ? "" : String(from),
    to === term.length ? "" : String(to - from),
    min === from ? "" : String(min),
    max === min ? "" : max === Infinity ? "~" : String(max),
  ];
  while (fields.length && fields[fields.length - 1] === "") fields.pop();
  return fields.join(",");
}

/** The keys of each of `terms` by the table `encodeKeyTable` wrote for them; undefined when it does not fit. */
export function decodeKeyTable(encoded: string, terms: readonly string[]): (TermKey[] | null)[] | undefined {
  if (terms.length === 0) return encoded === "" ? [] : undefined;
  const entries = encoded.split("|");
  if (entries.length !== terms.length) return undefined;
  return entries.map((entry, i) => {
    if (entry === "-") return null;
    const term = terms[i]!;
    return entry.split(";").flatMap((group) => groupKeys(term, decodeGroup(term, group)));
  });
}

function decodeGroup(term: string, group: string): KeyGroup {
  const [from = "", length = "", min = "", max = ""] = group.split(",");
  const g = { from: from ? Number(from) : 0, to: term.length, min: 0, max: 0 };
  if (length) g.to = g.from + Number(length);
  g.min = min ? Number(min) : g.from;
  g.max = max === "~" ? Infinity : max ? Number(max) : g.min;
  return g;
}
