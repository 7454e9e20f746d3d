import type { FieldText } from "../text/field.js";
import type { LintTiming } from "../types.js";

// A global in browsers and in Node (not a Node built-in import); declared here because the core is
// compiled without DOM or Node types.
declare const performance: { now(): number };

/**
 * Measures one lint for the `timing` option. It exists only when the option is on, so a normal lint
 * reads no clock and runs through no wrapper.
 *
 * Times are exclusive: a shared computation (normalization, a detector) is counted once under its memo
 * key, and not also in the time of the rule that happened to ask for it first. The same holds between
 * memo computations (`normalized` does not include `visible`, which it reads).
 */
export class LintTimer {
  private readonly rules: Record<string, number> = {};
  private readonly shared: Record<string, number> = {};
  private readonly startedAt = performance.now();
  /** Time spent in measurements nested inside each open one, to be subtracted from it. */
  private readonly nested: number[] = [];

  /** Runs a rule's check and charges its own time to the rule. */
  rule<T>(id: string, run: () => T): T {
    return this.measure(this.rules, id, run);
  }

  /** Makes every memo computation of `field` charge its time to its memo key. */
  watch(field: FieldText): void {
    const memo = field.memo.bind(field);
    // An own property shadows the class method, so getters and detectors calling `field.memo` go through it;
    // `compute` runs only on a cache miss, so only real work is timed.
    // Parameterized keys ("phones:JP,US") are summed under their name ("phones").
    field.memo = <V>(key: string, compute: () => V): V => memo(key, () => this.measure(this.shared, key.split(":", 1)[0]!, compute));
  }

  result(): LintTiming {
    return { rules: this.rules, memo: this.shared, total: performance.now() - this.startedAt };
  }

  private measure<T>(into: Record<string, number>, key: string, run: () => T): T {
    const start = performance.now();
    this.nested.push(0);
    try {
      return run();
    } finally {
      const elapsed = performance.now() - start;
      const inner = this.nested.pop()!;
      into[key] = (into[key] ?? 0) + elapsed - inner;
      const depth = this.nested.length;
      if (depth > 0) this.nested[depth - 1]! += elapsed;
    }
  }
}
