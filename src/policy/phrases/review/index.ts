import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ja } from "./ja.js";
import { ko } from "./ko.js";
import { pt } from "./pt.js";
import type { ReviewCatalog } from "./types.js";
import { zhHans } from "./zh-hans.js";
import { zhHant } from "./zh-hant.js";

/** Every review-manipulation catalog; a rule compiles them once, on first use. */
export const REVIEW_CATALOGS: readonly ReviewCatalog[] = [en, ja, zhHans, zhHant, ko, fr, es, it, pt];

export type { ReviewCatalog, ReviewConcept, ReviewFinding } from "./types.js";
