import { statSync } from "node:fs";
import { extname, relative, resolve, sep } from "node:path";
import { escapePath, globSync, isDynamicPattern } from "tinyglobby";
import { EXTENSIONS } from "./entries.js";
import { FileError } from "./types.js";

/** Never linted: dependencies, version control, build output, and the configuration files themselves. */
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/package.json", "**/package-lock.json", "**/tsconfig*.json", "**/msglint.config.json", "**/.msglintrc.json"];
const PATTERN = `**/*.{${EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;

/**
 * The files to lint, relative to `cwd` and sorted: each argument is a file (linted whatever its
 * name, if its type is supported), a directory (searched for supported files) or a glob.
 */
export function collectFiles(cwd: string, args: string[], ignores: string[]): string[] {
  const ignore = [...ALWAYS_IGNORED, ...ignores];
  const found = new Set<string>();
  for (const arg of args.length ? args : ["."]) {
    if (isDynamicPattern(arg)) {
      for (const f of globSync(arg, { cwd, ignore, onlyFiles: true })) if (EXTENSIONS.includes(extname(f).toLowerCase() as never)) found.add(f);
      continue;
    }
    const full = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      throw new FileError(arg, undefined, "no such file or directory");
    }
    if (stat.isDirectory()) {
      // Globbed from cwd so that configured ignores, written relative to cwd, apply.
      const dir = relative(cwd, full).split(sep).join("/");
      for (const f of globSync(dir ? `${escapePath(dir)}/${PATTERN}` : PATTERN, { cwd, ignore, onlyFiles: true })) found.add(f);
    } else {
      if (!EXTENSIONS.includes(extname(full).toLowerCase() as never)) {
        throw new FileError(arg, undefined, `unsupported file type; msglint reads ${EXTENSIONS.join(" ")}`);
      }
      found.add(relative(cwd, full) || arg);
    }
  }
  return [...found].sort();
}
