import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ja } from "./ja.js";
import { ko } from "./ko.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { sv } from "./sv.js";
import { tr } from "./tr.js";
import type { ReviewCatalog } from "./types.js";
import { zhHans } from "./zh-hans.js";
import { zhHant } from "./zh-hant.js";

/** Every review-manipulation catalog; a rule compiles them once, on first use. */
export const REVIEW_CATALOGS: readonly ReviewCatalog[] = [en, ja, zhHans, zhHant, ko, de, fr, es, it, pt, nl, sv, pl, tr, ar];

export type { ReviewCatalog, ReviewConcept, ReviewFinding } from "./types.js";
