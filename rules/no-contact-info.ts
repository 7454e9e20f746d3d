import { findHandles } from "../src/detect/handles.js";
import { findLinks } from "../src/detect/links.js";
import { findPhones, MAX_PHONES } from "../src/detect/phones.js";
import { isAmazonRelayDomain, isMessagingScheme, isSocialHost } from "../src/policy/amazon-links.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { phoneRegions } from "../src/policy/regions.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { FieldText } from "../src/text/field.js";
import type { Rule } from "../src/types.js";

const ID = "no-contact-info";

/** Lines a phone number may stand in when `allowServiceNumbers` is on: warranty, carrier, manufacturer. */
const SERVICE_LINE = /warrant|guarantee|manufacturer|carrier|courier|\bdhl\b|\bups\b|fedex|\busps\b|royal mail|hermes|dpd|gls|yamato|ヤマト|佐川|日本郵便|保証|メーカー|garantie|hersteller|fabricant|transporteur|garantía|fabricante|transportista|garanzia|produttore|corriere|保修|厂家|厂商|快递|보증|제조사|택배/i;

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "No e-mail addresses (Amazon's relay aliases excepted), phone numbers (also full-width or spaced out) or messaging-app and social handles and links.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /**
       * Allow phone numbers in a sentence about a warranty, a carrier or a manufacturer. The sources
       * disagree (JS: no phone numbers; ECE: except those lines), so it is off by default.
       */
      allowServiceNumbers: false,
    },
    messages: {
      email: "Remove the e-mail address: buyers must be contacted through Amazon's messaging only.",
      phone: "Remove the phone number: buyers must be contacted through Amazon's messaging only.",
      handle: "Remove the {{app}} handle: contact through messaging apps or social networks takes buyers off Amazon.",
      "social-link": "Remove the link to {{host}}: contact through messaging apps or social networks takes buyers off Amazon.",
      "app-link": "Remove the {{scheme}}: link: it opens a phone or messaging app outside Amazon.",
      "too-many-phones": "Stopped looking for phone numbers after {{max}} in this field; the text after this point was not checked for them.",
    },
    sources: [
      cite(SOURCES.SPM, "Do not include HTML or email addresses."),
      cite(SOURCES.JS, "Sellers are not permitted to include email addresses or telephone numbers."),
      cite(SOURCES.ECE, "You may not include telephone numbers except those related to warranties, shipping providers, or manufacturers.", undefined, "third-party"),
      cite(SOURCES.BSM_SG, "Buyer-Seller Messaging is the only approved method for communicating with buyers on Amazon."),
    ],
  },
  check(context) {
    const regions = phoneRegions(context.context);
    const allowService = context.options.allowServiceNumbers === true;
    for (const field of context.texts()) {
      const links = findLinks(field);
      for (const link of links) {
        if (link.kind === "email" && !isAmazonRelayDomain(link.host)) {
          context.report({ messageId: "email", field: field.field, start: link.start, end: link.end });
        } else if (link.kind === "url" && link.scheme === "tel") {
          context.report({ messageId: "phone", field: field.field, start: link.start, end: link.end });
        } else if (link.kind === "url" && isMessagingScheme(link.scheme)) {
          context.report({ messageId: "app-link", field: field.field, start: link.start, end: link.end, data: { scheme: link.scheme } });
        } else if (link.kind === "url" && isSocialHost(link.host)) {
          context.report({ messageId: "social-link", field: field.field, start: link.start, end: link.end, data: { host: link.host } });
        }
      }
      const phones = findPhones(field, regions);
      if (phones.length >= MAX_PHONES) {
        const last = phones[phones.length - 1]!;
        context.report({ messageId: "too-many-phones", severity: "info", field: field.field, start: last.end, end: last.end, data: { max: MAX_PHONES } });
      }
      for (const phone of phones) {
        // Digits inside a link (wa.me/81…) are reported with the link.
        if (links.some((l) => l.kind === "url" && l.start <= phone.start && phone.end <= l.end)) continue;
        if (allowService && inServiceLine(field, phone.start)) continue;
        context.report({ messageId: "phone", field: field.field, start: phone.start, end: phone.end });
      }
      for (const handle of findHandles(field)) {
        // "WhatsApp: wa.me/…" is one finding, the link's.
        if (links.some((l) => l.start < handle.end && handle.start < l.end)) continue;
        context.report({ messageId: "handle", field: field.field, start: handle.start, end: handle.end, data: { app: handle.app ?? "social" } });
      }
    }
  },
};

function inServiceLine(field: FieldText, start: number): boolean {
  const text = field.original;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", start);
  return SERVICE_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

export default rule;
