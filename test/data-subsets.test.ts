import { data as francData } from "franc-min/data.js";
import phoneMetadata from "libphonenumber-js/metadata.max.json";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { FRANC_LANGUAGES } from "../src/detect/language.js";
import { lint } from "../src/index.js";
import { PHONE_METADATA_REGIONS } from "../src/policy/regions.js";

/** The tests must run on the dependency data dist/ ships: the subsets of build/data-subsets.ts. */
describe("dependency data subsets", () => {
  it("phone metadata: the regions msglint reads numbers in, with every region sharing their calling codes", () => {
    const regions = Object.keys(phoneMetadata.countries);
    for (const region of PHONE_METADATA_REGIONS) expect(regions).toContain(region);
    expect(regions).toContain("VA"); // shares +39 with Italy
    expect(regions).not.toContain("RU");
    for (const list of Object.values(phoneMetadata.country_calling_codes)) {
      for (const region of list) expect(regions).toContain(region);
    }
  });

  it("franc: the trigram models of the languages it may be asked about, no others", () => {
    const languages = Object.values(francData).flatMap((models) => Object.keys(models));
    expect(languages.sort()).toEqual([...FRANC_LANGUAGES].sort());
  });

  it("dist/ finds the phone numbers the sources find", async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), "..");
    const dist = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as { lint: typeof lint };
    // Italy, the Vatican (also +39), a +800 number, and Russia (outside the kept regions).
    const body = "Call +39 06 1234 5678, +39 06 6988 1234, +800 1234 5678 or +7 495 123-45-67.";
    const phones = (l: typeof lint) => l({ body }, { marketplace: "JP" }).violations.filter((v) => v.messageId === "phone").map((v) => v.text);
    expect(phones(lint)).toEqual(["+39 06 1234 5678", "+39 06 6988 1234", "+800 1234 5678"]);
    expect(phones(dist.lint)).toEqual(phones(lint));
  });
});
