import { MARKETPLACES } from "./marketplaces.js";

/** Amazon's own hosts: every marketplace domain and its subdomains (www., smile., m. …). */
const AMAZON_HOST = new RegExp(
  `(?:^|\\.)(?:${[...new Set([...MARKETPLACES.values()].map((m) => m.domain)).add("amazon.cn")]
    .map((d) => d.replace(/\./g, "\\."))
    .join("|")})$`,
);
/** Amazon short links hide where they lead (often a product page). */
const AMAZON_SHORT = /^(?:amzn\.to|amzn\.eu|amzn\.asia|a\.co)$/;

/** Product detail pages: `/dp/ASIN`, `/gp/product/ASIN`, `/gp/aw/d/ASIN`, `/exec/obidos/ASIN/…`. */
const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/(?:asin|ASIN)|o\/ASIN)\/[A-Z0-9]{10}/i;
/** Storefronts and seller pages: `/stores/…`, `/shops/…`, `/s?me=…`, `/sp?seller=…`. */
const STOREFRONT_PATH = /\/(?:stores|shops)\/|[?&](?:me|seller)=|^\/sp(?:\?|$)/i;

export type AmazonLinkKind = "product" | "storefront" | "short" | "other";

/** What kind of Amazon page a link leads to, or undefined when it is not an Amazon link. */
export function amazonLinkKind(host: string, path: string): AmazonLinkKind | undefined {
  if (AMAZON_SHORT.test(host)) return "short";
  if (!AMAZON_HOST.test(host)) return undefined;
  if (PRODUCT_PATH.test(path)) return "product";
  if (STOREFRONT_PATH.test(path)) return "storefront";
  return "other";
}

/** Buyer relay aliases look like `abc123@marketplace.amazon.co.jp`. */
export function isAmazonRelayDomain(host: string): boolean {
  return /^marketplace\.amazon\.[a-z.]+$/.test(host);
}

/** Messaging apps and social networks: a link to them is also contact information. */
const SOCIAL_HOST = /(?:^|\.)(?:wa\.me|whatsapp\.com|line\.me|lin\.ee|t\.me|telegram\.me|instagram\.com|facebook\.com|fb\.com|fb\.me|m\.me|messenger\.com|twitter\.com|x\.com|tiktok\.com|weixin\.qq\.com|weibo\.com|kakao\.com|open\.kakao\.com|pf\.kakao\.com|viber\.com|discord\.gg|snapchat\.com|threads\.net|xiaohongshu\.com)$/;

export function isSocialHost(host: string): boolean {
  return SOCIAL_HOST.test(host);
}

/** URL schemes that open a messaging app: `whatsapp://send?phone=…`, `line://ti/p/…`. */
export function isMessagingScheme(scheme: string): boolean {
  return /^(?:whatsapp|line|weixin|wechat|kakaotalk|tg|telegram|viber|skype|fb-messenger|sms|facetime)$/.test(scheme);
}

export function isAllowedDomain(host: string, allowed: readonly string[]): boolean {
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}
