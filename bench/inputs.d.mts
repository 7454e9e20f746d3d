/** The fixed benchmark inputs (see inputs.mjs). */
export interface BenchInput {
  name: string;
  message: { body: string; subject?: string; format?: "text" | "html" };
  context: Record<string, unknown>;
}
export declare const shortEnglish: BenchInput;
export declare const japanese500: BenchInput;
export declare const english500: BenchInput;
export declare const german2000: BenchInput;
export declare const html3k: BenchInput;
/** A realistic long body of `length` characters: the English, Japanese and German messages in turn. */
export declare function realisticBody(length: number): string;
