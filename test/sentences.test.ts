import { describe, expect, it } from "vitest";
import { isSpace, splitSentences } from "../src/text/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("ends a sentence at closing punctuation and at line breaks", () => {
    expect(split("Hi Tom,\nThe part ships today. It arrives Friday! OK?")).toEqual(["Hi Tom,", "The part ships today.", "It arrives Friday!", "OK?"]);
    expect(split("ご注文ありがとうございます。本日発送しました。")).toEqual(["ご注文ありがとうございます。", "本日発送しました。"]);
  });
  it("keeps titles, initials, abbreviations and decimals inside their sentence", () => {
    expect(split("Hola, Sra. Gomes: gracias. Le escribo hoy.")).toEqual(["Hola, Sra. Gomes: gracias.", "Le escribo hoy."]);
    expect(split("Dear Dr. Wagner, M. Dupont and J. Smith agree. Thanks.")).toEqual(["Dear Dr. Wagner, M. Dupont and J. Smith agree.", "Thanks."]);
    expect(split("Ciao Sig. Rizzo, versione 3.5, e.g. the new one. Bene.")).toEqual(["Ciao Sig. Rizzo, versione 3.5, e.g. the new one.", "Bene."]);
  });
  it("trims exactly what /\\s/ calls white space", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
