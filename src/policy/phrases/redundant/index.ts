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
import { zhHans } from "./zh-hans.js";
import { zhHant } from "./zh-hant.js";
import type { RedundantCatalog } from "./types.js";

/** Every redundant-message catalog; the rule compiles them once, on first use. */
export const REDUNDANT_CATALOGS: readonly RedundantCatalog[] = [en, ja, zhHans, zhHant, ko, de, fr, es, it, pt, nl, sv, pl, tr, ar];

export type { RedundantCatalog, RedundantConcept, RedundantFinding } from "./types.js";
