import { findLinks, type FoundLink } from "../src/detect/links.js";
import { amazonLinkKind, isAllowedDomain, isSocialHost } from "../src/policy/amazon-links.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "no-external-links";

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "No links to sites outside Amazon (also hidden ones: full-width, `example[.]com`, `example dot com`, HTML href), no http links, no links to Amazon product or storefront pages. Amazon order, returns and help pages and `allowedDomains` pass.",
    docs: docsUrl(ID),
    defaultSeverity: "error",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /** Treat Amazon short links (amzn.to, a.co) as allowed. They hide their target, so off by default. */
      allowAmazonShortLinks: false,
    },
    messages: {
      "external-link": "Remove the link to {{host}}: links outside Amazon are not allowed in buyer messages.",
      "http-link": "Remove the link to {{host}}: it leads outside Amazon and is not even secure (http).",
      "obfuscated-link": "Remove the disguised link to {{host}}: a link outside Amazon is not allowed in any spelling.",
      "insecure-link": "Use https: Amazon only allows secure links (http is not secure).",
      "amazon-product-link": "Remove the link to an Amazon product page: Amazon inserts the product itself, and links to other products count as marketing.",
      "amazon-storefront-link": "Remove the link to an Amazon storefront: inviting buyers to your store counts as marketing.",
      "amazon-short-link": "Replace the short link {{host}} with the full Amazon page it leads to, so its target can be checked.",
    },
    sources: [
      cite(SOURCES.SPM, "Only links related to order completion are allowed (per message type: customization details, order delivery, Home Service calls, unexpected problem calls, the digital access key)."),
      cite(SOURCES.ECE, "You may not include external links unless they are secure working links (https, not http) necessary for order completion or links to Amazon."),
      cite(SOURCES.EDESK, "Do not include links to Amazon product detail pages or to your Amazon storefront; do not direct buyers off Amazon.", "2025-04-25"),
    ],
  },
  check(context) {
    const allowed = context.settings.allowedDomains;
    for (const field of context.texts()) {
      for (const link of findLinks(field)) {
        if (link.kind !== "url" || !link.host) continue;
        const messageId = classify(link, allowed, context.options.allowAmazonShortLinks === true);
        if (messageId) context.report({ messageId, field: field.field, start: link.start, end: link.end, data: { host: link.host } });
      }
    }
  },
};

function classify(link: FoundLink, allowed: readonly string[], allowShort: boolean): string | undefined {
  const amazon = amazonLinkKind(link.host, link.path);
  const insecure = link.scheme === "http";
  if (amazon === "product") return "amazon-product-link";
  if (amazon === "storefront") return "amazon-storefront-link";
  if (amazon === "short") return allowShort ? (insecure ? "insecure-link" : undefined) : "amazon-short-link";
  if (amazon === "other" || (isAllowedDomain(link.host, allowed) && !isSocialHost(link.host))) {
    return insecure ? "insecure-link" : undefined;
  }
  if (link.scheme && link.scheme !== "http" && link.scheme !== "https" && link.scheme !== "ftp") return undefined;
  if (link.obfuscated) return "obfuscated-link";
  return insecure ? "http-link" : "external-link";
}

export default rule;
