import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { jsonStringLocation } from "./field-map.js";
import type { ParsedDocument } from "./parsed-document.js";
import { lineOf } from "./read-yaml.js";
import { FileError } from "./types.js";

/** Parses a JSON file keeping the offset of every node (strict JSON: no comments, no trailing commas). */
export function parseJson(filePath: string, text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const error = errors[0];
  if (error || !root) {
    throw new FileError(filePath, lineOf(text, error?.offset ?? 0), `JSON: ${error ? printParseErrorCode(error.error) : "empty file"}`);
  }
  return {
    value: getNodeValue(root),
    offsetOf(path) {
      const node = findNodeAtLocation(root, path);
      if (node) return node.parent?.type === "property" ? node.parent.offset : node.offset;
      return findNodeAtLocation(root, path.slice(0, -1))?.offset ?? 0;
    },
    stringLocation(path) {
      const node = findNodeAtLocation(root, path);
      if (node?.type !== "string") return undefined;
      return jsonStringLocation(text.slice(node.offset, node.offset + node.length), node.offset, node.value as string);
    },
  };
}
