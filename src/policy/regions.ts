import type { LintContext } from "../types.js";
import { localeLanguage, localeRegion, marketplace, MARKETPLACE_COUNTRIES } from "./marketplaces.js";

/** Where a buyer writing this language most likely lives, for phone numbers without a country code. */
const LANGUAGE_REGION: Record<string, string> = {
  ja: "JP", ko: "KR", zh: "CN", de: "DE", fr: "FR", it: "IT", es: "ES", pt: "BR", nl: "NL", sv: "SE",
  pl: "PL", tr: "TR", ar: "SA", en: "US", hi: "IN",
};

/**
 * Regions beyond the marketplace countries whose sellers and buyers commonly write: Asian seller
 * countries, the rest of the European single market with its overseas regions (served by the European
 * marketplaces), and the Gulf states next to the AE and SA marketplaces.
 */
const SELLER_REGIONS = [
  "CN", "HK", "TW", "KR", "MO", "VN", "TH", "MY", "ID", "PH", "PK", "BD",
  "AT", "CH", "LI", "CZ", "SK", "DK", "NO", "FI", "IS", "PT", "GR", "CY", "MT", "LU", "RO", "BG", "HU",
  "SI", "HR", "LT", "LV", "EE", "GP", "MQ", "GF", "RE", "YT",
  "KW", "QA", "BH", "OM",
];

/**
 * The regions whose phone numbers msglint recognises, with or without `+CC`: the build keeps
 * libphonenumber-js metadata for these alone (see build/data-subsets.ts and docs/limits.md).
 */
export const PHONE_METADATA_REGIONS: readonly string[] = [
  ...new Set([...MARKETPLACE_COUNTRIES, ...Object.values(LANGUAGE_REGION), ...SELLER_REGIONS]),
];

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
