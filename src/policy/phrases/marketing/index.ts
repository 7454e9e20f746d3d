import { withKeyTables } from "../key-tables.js";
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
import type { MarketingCatalog } from "./types.js";

let built: readonly MarketingCatalog[] | undefined;

/**
 * Every marketing catalog, built on the first call (the rule compiles them once, on first
 * use). Each catalog is a function so that importing msglint does not build them: as object literals,
 * the catalogs of the three kinds were most of what importing msglint cost. Each carries the keys of
 * its terms when the build chose them in advance (../key-tables.ts).
 */
export function marketingCatalogs(): readonly MarketingCatalog[] {
  return (built ??= withKeyTables("marketing", [en, ja, zhHans, zhHant, ko, de, fr, es, it, pt, nl, sv, pl, tr, ar].map((build) => build())));
}

export type { MarketingCatalog, MarketingConcept, MarketingFinding } from "./types.js";
