/**
 * A small first-in-first-out cache for pure, costly calls on short strings (a phone-number window, a
 * link window, a language sample). Linting on every keystroke sends the same text again and again;
 * the pieces the keystroke did not touch are answered from here. Bounded, so memory stays flat
 * however many different messages go through.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The cached value for `key`, computing and storing it on a miss. `compute` must be pure. */
  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
