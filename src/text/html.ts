import { Tokenizer, QuoteType, type TokenizerCallbacks } from "htmlparser2";
import { MappedStringBuilder, type MappedText } from "./offset-map.js";

/** An HTML attribute with the exact position of its (decoded) value in the original HTML. */
export interface HtmlAttribute {
  name: string;
  value: string;
  /** Value start/end in the original HTML (the quotes excluded); -1 for an attribute without value. */
  valueStart: number;
  valueEnd: number;
  /** Maps offsets in `value` back to the original HTML (entities are decoded). */
  valueMap: MappedText["map"];
}

export interface HtmlElement {
  name: string;
  attributes: HtmlAttribute[];
  /** The start tag's range `[start, end)` in the original HTML. */
  start: number;
  end: number;
}

export interface HtmlDocument {
  /** What a reader sees: text content with entities decoded and block boundaries as line breaks. */
  text: MappedText;
  elements: HtmlElement[];
}

/** Elements whose content is never shown as message text. */
const INVISIBLE_CONTENT = new Set(["script", "style", "head", "title", "template", "noscript"]);
/** Elements that break a line where they start and end. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center",
]);
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
]);

/**
 * Parses an HTML body with htmlparser2's tokenizer, keeping the position of every text unit and every
 * attribute value, so that findings in the visible text or in an `href` point into the caller's HTML.
 */
export function parseHtml(html: string): HtmlDocument {
  const text = new MappedStringBuilder(html.length);
  const elements: HtmlElement[] = [];
  const stack: string[] = [];
  let hiddenDepth = 0;

  let tagName = "";
  let tagStart = 0;
  let attrs: HtmlAttribute[] = [];
  let attrName = "";
  let attrValue: MappedStringBuilder | null = null;
  let attrValueStart = -1;
  let attrValueEnd = -1;

  const breakLine = (at: number) => text.replace("\n", at, at);

  const cbs: TokenizerCallbacks = {
    ontext(start, end) {
      if (hiddenDepth === 0) text.keep(html.slice(start, end), start);
    },
    ontextentity(cp, end) {
      if (hiddenDepth === 0) text.replace(String.fromCodePoint(cp), entityStart(), end);
    },
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      tagStart = start - 1; // the "<"
      attrs = [];
    },
    onattribname(start, end) {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = new MappedStringBuilder(html.length);
      attrValueStart = -1;
      attrValueEnd = -1;
    },
    onattribdata(start, end) {
      if (attrValueStart < 0) attrValueStart = start;
      attrValueEnd = end;
      attrValue?.keep(html.slice(start, end), start);
    },
    onattribentity(cp) {
      const start = entityStart();
      const end = sectionStart();
      if (attrValueStart < 0) attrValueStart = start;
      attrValueEnd = end;
      attrValue?.replace(String.fromCodePoint(cp), start, end);
    },
    onattribend(quote, end) {
      const built = attrValue ? attrValue.build() : new MappedStringBuilder(html.length).build();
      const hasValue = quote !== QuoteType.NoValue;
      // An empty quoted value sits just before the closing quote.
      const emptyAt = quote === QuoteType.Unquoted ? end : end;
      attrs.push({
        name: attrName,
        value: built.text,
        valueStart: hasValue ? (attrValueStart >= 0 ? attrValueStart : emptyAt) : -1,
        valueEnd: hasValue ? (attrValueEnd >= 0 ? attrValueEnd : emptyAt) : -1,
        valueMap: built.map,
      });
      attrValue = null;
    },
    onopentagend(end) {
      openElement(end + 1, false);
    },
    onselfclosingtag(end) {
      openElement(end + 1, true);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      const at = stack.lastIndexOf(name);
      if (at >= 0) {
        for (let i = stack.length - 1; i >= at; i--) if (INVISIBLE_CONTENT.has(stack[i]!)) hiddenDepth--;
        stack.length = at;
      }
      if (BLOCK.has(name) && hiddenDepth === 0) breakLine(start - 2);
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };

  function openElement(end: number, selfClosing: boolean) {
    elements.push({ name: tagName, attributes: attrs, start: tagStart, end });
    if (BLOCK.has(tagName) && hiddenDepth === 0) breakLine(tagStart);
    if (selfClosing || VOID.has(tagName)) return;
    stack.push(tagName);
    if (INVISIBLE_CONTENT.has(tagName)) hiddenDepth++;
  }

  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs);
  // The tokenizer keeps the start of the entity it is decoding private; these two read it so an
  // entity maps to its whole source span (`&amp;` → one "&" standing for five units).
  const internals = tokenizer as unknown as { entityStart: number; sectionStart: number };
  const entityStart = () => internals.entityStart;
  const sectionStart = () => internals.sectionStart;

  tokenizer.write(html);
  tokenizer.end();
  return { text: text.build(), elements };
}
