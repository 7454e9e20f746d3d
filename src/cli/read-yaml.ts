import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { yamlScalarLocation } from "./field-map.js";
import type { DataPath, ParsedDocument } from "./parsed-document.js";
import { FileError } from "./types.js";

/**
 * Parses YAML that starts at `base` in the file `fileText` (a whole file, or its front matter), keeping
 * the position of every node.
 */
export function parseYaml(filePath: string, fileText: string, base = 0, end = fileText.length): ParsedDocument {
  const source = fileText.slice(base, end);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineOf(fileText, base + (error.pos?.[0] ?? 0));
    throw new FileError(filePath, line, `YAML: ${error.message.split("\n")[0]}`);
  }
  const nodeAt = (path: DataPath): Node | undefined => {
    let node: unknown = doc.contents;
    for (const step of path) {
      if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(step))?.value;
      else if (isSeq(node) && typeof step === "number") node = node.items[step];
      else return undefined;
    }
    return node as Node | undefined;
  };
  return {
    value: doc.toJS(),
    offsetOf(path) {
      const node = nodeAt(path);
      if (node?.range) return base + node.range[0];
      // An unknown key: point at the key itself.
      const parent = nodeAt(path.slice(0, -1));
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
        if (isScalar(pair?.key) && pair.key.range) return base + pair.key.range[0];
      }
      return base + ((parent as Node | undefined)?.range?.[0] ?? 0);
    },
    stringLocation(path) {
      const node = nodeAt(path);
      if (!isScalar(node) || typeof node.value !== "string" || !node.range) return undefined;
      return yamlScalarLocation(fileText, String(node.type), [base + node.range[0], base + node.range[1]], node.value);
    },
  };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
