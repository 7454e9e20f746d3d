/** Builders of hostile inputs of a given length (see pathological.mjs). */
export declare const pathological: Record<string, (length: number) => string>;
