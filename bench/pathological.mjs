// Pathological inputs (see the dependency measurements): each is built to a given length.
const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const pathological = {
  "digits": (n) => repeat("1234567890", n),
  "a.a.a.": (n) => repeat("a.", n),
  "aaaa": (n) => repeat("a", n),
  "a-a-a-": (n) => repeat("a-", n),
  "http://a.a.a.": (n) => "http://" + repeat("a.", n - 7),
  "x@x@x@": (n) => repeat("x@", n),
  "a@a.a@a.": (n) => repeat("a@a.", n),
  "((((": (n) => repeat("(", n - 13) + "example.com/x",
  "1 1 1 ": (n) => repeat("1 ", n),
  "+1+1+1": (n) => repeat("+1", n),
  "(1)(1)": (n) => repeat("(1)", n),
  "1-1-1-": (n) => repeat("1-", n),
  "phone list": (n) => repeat("03-1234-5678, ", n),
  "words+dots": (n) => repeat("See the manual.pdf or example.com for v1.2.3 details. ", n),
  "ja text": (n) => repeat("ご注文ありがとうございます。商品は明日発送いたします。", n),
  "zwj chain": (n) => repeat("👨\u200D", n),
  "FE0F flood": (n) => repeat("\uFE0F", n),
  "emoji text": (n) => repeat("ok 😀 ", n),
  "review words": (n) => repeat("review feedback rating stars positive free gift remove ", n),
  "html tags": (n) => repeat("<p><b>x</b></p>", n),
  "entities": (n) => repeat("&amp;&#x1F600;", n),
  "zero-width": (n) => repeat("a\u200B", n),
  "full-width": (n) => repeat("ｅｘａｍｐｌｅ．ｃｏｍ ", n),
};
