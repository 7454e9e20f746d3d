import type { Rule } from "../types.js";
import noReviewManipulation from "../../rules/no-review-manipulation.js";

/** Every built-in rule, in the order they run. Adding a rule means adding it here. */
export const BUILT_IN_RULES: readonly Rule[] = [
  noReviewManipulation,
];
