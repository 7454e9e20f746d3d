import * as linkify from "linkifyjs";
import { BoundedCache } from "../text/bounded-cache.js";
import type { FieldText } from "../text/field.js";
import { foldConfusables } from "../text/confusables.js";
import { parseHtml } from "../text/html.js";
import { isMaskedSpaceAt, maskCjkSlice } from "../text/mask.js";
import { replaceMapped } from "../text/replace-mapped.js";

/** A link or e-mail address found in a field, with its range in the original field string. */
export interface FoundLink {
  kind: "url" | "email";
  start: number;
  end: number;
  /** The link as a URL, e.g. "https://example.com/a" or "mailto:a@b.jp". */
  href: string;
  scheme: string;
  /** Lower-cased host name (for e-mail: the domain after "@"). */
  host: string;
  /** Path, query and fragment ("" when none). */
  path: string;
  /** Written in a hiding form: `example[.]com`, `example dot com`, `foo(at)bar.com`, full-width letters. */
  obfuscated: boolean;
  /** Where it was found: in the text, or in an HTML `href`. */
  source: "text" | "href";
}

/** Cheap pre-test: no link without a dot-like mark, an "@" or a spelled-out "dot". */
const MAYBE_LINK = /[.@。．＠]|dot|punkt|point|punto|ponto|ドット|点|點|닷|kropka|nokta|punt|\(at\)|\[at\]/i;

/**
 * Spelled-out and bracketed dots between two domain-looking labels (`example[.]com`, `example dot com`,
 * `example ドット com`). A bare spelled-out word only counts before a common top-level domain, so that
 * prose ("le point de vente") is left alone.
 */
const TLD_AFTER_WORD = "(?:com|net|org|info|biz|shop|store|online|site|co|io|me|eu|de|fr|es|it|jp|cn|kr|uk|nl|se|pl|tr|br|mx|ca|au|in|ae|sa|eg|sg|za|be|ie|at|ch|us|tw|hk)(?![\\p{L}\\p{N}-])";
export const OBFUSCATION = new RegExp(
  [
    // [.] (.) {.} [dot] (dot) <dot> with optional spaces
    "(?<=[\\p{L}\\p{N}-])\\s*[\\[({<]\\s*(?:\\.|dot|punkt|point|punto|ponto|ドット|点|點|닷)\\s*[\\])}>]\\s*(?=[\\p{L}\\p{N}])",
    // a dot word between a label of 3+ characters and a common TLD
    `(?<=[\\p{L}\\p{N}-]{3})\\s+(?:dot|punkt|point|punto|ponto|kropka|nokta|punt)\\s+(?=${TLD_AFTER_WORD})`,
    "(?<=[a-z0-9-])\\s*(?:ドット|点|點|닷)\\s*(?=[a-z0-9])",
    // an ideographic full stop between a Latin label and a common TLD ("example。com")
    `(?<=[a-z0-9-])[。｡](?=${TLD_AFTER_WORD.replace("(?![\\p{L}\\p{N}-])", "(?![a-z0-9-])")})`,
    // a real dot with spaces around it before a common TLD ("example . com")
    `(?<=[\\p{L}\\p{N}-]{3})\\s+\\.\\s+(?=${TLD_AFTER_WORD})`,
    // (at) [at] {at} and the full-width or spelled-out at-mark before a domain
    "(?<=[\\p{L}\\p{N}._%+-])\\s*[\\[({<]\\s*(?:at|@|arroba|arobase)\\s*[\\])}>]\\s*(?=[\\p{L}\\p{N}])",
    "(?<=[a-z0-9._%+-])\\s*(?:アットマーク|アット|골뱅이|艾特)\\s*(?=[a-z0-9])",
    // at-words that mean nothing else, before a domain with a real or spelled-out dot
    "(?<=[a-z0-9._%+-]{2})\\s+(?:arroba|arobase|chiocciola|klammeraffe|malpa)\\s+(?=[a-z0-9-]+\\s*(?:\\.|dot|punkt|point|punto|ponto|kropka)\\s*[a-z])",
    // a plain " at " only where the dot is spelled out too ("foo at bar dot com")
    `(?<=[a-z0-9._%+-]{2})\\s+at\\s+(?=[a-z0-9-]+\\s+dot\\s+${TLD_AFTER_WORD})`,
  ].join("|"),
  "giu",
);

/**
 * Cheap pre-test for OBFUSCATION, whose lookbehinds would otherwise be tried at every position.
 * A plain " at " only counts with a spelled-out dot after it, as in OBFUSCATION: English prose is
 * full of " at " ("at no extra cost") and would otherwise always pay for the full pattern. It lets
 * through everything OBFUSCATION matches (a property test checks this).
 */
export const OBFUSCATION_HINT = /[a-z0-9-][。｡][a-z]|[\[({<]\s*(?:[.@]|dot|at|punkt|point|punto|ponto|arroba|arobase|ドット|点|點|닷)\s*[\])}>]|\s(?:dot|punkt|point|punto|ponto|kropka|nokta|punt|arroba|arobase|chiocciola|klammeraffe|malpa)\s|\sat\s+[a-z0-9-]+\s+dot\s|\s\.\s|[a-z0-9._%+-]\s*(?:ドット|点|點|닷|アットマーク|アット|골뱅이|艾特)/iu;

/** Which obfuscations stand for "@" (the others stand for "."). */
const AT_FORM = /^\s*[\[({<]?\s*(?:at|@|arroba|arobase|chiocciola|klammeraffe|malpa|アットマーク|アット|골뱅이|艾特)\s*[\])}>]?\s*$/iu;

/** Top-level domains that are far more often file extensions than web sites, when written bare. */
const FILE_LIKE_TLDS = new Set(["zip", "mov", "md", "sh", "py", "app", "rs", "ai", "ps", "cc", "pm", "mp", "so", "sb"]);
/** Generic TLDs common enough to take a bare `name.tld` for a web address. */
const COMMON_GTLDS = new Set([
  "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "website", "io", "co", "me", "eu",
  "asia", "tv", "xyz", "top", "club", "blog", "link", "page", "web", "email", "market", "sale", "deals",
]);

/** All links and e-mail addresses in a field (text and HTML `href`s), computed once per lint. */
export function findLinks(field: FieldText): FoundLink[] {
  return field.memo("links", () => [...linksInText(field), ...linksInHrefs(field)].sort((a, b) => a.start - b.start));
}

function linksInText(field: FieldText): FoundLink[] {
  const normalized = field.normalized;
  if (!MAYBE_LINK.test(normalized.text)) return [];
  // Lookalike Cyrillic and Greek letters are folded first (one for one, so the map still holds).
  const folded = foldConfusables(normalized.text);
  const homoglyphs = folded !== normalized.text;
  const view = homoglyphs ? { text: folded, map: normalized.map } : normalized;
  const deobfuscated = OBFUSCATION_HINT.test(view.text)
    ? replaceMapped(view, OBFUSCATION, (m) => (AT_FORM.test(m[0]) ? "@" : "."))
    : { ...view, replaced: [] };
  const text = deobfuscated.text;
  const out: FoundLink[] = [];
  for (const token of findInWindows(text)) {
    const [start, end] = deobfuscated.map.toSource(token.start, token.end);
    // In HTML, entities are how text is written (&amp;), not a disguise: compare with the decoded text.
    const written = field.html ? parseHtml(field.original.slice(start, end)).text.text : field.original.slice(start, end);
    const touched = deobfuscated.replaced.some((r) => r.start < token.end && token.start < r.end) ||
      (homoglyphs && folded.slice(token.start, token.end) !== normalized.text.slice(token.start, token.end));
    const link = describe(token.type === "email" ? "email" : "url", token.value, token.href, start, end, "text",
      touched || written !== token.value);
    // "@oakandthread.co" is a social handle (for no-contact-info), not a web address.
    if (link && text[token.start - 1] === "@" && isBare(link, token.value)) continue;
    if (link && keep(link, token.value)) out.push(link);
  }
  return out;
}

/**
 * Every link and e-mail address has a host with a dot before a top-level domain of two or more letters.
 * linkify runs only on the white-space-delimited stretch around such a seed, so its cost follows the
 * links in a text, not its length (1 MB of "a.a.a." or "x@x@x@" has no seed at all). Links are read
 * with CJK characters masked (`maskCjk`): a URL glued to Japanese text ends where the Japanese starts.
 */
export const SEED = /[\p{L}\p{N}-]\.\p{L}{2}/gu;
const SEED_HERE = new RegExp(SEED.source, "uy");

/**
 * Where `maskCjk(text).matchAll(SEED)` matches, found from the dots of `text` itself: the pattern is
 * tried only just before each ".", not at every position (a Unicode pattern over Japanese text costs
 * ~10 ns a unit), and no unit of a seed is one that masking blanks.
 */
export function seedPositions(text: string): number[] {
  const out: number[] = [];
  let taken = 0;
  for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    // The character before the dot is one unit, or two for an astral letter or digit.
    for (let start = Math.max(taken, dot - 2); start < dot; start++) {
      SEED_HERE.lastIndex = start;
      const m = SEED_HERE.exec(text);
      if (!m || hasMaskedUnit(text, start, start + m[0].length)) continue;
      out.push(start);
      taken = start + m[0].length;
      break;
    }
  }
  return out;
}

function hasMaskedUnit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isMaskedSpaceAt(text, i)) return true;
  return false;
}

/** How far a window reaches from its seed when no white space comes first, and its greatest length. */
const REACH_BACK = 256;
const REACH_FORWARD = 2048;
const MAX_WINDOW = 4096;
const MERGE_GAP = 128;

/**
 * The links linkify finds in `maskCjk(text)`, read in windows around the seeds: each window reaches
 * from the white space before its seed to the white space after it, as the masked text has them, and
 * only the windows are masked.
 */
export function findInWindows(text: string): { type: string; value: string; href: string; start: number; end: number }[] {
  const windows: [number, number][] = [];
  for (const at of seedPositions(text)) {
    const last = windows[windows.length - 1];
    if (last && at < last[1]) continue;
    let start = Math.max(0, at - REACH_BACK);
    for (let k = at - 1; k >= start; k--) {
      if (isMaskedSpaceAt(text, k)) {
        start = k + 1;
        break;
      }
    }
    const limit = Math.min(text.length, at + REACH_FORWARD);
    let end = at;
    while (end < limit && !isMaskedSpaceAt(text, end)) end++;
    // Windows close to each other share one linkify call (each call has a fixed cost).
    if (last && start <= last[1] + MERGE_GAP && end - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], end);
    else windows.push([last ? Math.max(start, last[1]) : start, end]);
  }
  return windows.flatMap(([start, end]) =>
    findInWindow(maskCjkSlice(text, start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start })),
  );
}

type Token = { readonly type: string; readonly value: string; readonly href: string; readonly start: number; readonly end: number };

/** linkify's answer for a window depends on the window alone: a re-lint of the same draft reuses it. */
const FOUND_IN_WINDOW = new BoundedCache<readonly Token[]>(256);

function findInWindow(window: string): readonly Token[] {
  return FOUND_IN_WINDOW.get(window, () =>
    linkify.find(window).map((t) => ({ type: t.type, value: t.value, href: t.href, start: t.start, end: t.end })),
  );
}

function linksInHrefs(field: FieldText): FoundLink[] {
  const html = field.html;
  if (!html) return [];
  const out: FoundLink[] = [];
  for (const el of html.elements) {
    if (el.name !== "a" && el.name !== "area") continue;
    const href = el.attributes.find((a) => a.name === "href");
    if (!href || href.valueStart < 0) continue;
    const value = href.value.trim();
    if (!value || value.startsWith("#") || /^(?:\{\{|\$\{|\[|%|<<)/.test(value)) continue;
    const lead = href.value.length - href.value.trimStart().length;
    const [start, end] = href.valueMap.toSource(lead, lead + value.length);
    if (/^mailto:/i.test(value)) {
      const address = value.slice(7).split("?")[0]!;
      const link = describe("email", address, value, start, end, "href", false);
      if (link) out.push(link);
      continue;
    }
    if (/^javascript:/i.test(value)) continue;
    if (/^(?:tel|sms|whatsapp|line|weixin|wechat|kakaotalk|tg|viber|skype|fb-messenger|facetime):/i.test(value)) {
      const scheme = value.slice(0, value.indexOf(":")).toLowerCase();
      out.push({ kind: "url", start, end, href: value, scheme, host: "", path: value.slice(scheme.length + 1), obfuscated: false, source: "href" });
      continue;
    }
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : /^\/\//.test(value) ? `https:${value}` : null;
    // A relative href has no host of its own; it is not a link to another site.
    if (!withScheme) continue;
    const link = describe("url", value, withScheme, start, end, "href", false);
    if (link) out.push(link);
  }
  return out;
}

function describe(
  kind: "url" | "email", value: string, href: string, start: number, end: number,
  source: "text" | "href", obfuscated: boolean,
): FoundLink | undefined {
  if (kind === "email") {
    const host = value.slice(value.lastIndexOf("@") + 1).toLowerCase();
    return { kind, start, end, href: `mailto:${value}`, scheme: "mailto", host, path: "", obfuscated, source };
  }
  const m = href.match(/^([a-z][a-z0-9+.-]*):(?:\/\/)?([^/?#\s]*)(.*)$/i);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  if (scheme === "mailto") {
    const address = href.slice(7).split("?")[0]!;
    return describe("email", address, href, start, end, source, obfuscated);
  }
  const hostPort = m[2]!.replace(/^[^@]*@/, "");
  const host = hostPort.replace(/:\d+$/, "").toLowerCase();
  const hadScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  return { kind, start, end, href, scheme: hadScheme ? scheme : "", host, path: m[3] ?? "", obfuscated, source };
}

/** Abbreviations written with a dot that a bare `name.xx` would take for a domain ("org.nr", "Art.nr"). */
const ABBREVIATION_LABEL = /^(?:org|art|best|bestell|tel|kto|konto|reg|ref|kund|kd|ord|rech|lief|fakt|artikel|ust|mwst|inkl|bzw|ggf|vgl|str|tlf|tfn)$/i;
/** "nr" is Nauru's top-level domain, and in Nordic, German, Dutch and Polish text "number". */
const ABBREVIATION_TLDS = new Set(["nr"]);

/** Written without a scheme, "www." or a path: only the shape of the text makes it a link. */
const isBare = (link: FoundLink, value: string) =>
  link.kind === "url" && !link.scheme && !/^www\./i.test(value) && link.path.length <= 1 && !link.obfuscated;

/** Drops what only looks like a link: file names, abbreviations and names such as `Dr.Green`. */
function keep(link: FoundLink, value: string): boolean {
  if (link.kind === "email") return link.host.includes(".");
  if (!link.host.includes(".")) return false;
  if (!isBare(link, value)) return true;
  const labels = value.split(".");
  const tld = labels[labels.length - 1]!;
  // "Dr.Green", "Ms.Kim", "M.Dupont", "St.Louis": a short capitalized prefix and a capitalized name.
  if (labels.length === 2 && /^\p{Lu}\p{Ll}{0,3}$/u.test(labels[0]!) && /^\p{Lu}\p{Ll}+$/u.test(tld)) return false;
  const t = tld.toLowerCase();
  if (FILE_LIKE_TLDS.has(t) || ABBREVIATION_TLDS.has(t)) return false;
  if (labels.length === 2 && t.length === 2 && ABBREVIATION_LABEL.test(labels[0]!)) return false;
  return t.length === 2 || COMMON_GTLDS.has(t);
}
