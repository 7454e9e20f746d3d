import type { LintContext } from "../types.js";
import { localeLanguage, localeRegion, marketplace, MARKETPLACE_COUNTRIES } from "./marketplaces.js";

/** Where a buyer writing this language most likely lives, for phone numbers without a country code. */
const LANGUAGE_REGION: Record<string, string> = {
  ja: "JP", ko: "KR", zh: "CN", de: "DE", fr: "FR", it: "IT", es: "ES", pt: "BR", nl: "NL", sv: "SE",
  pl: "PL", tr: "TR", ar: "SA", en: "US", hi: "IN",
};

/**
 * Regions to read domestic phone numbers in, most likely first: the marketplace's country, the
 * buyer's locale region, its language's home region, then every other marketplace country.
 */
export function phoneRegions(context: LintContext): string[] {
  const first = [
    marketplace(context.marketplace)?.country,
    localeRegion(context.buyerLocale),
    LANGUAGE_REGION[localeLanguage(context.buyerLocale) ?? ""],
  ];
  const regions: string[] = [];
  for (const r of [...first, ...MARKETPLACE_COUNTRIES]) {
    const region = r === "UK" ? "GB" : r;
    if (region && !regions.includes(region)) regions.push(region);
  }
  return regions;
}
