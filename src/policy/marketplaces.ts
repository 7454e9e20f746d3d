/**
 * Amazon marketplaces: the facts rules need about each one. `country` is the ISO 3166 region used
 * as the default for domestic phone numbers; `languages[0]` is the marketplace's default buyer language.
 * Marketplace ids are those of the Selling Partner API.
 */
export interface Marketplace {
  code: string;
  country: string;
  marketplaceId: string;
  /** Default language first, then the other languages the marketplace's site offers. */
  languages: readonly string[];
  /** The marketplace's Amazon domain, e.g. "amazon.co.jp". */
  domain: string;
}

const LIST: readonly Marketplace[] = [
  { code: "US", country: "US", marketplaceId: "ATVPDKIKX0DER", languages: ["en", "es"], domain: "amazon.com" },
  { code: "CA", country: "CA", marketplaceId: "A2EUQ1WTGCTBG2", languages: ["en", "fr"], domain: "amazon.ca" },
  { code: "MX", country: "MX", marketplaceId: "A1AM78C64UM0Y8", languages: ["es"], domain: "amazon.com.mx" },
  { code: "BR", country: "BR", marketplaceId: "A2Q3Y263D00KWC", languages: ["pt"], domain: "amazon.com.br" },
  { code: "UK", country: "GB", marketplaceId: "A1F83G8C2ARO7P", languages: ["en"], domain: "amazon.co.uk" },
  { code: "IE", country: "IE", marketplaceId: "A28R8C7NBKEWEA", languages: ["en"], domain: "amazon.ie" },
  { code: "DE", country: "DE", marketplaceId: "A1PA6795UKMFR9", languages: ["de", "en", "nl", "pl", "tr", "cs"], domain: "amazon.de" },
  { code: "FR", country: "FR", marketplaceId: "A13V1IB3VIYZZH", languages: ["fr", "en"], domain: "amazon.fr" },
  { code: "IT", country: "IT", marketplaceId: "APJ6JRA9NG5V4", languages: ["it", "en"], domain: "amazon.it" },
  { code: "ES", country: "ES", marketplaceId: "A1RKKUPIHCS9HS", languages: ["es", "en", "pt"], domain: "amazon.es" },
  { code: "NL", country: "NL", marketplaceId: "A1805IZSGTT6HS", languages: ["nl", "en"], domain: "amazon.nl" },
  { code: "SE", country: "SE", marketplaceId: "A2NODRKZP88ZB9", languages: ["sv", "en"], domain: "amazon.se" },
  { code: "PL", country: "PL", marketplaceId: "A1C3SOZRARQ6R3", languages: ["pl", "en"], domain: "amazon.pl" },
  { code: "BE", country: "BE", marketplaceId: "AMEN7PMS3EDWL", languages: ["fr", "nl", "en"], domain: "amazon.com.be" },
  { code: "TR", country: "TR", marketplaceId: "A33AVAJ2PDY3EV", languages: ["tr"], domain: "amazon.com.tr" },
  { code: "AE", country: "AE", marketplaceId: "A2VIGQ35RCS4UG", languages: ["ar", "en"], domain: "amazon.ae" },
  { code: "SA", country: "SA", marketplaceId: "A17E79C6D8DWNP", languages: ["ar", "en"], domain: "amazon.sa" },
  { code: "EG", country: "EG", marketplaceId: "ARBP9OOSHTCHU", languages: ["ar", "en"], domain: "amazon.eg" },
  { code: "IN", country: "IN", marketplaceId: "A21TJRUUN4KGV", languages: ["en", "hi"], domain: "amazon.in" },
  { code: "JP", country: "JP", marketplaceId: "A1VC38T7YXB528", languages: ["ja", "en", "zh"], domain: "amazon.co.jp" },
  { code: "AU", country: "AU", marketplaceId: "A39IBJ37TRP1C6", languages: ["en"], domain: "amazon.com.au" },
  { code: "SG", country: "SG", marketplaceId: "A19VAU5U5O7RUS", languages: ["en"], domain: "amazon.sg" },
  { code: "ZA", country: "ZA", marketplaceId: "AE08WJ6YKNBMC", languages: ["en"], domain: "amazon.co.za" },
];

export const MARKETPLACES: ReadonlyMap<string, Marketplace> = new Map(LIST.map((m) => [m.code, m]));
export const MARKETPLACE_CODES: ReadonlySet<string> = new Set(LIST.map((m) => m.code));
/** Every marketplace country, in the order above (used as fallback regions for phone numbers). */
export const MARKETPLACE_COUNTRIES: readonly string[] = LIST.map((m) => m.country);

export function marketplace(code: string | undefined): Marketplace | undefined {
  return code ? MARKETPLACES.get(code.toUpperCase()) : undefined;
}

/** Region of a BCP 47 locale ("ja-JP" → "JP"), if it names one. */
export function localeRegion(locale: string | undefined): string | undefined {
  const m = locale?.match(/^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i);
  return m ? m[1]!.toUpperCase() : undefined;
}

/** Primary language of a BCP 47 locale ("ja-JP" → "ja"). */
export function localeLanguage(locale: string | undefined): string | undefined {
  const m = locale?.match(/^([a-z]{2,3})\b/i);
  return m ? m[1]!.toLowerCase() : undefined;
}
