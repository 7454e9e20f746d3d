import type { Rule } from "../types.js";
import attachments from "../../rules/attachments.js";
import importantTag from "../../rules/important-tag.js";
import noContactInfo from "../../rules/no-contact-info.js";
import noEmoji from "../../rules/no-emoji.js";
import noExternalLinks from "../../rules/no-external-links.js";
import noMarketing from "../../rules/no-marketing.js";
import noRedundantMessage from "../../rules/no-redundant-message.js";
import orderId from "../../rules/order-id.js";
import optedOutBuyer from "../../rules/opted-out-buyer.js";
import messageType from "../../rules/message-type.js";
import reviewRequestTiming from "../../rules/review-request-timing.js";
import sendLimit from "../../rules/send-limit.js";
import buyerLanguage from "../../rules/buyer-language.js";
import htmlStyling from "../../rules/html-styling.js";
import noReviewManipulation from "../../rules/no-review-manipulation.js";
import proactiveWindow from "../../rules/proactive-window.js";

/** Every built-in rule, in the order they run. Adding a rule means adding it here. */
export const BUILT_IN_RULES: readonly Rule[] = [
  noExternalLinks,
  noContactInfo,
  noEmoji,
  noReviewManipulation,
  noMarketing,
  noRedundantMessage,
  htmlStyling,
  buyerLanguage,
  proactiveWindow,
  importantTag,
  attachments,
  orderId,
  optedOutBuyer,
  messageType,
  reviewRequestTiming,
  sendLimit,
];
