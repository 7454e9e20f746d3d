/**
 * Data subsets cut from installed dependencies while the library is bundled (tsup) and while the tests
 * run (vitest), so the tests exercise exactly the data dist/ ships. Nothing here is committed output:
 * each subset is computed from the package in node_modules every time its module is loaded.
 *
 * - libphonenumber-js: the "max" metadata, kept for the regions msglint reads phone numbers in
 *   (src/policy/regions.ts). Without a rewrite, src/detect/phones.ts gets the whole max metadata.
 * - franc-min: its trigram models, kept for the languages src/detect/language.ts can pass to `only`.
 *   franc filters by `only` before it scores, so the other models can never change a result.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Plugin as EsbuildPlugin } from "esbuild";
import type { Plugin as VitePlugin } from "vite";
import { FRANC_LANGUAGES } from "../src/detect/language.js";
import { PHONE_METADATA_REGIONS } from "../src/policy/regions.js";

/** The dependency modules rewritten, by the end of their resolved file path. */
const PHONE_METADATA = /[\\/]libphonenumber-js[\\/]metadata\.max\.json\.js$/;
const FRANC_DATA = /[\\/]franc-min[\\/]data\.js$/;

interface PhoneMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * Max metadata restricted to whole calling codes: those of `regions`, with every region that shares one
 * (+39 is Italy and the Vatican, whose 06 698… numbers Italy's metadata rejects; +1 is 25 regions).
 * So a `+CC` number with a kept code is found exactly as with the full metadata. Global numbers
 * (+800, +808 …) stay.
 */
export function phoneMetadataSubset(full: PhoneMetadata, regions: readonly string[]): PhoneMetadata {
  const missing = regions.filter((r) => !(r in full.countries));
  if (missing.length) throw new Error(`libphonenumber-js has no metadata for ${missing.join(", ")}`);
  const codes = Object.fromEntries(
    Object.entries(full.country_calling_codes).filter(([, list]) => list.some((region) => regions.includes(region))),
  );
  const keep = new Set(Object.values(codes).flat());
  const countries = Object.fromEntries(Object.entries(full.countries).filter(([region]) => keep.has(region)));
  return { ...full, country_calling_codes: codes, countries };
}

/** franc's per-script trigram models restricted to `languages` (ISO 639-3); scripts left empty are dropped. */
export function francDataSubset(
  full: Record<string, Record<string, string>>,
  languages: readonly string[],
): Record<string, Record<string, string>> {
  const keep = new Set(languages);
  const subset: Record<string, Record<string, string>> = {};
  for (const [script, models] of Object.entries(full)) {
    const kept = Object.entries(models).filter(([lang]) => keep.has(lang));
    if (kept.length) subset[script] = Object.fromEntries(kept);
  }
  const found = new Set(Object.values(subset).flatMap((models) => Object.keys(models)));
  const missing = languages.filter((l) => !found.has(l));
  if (missing.length) throw new Error(`franc-min has no trigram model for ${missing.join(", ")}`);
  return subset;
}

/** The replacement source of a dependency module at `path`, or undefined to load it unchanged. */
export async function subsetSource(path: string): Promise<string | undefined> {
  if (PHONE_METADATA.test(path)) {
    // The .js module wraps the .json file next to it (`export default {…}`); read the JSON itself.
    const full = JSON.parse(readFileSync(path.replace(/\.js$/, ""), "utf8")) as PhoneMetadata;
    // As a string for JSON.parse: read past faster at import time than the same object written as code.
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(phoneMetadataSubset(full, PHONE_METADATA_REGIONS)))})\n`;
  }
  if (FRANC_DATA.test(path)) {
    const { data } = (await import(pathToFileURL(path).href)) as { data: Record<string, Record<string, string>> };
    return `export const data = ${JSON.stringify(francDataSubset(data, FRANC_LANGUAGES))}\n`;
  }
  return undefined;
}

/** For tsup/esbuild: rewrites the dependency data modules while bundling. */
export function esbuildDataSubsets(): EsbuildPlugin {
  return {
    name: "msglint-data-subsets",
    setup(build) {
      for (const filter of [PHONE_METADATA, FRANC_DATA]) {
        build.onLoad({ filter }, async (args) => ({ contents: await subsetSource(args.path), loader: "js" }));
      }
    },
  };
}

/** For vitest: the same rewrite (the modules must be inlined, see `SUBSET_MODULES`). */
export function viteDataSubsets(): VitePlugin {
  return {
    name: "msglint-data-subsets",
    enforce: "pre",
    async load(id) {
      return subsetSource(id.split("?")[0]!);
    },
  };
}

/** Modules vitest must run through Vite (not hand to Node) so that `viteDataSubsets` sees them. */
export const SUBSET_MODULES: RegExp[] = [PHONE_METADATA, /[\\/]franc-min[\\/]/];
