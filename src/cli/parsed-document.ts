import type { FieldLocation } from "./types.js";

export type DataPath = (string | number)[];

/** A parsed JSON or YAML document that can say where each of its values stands in the file. */
export interface ParsedDocument {
  value: unknown;
  /** File offset of the value at `path`, or of the key when the last step names an unknown key. */
  offsetOf(path: DataPath): number;
  /** Where the string at `path` stands, with its map when the string maps one to one onto the file. */
  stringLocation(path: DataPath): FieldLocation | undefined;
}
