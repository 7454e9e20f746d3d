import { describe, expect, it } from "vitest";
import { lint, MARKETPLACES } from "../src/index.js";
import type { LintContext } from "../src/types.js";

/**
 * A landline and a mobile number of every marketplace country, as written at home and from abroad.
 * The phone metadata is cut down to the regions msglint reads numbers in (build/data-subsets.ts); these
 * cases fail when a marketplace country falls out of it.
 */
const NUMBERS: Record<string, { national: string; international: string }[]> = {
  US: [{ national: "(212) 736-3100", international: "+1 212 736 3100" }, { national: "(201) 555-0123", international: "+1 201 555 0123" }],
  CA: [{ national: "(604) 681-2111", international: "+1 604 681 2111" }, { national: "(506) 234-5678", international: "+1 506 234 5678" }],
  MX: [{ national: "55 5123 4567", international: "+52 55 5123 4567" }, { national: "222 123 4567", international: "+52 222 123 4567" }],
  BR: [{ national: "(11) 3456-7890", international: "+55 11 3456-7890" }, { national: "(11) 96123-4567", international: "+55 11 96123 4567" }],
  UK: [{ national: "020 7946 0958", international: "+44 20 7946 0958" }, { national: "07400 123456", international: "+44 7400 123456" }],
  IE: [{ national: "01 234 5678", international: "+353 1 234 5678" }, { national: "085 012 3456", international: "+353 85 012 3456" }],
  DE: [{ national: "030 12345678", international: "+49 30 12345678" }, { national: "01512 3456789", international: "+49 1512 3456789" }],
  FR: [{ national: "01 42 68 53 00", international: "+33 1 42 68 53 00" }, { national: "06 12 34 56 78", international: "+33 6 12 34 56 78" }],
  IT: [{ national: "06 6988 1234", international: "+39 06 6988 1234" }, { national: "312 345 6789", international: "+39 312 345 6789" }],
  ES: [{ national: "912 34 56 78", international: "+34 912 34 56 78" }, { national: "612 34 56 78", international: "+34 612 34 56 78" }],
  NL: [{ national: "020 123 4567", international: "+31 20 123 4567" }, { national: "06 12345678", international: "+31 6 12345678" }],
  SE: [{ national: "08-123 456 78", international: "+46 8 123 456 78" }, { national: "070-123 45 67", international: "+46 70 123 45 67" }],
  PL: [{ national: "22 123 45 67", international: "+48 22 123 45 67" }, { national: "512 345 678", international: "+48 512 345 678" }],
  BE: [{ national: "02 512 34 56", international: "+32 2 512 34 56" }, { national: "0450 00 12 34", international: "+32 450 00 12 34" }],
  TR: [{ national: "0212 345 67 89", international: "+90 212 345 67 89" }, { national: "0501 234 56 78", international: "+90 501 234 56 78" }],
  AE: [{ national: "04 234 5678", international: "+971 4 234 5678" }, { national: "050 123 4567", international: "+971 50 123 4567" }],
  SA: [{ national: "011 234 5678", international: "+966 11 234 5678" }, { national: "051 234 5678", international: "+966 51 234 5678" }],
  EG: [{ national: "02 2345 6789", international: "+20 2 2345 6789" }, { national: "010 01234567", international: "+20 10 01234567" }],
  IN: [{ national: "022 2345 6789", international: "+91 22 2345 6789" }, { national: "081234 56789", international: "+91 81234 56789" }],
  JP: [{ national: "03-1234-5678", international: "+81 3-1234-5678" }, { national: "090-1234-5678", international: "+81 90 1234 5678" }],
  AU: [{ national: "(02) 9876 5432", international: "+61 2 9876 5432" }, { national: "0412 345 678", international: "+61 412 345 678" }],
  SG: [{ national: "6123 4567", international: "+65 6123 4567" }, { national: "8123 4567", international: "+65 8123 4567" }],
  ZA: [{ national: "021 123 4567", international: "+27 21 123 4567" }, { national: "071 123 4567", international: "+27 71 123 4567" }],
};

/** Where many sellers write from: their numbers are found at home (by the buyer's locale) and from abroad. */
const SELLER_NUMBERS: Record<string, { locale: string; national: string; international: string }> = {
  CN: { locale: "zh-CN", national: "010 1234 5678", international: "+86 10 1234 5678" },
  HK: { locale: "zh-HK", national: "2123 4567", international: "+852 2123 4567" },
  TW: { locale: "zh-TW", national: "02 2345 6789", international: "+886 2 2345 6789" },
  KR: { locale: "ko-KR", national: "02-123-4567", international: "+82 2-123-4567" },
};

function phonesIn(body: string, context: LintContext): string[] {
  return lint({ body }, context)
    .violations.filter((v) => v.ruleId === "no-contact-info" && v.messageId === "phone")
    .map((v) => body.slice(v.start, v.end));
}

describe("phone numbers of every marketplace country", () => {
  it("has numbers for every marketplace", () => {
    expect(Object.keys(NUMBERS).sort()).toEqual([...MARKETPLACES.keys()].sort());
  });
  for (const [code, numbers] of Object.entries(NUMBERS)) {
    // From abroad: read in a marketplace whose domestic format it is not.
    const elsewhere = code === "JP" ? "US" : "JP";
    for (const { national, international } of numbers) {
      it(`${code}: ${national} in its marketplace`, () => {
        expect(phonesIn(`Please call us on ${national} if anything is wrong.`, { marketplace: code })).toEqual([national]);
      });
      it(`${code}: ${international} in marketplace ${elsewhere}`, () => {
        expect(phonesIn(`Please call us on ${international} if anything is wrong.`, { marketplace: elsewhere })).toEqual([international]);
      });
    }
  }
});

describe("phone numbers of the regions sellers write from", () => {
  for (const [region, { locale, national, international }] of Object.entries(SELLER_NUMBERS)) {
    it(`${region}: ${national} to a buyer of locale ${locale}`, () => {
      expect(phonesIn(`Call ${national} please.`, { marketplace: "US", buyerLocale: locale })).toEqual([national]);
    });
    it(`${region}: ${international} in any marketplace`, () => {
      expect(phonesIn(`Call ${international} please.`, { marketplace: "DE" })).toEqual([international]);
    });
  }
});
