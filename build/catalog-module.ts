/**
 * Running a phrase-catalog module as written, at build time: a catalog module imports types only and
 * exports one function that builds its catalog, so its data can be read without the library.
 */
import { basename } from "node:path";
import ts from "typescript";
import type { ConceptCatalog } from "../src/detect/phrases.js";

/** A catalog module's exported builder, by name, and the catalog it builds. */
export interface CatalogModule {
  name: string;
  catalog: ConceptCatalog<string> & Record<string, unknown>;
}

/**
 * The catalog a module of a catalog folder builds, or undefined for the other modules there (index,
 * types): the module runs as written and its one exported function is called.
 */
export function catalogModule(source: string, file: string): CatalogModule | undefined {
  if (!holdsCatalog(source, file)) return undefined;
  const js = ts.transpileModule(source, {
    fileName: basename(file),
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    throw new Error(`${file}: a catalog module may import types only, not ${name}`);
  };
  new Function("module", "exports", "require", js)(module, module.exports, require);
  const builders = Object.entries(module.exports).filter((entry): entry is [string, () => unknown] => typeof entry[1] === "function");
  if (builders.length !== 1) throw new Error(`${file}: ${builders.length} exported functions, expected the catalog's one`);
  const [name, build] = builders[0]!;
  const catalog = build() as CatalogModule["catalog"];
  if (!catalog || typeof catalog.concepts !== "object" || typeof catalog.lang !== "string") {
    throw new Error(`${file}: the exported function builds no catalog`);
  }
  return { name, catalog };
}

/** Whether the module writes a catalog: an object literal with `concepts`. */
function holdsCatalog(source: string, file: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "concepts")) found = true;
    else if (!found) ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return found;
}
