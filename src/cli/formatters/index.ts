import type { Formatter } from "../types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export type FormatterName = "stylish" | "json" | "sarif" | "github";

/** The values `--format` accepts, each with the function that renders it. */
export const FORMATTERS: Record<FormatterName, Formatter> = { stylish, json, sarif, github };
