import type { PolicySource } from "../types.js";

type SourceRef = Omit<PolicySource, "quote" | "effective">;

/**
 * The policy texts msglint's rules rest on. Each rule cites some of these in its `meta.sources`,
 * with the quote it relies on and the date from which that text applies.
 */
export const SOURCES = {
  SPM: {
    key: "SPM",
    title: "Selling Partner API models: Messaging API model (messaging.json)",
    url: "https://github.com/amzn/selling-partner-api-models/blob/main/models/messaging-api-model/messaging.json",
    confidence: "official",
  },
  SPS: {
    key: "SPS",
    title: "Selling Partner API models: Solicitations API model (solicitations.json)",
    url: "https://github.com/amzn/selling-partner-api-models/blob/main/models/solicitations-api-model/solicitations.json",
    confidence: "official",
  },
  MUG: {
    key: "MUG",
    title: "Messaging API use case guide (Amazon, 2020)",
    url: "https://github.com/amzn/selling-partner-api-docs/blob/main/guides/use-case-guides/messaging-api/MessagingAPIUseCaseGuide.pdf",
    confidence: "official",
  },
  SOLDOC: {
    key: "SOLDOC",
    title: "Set up the Solicitations API (Amazon developer docs)",
    url: "https://developer-docs.amazon.com/sp-api/docs/set-up-the-solicitations-api",
    confidence: "official",
  },
  FAQ_US: {
    key: "FAQ-US",
    title: "Buyer-Seller Messages FAQ (Seller Central US)",
    url: "https://sellercentral.amazon.com/help/hub/reference/external/G200383320?locale=en-US",
    confidence: "official",
  },
  FAQ_US_OLD: {
    key: "FAQ-US-OLD",
    title: "Buyer-Seller Messaging frequently asked questions (Seller Central US, older version)",
    url: "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200383320&language=en_US",
    confidence: "official",
  },
  JP_BSM: {
    key: "JP-BSM",
    title: "購入者と連絡を取る (Seller Central help, Japanese)",
    url: "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=RZ5Y5YEN9J84NAC&language=ja_JP",
    confidence: "official",
  },
  BSM_SG: {
    key: "BSM-SG",
    title: "Buyer-Seller Messaging (Seller Central SG help)",
    url: "https://sellercentral.amazon.sg/gp/help/external/help.html?itemID=200389080&language=en_SG",
    confidence: "official",
  },
  FORUM_SA: {
    key: "FORUM-SA",
    title: "Change to Buyer-Seller Messaging options (Amazon announcement, Seller Forums)",
    url: "https://sellercentral.amazon.sa/seller-forums/discussions/t/127a23ce-b7d7-48d3-b3c8-be5260ac8c12",
    confidence: "official",
  },
  FORUM_UK: {
    key: "FORUM-UK",
    title: "Communication Guidelines - Permitted messages (Amazon, Seller Forums UK)",
    url: "https://sellercentral.amazon.co.uk/seller-forums/discussions/t/0280ebb5-103d-41c8-a3a8-42d13097c519",
    confidence: "official",
  },
  REV: {
    key: "REV",
    title: "Customer product reviews policies (Seller Central help G201972160)",
    url: "https://sellercentral.amazon.com/gp/help/external/G201972160",
    confidence: "official",
  },
  G1701_PDF: {
    key: "G1701-2020",
    title: "Communication guidelines, Buyer-Seller Messages (Sept 2020 policy, as copied by CCG, SON, FBZ, JS)",
    url: "https://guide.cloudcommercegroup.com/en/articles/4480212-ccp-amazon-communication-guidelines-update",
    confidence: "third-party",
  },
  ECB: {
    key: "ECB",
    title: "EcommerceBytes: the 11 styling rules of the 2020 guidelines, verbatim",
    url: "https://www.ecommercebytes.com/C/abblog/blog.pl?/comments/2020/9/1599588424.html",
    confidence: "third-party",
  },
  JS: {
    key: "JS",
    title: "Jungle Scout: Amazon updates communication guidelines",
    url: "https://www.junglescout.com/blog/amazon-updates-communication-guidelines/",
    confidence: "third-party",
  },
  ZS: {
    key: "ZS",
    title: "ZonSupport: Amazon messaging update (Sep 2020)",
    url: "https://www.zonsupport.com/amazon-messaging-update-sep-2020/",
    confidence: "third-party",
  },
  ECE: {
    key: "ECE",
    title: "eComEngine (FeedbackFive): What can I include in my emails",
    url: "https://www.ecomengine.com/help/what-can-i-include-in-my-emails",
    confidence: "third-party",
  },
  ECE2: {
    key: "ECE2",
    title: "eComEngine: Are my emails compliant with Amazon policy",
    url: "https://www.ecomengine.com/en/help/are-my-emails-compliant-with-amazon-policy",
    confidence: "third-party",
  },
  EDESK: {
    key: "EDESK",
    title: "eDesk: Amazon terms of service for seller messages (2025)",
    url: "https://www.edesk.com/blog/amazon-terms-of-service",
    confidence: "third-party",
  },
  SON: {
    key: "SON",
    title: "Sonemos: Amazon new communication guidelines for buyer-seller messages",
    url: "https://sonemos.be/amazon-new-communication-guidelines-for-buyer-seller-messages",
    confidence: "third-party",
  },
  WT: {
    key: "WT",
    title: "Wunderman Thompson: New at Amazon (2020 permitted-message list)",
    url: "https://www.wundermanthompson.com/insight/new-at-amazon",
    confidence: "third-party",
  },
  FWZ: {
    key: "FWZ",
    title: "FeedbackWhiz help: proactive messages and review gating",
    url: "https://support.feedbackwhiz.com/hc/en-us/articles/360038814973",
    confidence: "third-party",
  },
  VL: {
    key: "VL",
    title: "Viral Launch: Amazon's warning to sellers about contacting opted-out buyers (quotes Amazon's 2017 notice)",
    url: "https://viral-launch.com/blog/amazon-news-updates/amazons-warning-sellers-about-contacting-opted-out-buyers/",
    confidence: "third-party",
  },
  FF5: {
    key: "FF5",
    title: "FeedbackFive: buyer opt-out (quotes Amazon's 2017 notice)",
    url: "https://www.feedbackfive.com/blog/buyer-opt-out/",
    confidence: "third-party",
  },
  OP: {
    key: "OP",
    title: "Buyer-Seller Messages FAQ summary (2023)",
    url: "https://oliverpiroska.wixsite.com/europe-market-eu/post/buyer-seller-messages-faq",
    confidence: "third-party",
  },
  BQOOL: {
    key: "LIMIT-BQOOL",
    title: "BQool help: the daily limit for buyer-seller messages",
    url: "https://support.bqool.com/hc/en-us/articles/900000416526",
    confidence: "third-party",
  },
  SELLERLABS: {
    key: "LIMIT-SELLERLABS",
    title: "Seller Labs help: your daily limit for sending buyer-seller messages",
    url: "https://support.sellerlabs.com/en/articles/883378-your-daily-limit-for-sending-buyer-seller-messages",
    confidence: "third-party",
  },
  RAR_CN: {
    key: "RAR-CN",
    title: "Request a Review button window (2019 report, Chinese)",
    url: "http://vh455.com/article/54187",
    confidence: "third-party",
  },
  MSGDOC: {
    key: "MSGDOC",
    title: "Messaging API v1 use case guide (Amazon developer docs)",
    url: "https://developer-docs.amazon.com/sp-api/docs/messaging-api-v1-use-case-guide",
    confidence: "official",
  },
} as const satisfies Record<string, SourceRef>;

/** A citation: a source with the quote relied on and, when known, the date it applies from. */
export function cite(
  source: SourceRef,
  quote: string,
  effective?: string,
  confidence: PolicySource["confidence"] = source.confidence,
): PolicySource {
  return { ...source, confidence, quote, ...(effective ? { effective } : {}) };
}

/** Sources cited by several rules, kept here so the quotes stay identical. */
export const SOLBP = {
  key: "SOLBP",
  title: "Solicit feedback for an order (Amazon developer docs)",
  url: "https://developer-docs.amazon.com/sp-api/docs/solicit-feedback-for-an-order",
  confidence: "official",
} as const satisfies SourceRef;
