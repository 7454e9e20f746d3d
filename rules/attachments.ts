import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Attachment, Rule, RuleContext } from "../src/types.js";

const ID = "attachments";

/** File types whose content runs code when opened. */
const EXECUTABLE = new Set([
  "exe", "com", "bat", "cmd", "scr", "pif", "lnk", "url", "js", "jse", "vbs", "vbe", "wsf", "wsh", "msi",
  "msp", "jar", "ps1", "psm1", "sh", "app", "dll", "hta", "cpl", "reg", "apk", "dmg", "iso", "img", "scf",
  "inf", "gadget", "application", "docm", "xlsm", "pptm", "html", "htm", "svg",
]);
/** MIME types of programs and scripts. */
const EXECUTABLE_TYPE = /x-msdownload|x-executable|x-msdos-program|x-sh\b|x-bat|javascript|x-msi|vnd\.microsoft\.portable-executable|java-archive|x-ms-shortcut/i;
/** Extensions a double extension hides behind (`invoice.pdf.exe`). */
const DOCUMENT_LIKE = new Set(["pdf", "doc", "docx", "txt", "jpg", "jpeg", "png", "gif", "xls", "xlsx", "ppt", "pptx", "rtf", "odt", "zip", "csv", "mp4", "mov"]);

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Attachments: only txt, pdf, doc, docx, jpg, jpeg, png, gif; under 10,000,000 bytes in total; at most 5; never executables or double extensions; only for invoices, instructions, warranties, product images, legal documents or customization.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      allowedTypes: ["txt", "pdf", "doc", "docx", "jpg", "jpeg", "png", "gif"],
      /** Total size must stay below this many bytes. "10 MB" is not defined further; 10^7 is the stricter reading. */
      maxTotalBytes: 10_000_000,
      maxCount: 5,
      allowedPurposes: ["invoice", "instructions", "warranty", "product-image", "legal", "customization"],
    },
    messages: {
      "file-type": "{{name}}: .{{ext}} files cannot be sent; use one of {{allowed}}.",
      "no-extension": "{{name}} has no file extension; Amazon accepts only {{allowed}} files.",
      executable: "{{name}} is an executable or script file (.{{ext}}); it will be blocked and may get the account flagged.",
      "executable-type": "{{name}} is declared as {{type}}, an executable type; it will be blocked and may get the account flagged.",
      "double-extension": "{{name}} hides its real type behind a double extension (.{{inner}}.{{ext}}).",
      "too-large": "The attachments total {{total}} bytes; Amazon accepts less than {{max}} bytes per message.",
      "too-many": "{{count}} attachments; Amazon accepts at most {{max}} per message.",
      purpose: "{{name}}: attachments may only carry {{allowed}}, not \"{{purpose}}\".",
    },
    sources: [
      cite(SOURCES.MUG, "You can upload text files, PDFs, Word documents, and these image file types: .jpg, .gif, and .png. The total size of attachments must be less than 10 MB. (maxItems: 5)"),
      cite(SOURCES.BSM_SG, "You can send and receive one or more attachments (up to 10 MB) in a message."),
      cite(SOURCES.SON, "You can send proactive product instruction or warranty information emails.", undefined, "unverified"),
    ],
  },
  check(context) {
    const list = context.message.attachments ?? [];
    if (list.length === 0) return;
    list.forEach((a, i) => checkOne(context, a, i));
    const maxCount = Math.floor(context.options.maxCount as number);
    if (list.length > maxCount) {
      context.report({ messageId: "too-many", field: "attachments", attachment: maxCount, end: list[maxCount]!.name.length, data: { count: list.length, max: maxCount } });
    }
    const total = list.reduce((sum, a) => sum + (a.size ?? 0), 0);
    const maxBytes = context.options.maxTotalBytes as number;
    if (total >= maxBytes) {
      // Point at the attachment that crosses the limit.
      let running = 0;
      const at = list.findIndex((a) => (running += a.size ?? 0) >= maxBytes);
      context.report({ messageId: "too-large", field: "attachments", attachment: at, end: list[at]!.name.length, data: { total, max: maxBytes } });
    }
  },
};

function checkOne(context: RuleContext, a: Attachment, index: number): void {
  const allowed = (context.options.allowedTypes as string[]).map((t) => t.toLowerCase().replace(/^\./, ""));
  const name = a.name.trim();
  const parts = name.toLowerCase().split(".");
  const ext = parts.length > 1 ? parts[parts.length - 1]! : "";
  const inner = parts.length > 2 ? parts[parts.length - 2]! : "";
  const at = { field: "attachments" as const, attachment: index, start: 0, end: a.name.length };
  const list = allowed.map((t) => `.${t}`).join(" ");
  if (EXECUTABLE.has(ext)) {
    context.report({ ...at, messageId: "executable", data: { name: a.name, ext } });
  } else if (EXECUTABLE_TYPE.test(a.type ?? "")) {
    context.report({ ...at, messageId: "executable-type", data: { name: a.name, type: a.type! } });
  } else if (inner && DOCUMENT_LIKE.has(inner) && inner !== ext && !(allowed.includes(inner) && allowed.includes(ext))) {
    context.report({ ...at, messageId: "double-extension", data: { name: a.name, inner, ext } });
  } else if (!ext) {
    context.report({ ...at, messageId: "no-extension", data: { name: a.name, allowed: list } });
  } else if (!allowed.includes(ext)) {
    context.report({ ...at, messageId: "file-type", data: { name: a.name, ext, allowed: list } });
  }
  const purposes = context.options.allowedPurposes as string[];
  if (a.purpose !== undefined && !purposes.includes(a.purpose)) {
    context.report({ ...at, messageId: "purpose", data: { name: a.name, purpose: a.purpose, allowed: purposes.join(", ") } });
  }
}

export default rule;
