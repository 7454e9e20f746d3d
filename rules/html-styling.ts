import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { HtmlAttribute, HtmlElement } from "../src/text/html.js";
import type { Rule, RuleContext } from "../src/types.js";

const ID = "html-styling";

/** Elements that run code, take input or embed other pages: none belongs in a message. */
const ACTIVE = new Set(["script", "form", "iframe", "frame", "frameset", "object", "embed", "applet", "input", "button", "select", "textarea"]);
/** CSS properties that override Amazon's default font family, line height or text colour. */
const FONT_OVERRIDES = new Set(["font-family", "font", "line-height", "color"]);
const ALIGN_OVERRIDE = /^(?:center|right|justify|end|-webkit-center)$/i;
/** Right alignment is the default of right-to-left text. */
const RIGHT = /^(?:right|end)$/i;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const DECLARATION = /([a-z-]+)\s*:\s*([^;]*)/gi;

interface Declaration {
  property: string;
  value: string;
  start: number;
  end: number;
}

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "HTML messages must keep Amazon's default styling: no tracking pixels, http images, scripts, forms or frames, no centered or otherwise aligned text, no font family, line height or colour overrides, at most three font sizes, at most two line breaks in a row, images at most 80% wide, margins at most 20%.",
    docs: docsUrl(ID),
    defaultSeverity: "warning",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** Distinct font sizes allowed in one message. */
      maxFontSizes: 3,
      /** Line breaks (`<br>`) allowed in a row. */
      maxLineBreaks: 2,
      /** Widest image, in percent of the message width. */
      maxImageWidthPercent: 80,
      /** Widest margin, in percent of the message width. */
      maxMarginPercent: 20,
    },
    messages: {
      "tracking-pixel": "This image is 1×1 or hidden: a tracking pixel. Do not track buyers in messages.",
      "http-image": "This image loads over http; use https images only.",
      "active-content": "<{{tag}}> does not belong in a message to a buyer: no scripts, forms or embedded frames.",
      alignment: "Do not center or otherwise override the default text alignment.",
      "font-override": "Do not override Amazon's default {{what}}.",
      "font-sizes": "This message uses more than {{max}} font sizes.",
      "line-breaks": "More than {{max}} line breaks in a row; use at most {{max}} between paragraphs.",
      "wide-image": "This image is {{width}}% wide; images may take at most {{max}}% of the message width.",
      margin: "This margin is {{width}}% of the message width; margins may take at most {{max}}%.",
    },
    sources: [
      cite(SOURCES.ECB, "Permitted Message styling may not contain: … 4) Message margins over 20% max width 5) Image or graphic sizes larger than 80% max width 6) Overrides of Amazon's default line height, font family, or font color 7) Fonts in more than three sizes 8) Message bodies that are centered or that otherwise override default text alignment settings 9) More than two line-breaks (spacing between paragraphs) in a row 10) Unsecure images (http instead of https).", "2020-11-03"),
      cite(SOURCES.JS, "Amazon's styling rules for Permitted Messages (emojis, GIFs, fonts, alignment, line breaks, http images).", "2020-11-03"),
      cite(SOURCES.ECB, "Tracking pixels are not in Amazon's styling list; the ban is widely repeated by seller tools but was not found in any Amazon text, so it is reported as a warning.", undefined, "unverified"),
    ],
  },
  check(context) {
    const field = context.text("body");
    const doc = field?.html;
    if (!field || !doc) return;
    const sizes = new Map<string, Declaration | HtmlAttribute>();
    let sizesReported = false;
    const maxSizes = context.options.maxFontSizes as number;
    const maxMargin = context.options.maxMarginPercent as number;
    const rtlText = RTL_SCRIPT.test(field.visible.text);
    const overridesAlignment = (value: string, el: HtmlElement) =>
      ALIGN_OVERRIDE.test(value) && !(RIGHT.test(value) && (rtlText || attribute(el, "dir")?.value.trim().toLowerCase() === "rtl"));
    const noteSize = (key: string, where: Declaration | HtmlAttribute) => {
      if (sizes.has(key)) return;
      sizes.set(key, where);
      if (sizes.size > maxSizes && !sizesReported) {
        sizesReported = true;
        const [start, end] = "property" in where ? [where.start, where.end] : [where.valueStart, where.valueEnd];
        context.report({ messageId: "font-sizes", field: "body", start, end, data: { max: maxSizes } });
      }
    };
    for (const el of doc.elements) {
      if (ACTIVE.has(el.name)) {
        context.report({ messageId: "active-content", field: "body", start: el.start, end: el.end, data: { tag: el.name } });
        continue;
      }
      if (el.name === "img") checkImage(context, el);
      if (el.name === "center") context.report({ messageId: "alignment", field: "body", start: el.start, end: el.end });
      const align = attribute(el, "align");
      if (align && el.name !== "img" && overridesAlignment(align.value.trim(), el)) reportValue(context, "alignment", align);
      if (el.name === "font") {
        const face = attribute(el, "face");
        if (face) reportValue(context, "font-override", face, { what: "font family" });
        const color = attribute(el, "color");
        if (color) reportValue(context, "font-override", color, { what: "font colour" });
        const size = attribute(el, "size");
        if (size && size.value.trim()) noteSize(`font:${size.value.trim()}`, size);
      }
      for (const d of declarations(el)) {
        if (d.property === "text-align" && overridesAlignment(d.value, el)) {
          context.report({ messageId: "alignment", field: "body", start: d.start, end: d.end });
        } else if (/^margin(?:-left|-right)?$/.test(d.property) && widestPercent(d.value) > maxMargin) {
          context.report({ messageId: "margin", field: "body", start: d.start, end: d.end, data: { width: widestPercent(d.value), max: maxMargin } });
        } else if (FONT_OVERRIDES.has(d.property)) {
          context.report({ messageId: "font-override", field: "body", start: d.start, end: d.end, data: { what: describe(d.property) } });
        } else if (d.property === "font-size") {
          noteSize(d.value.toLowerCase().replace(/\s+/g, ""), d);
        }
      }
    }
    checkLineBreaks(context, field, doc.elements);
  },
};

function checkImage(context: RuleContext, img: HtmlElement): void {
  const style = new Map(declarations(img).map((d) => [d.property, d.value.toLowerCase()]));
  const width = attribute(img, "width")?.value.trim() ?? style.get("width");
  const height = attribute(img, "height")?.value.trim() ?? style.get("height");
  const tiny = (v: string | undefined) => v !== undefined && /^[01](?:\.0*)?(?:px)?$/i.test(v);
  const hidden = attribute(img, "hidden") !== undefined || style.get("display") === "none" ||
    style.get("visibility") === "hidden" || style.get("opacity") === "0";
  if ((tiny(width) && tiny(height)) || hidden || (tiny(width) && height === undefined) || (tiny(height) && width === undefined)) {
    context.report({ messageId: "tracking-pixel", field: "body", start: img.start, end: img.end });
    return;
  }
  const src = attribute(img, "src");
  if (src && /^\s*http:/i.test(src.value)) reportValue(context, "http-image", src);
  const max = context.options.maxImageWidthPercent as number;
  const percent = width !== undefined ? /^(\d+(?:\.\d+)?)\s*%$/.exec(width) : null;
  if (percent && Number(percent[1]) > max) {
    context.report({ messageId: "wide-image", field: "body", start: img.start, end: img.end, data: { width: percent[1]!, max } });
  }
}

/** Runs of `<br>` with only white space between them, longer than allowed. */
function checkLineBreaks(context: RuleContext, field: FieldText, elements: readonly HtmlElement[]): void {
  const max = context.options.maxLineBreaks as number;
  const html = field.original;
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const flush = () => {
    if (count > max) context.report({ messageId: "line-breaks", field: "body", start: runStart, end: runEnd, data: { max } });
    count = 0;
  };
  for (const el of elements) {
    if (el.name !== "br") continue;
    if (count > 0 && /^(?:\s|&nbsp;|&#160;)*$/i.test(html.slice(runEnd, el.start))) {
      count++;
      runEnd = el.end;
      continue;
    }
    flush();
    runStart = el.start;
    runEnd = el.end;
    count = 1;
  }
  flush();
}

/** The largest percentage in a CSS value ("0 30%" → 30); 0 when it has none. */
function widestPercent(value: string): number {
  let widest = 0;
  for (const m of value.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) widest = Math.max(widest, Number(m[1]));
  return widest;
}

function attribute(el: HtmlElement, name: string): HtmlAttribute | undefined {
  return el.attributes.find((a) => a.name === name);
}

/** The declarations of an element's `style` attribute, with their ranges in the original HTML. */
function declarations(el: HtmlElement): Declaration[] {
  const style = attribute(el, "style");
  if (!style || style.valueStart < 0) return [];
  const out: Declaration[] = [];
  for (const m of style.value.matchAll(DECLARATION)) {
    const [start, end] = style.valueMap.toSource(m.index!, m.index! + m[0].trimEnd().length);
    out.push({ property: m[1]!.toLowerCase(), value: m[2]!.trim(), start, end });
  }
  return out;
}

function reportValue(context: RuleContext, messageId: string, attr: HtmlAttribute, data?: Record<string, string>): void {
  const [start, end] = attr.valueStart >= 0 ? [attr.valueStart, attr.valueEnd] : [0, 0];
  context.report({ messageId, field: "body", start, end, data });
}

function describe(property: string): string {
  if (property === "color") return "font colour";
  if (property === "line-height") return "line height";
  return "font family";
}

export default rule;
