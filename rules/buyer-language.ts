import { guessLanguage, LATIN_LANGUAGES, vouches } from "../src/detect/language.js";
import { docsUrl } from "../src/policy/docs-url.js";
import { localeLanguage, marketplace } from "../src/policy/marketplaces.js";
import { cite, SOURCES } from "../src/policy/sources.js";
import type { Rule } from "../src/types.js";

const ID = "buyer-language";

const NAMES: Record<string, string> = {
  en: "English", de: "German", fr: "French", es: "Spanish", it: "Italian", pt: "Portuguese", nl: "Dutch",
  pl: "Polish", sv: "Swedish", tr: "Turkish", cs: "Czech", ar: "Arabic", hi: "Hindi", ru: "Russian",
  ja: "Japanese", zh: "Chinese", ko: "Korean", "zh-or-ja": "Chinese or Japanese",
};
/** Characters of the expected CJK script that make a message written in it, whatever else it holds. */
const OWN_SCRIPT_MIN = 5;
const nameOf = (lang: string) => NAMES[lang] ?? lang;

const rule: Rule = {
  meta: {
    id: ID,
    description:
      "Messages must be written in the buyer's language of preference: the language of context.buyerLocale (what the SP-API's GetAttributes returns), else the marketplace's default language. Text too short to judge is left alone.",
    docs: docsUrl(ID),
    defaultSeverity: "warning",
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    defaultOptions: {
      /**
       * How close (0-1) the expected language's score may come to the best one and still pass:
       * on short Latin text neighbours (Spanish/Portuguese, Dutch/German) score alike.
       */
      margin: 0.05,
    },
    messages: {
      "wrong-language": "This message is written in {{found}}, but the buyer's language is {{expected}} ({{why}}); write it in {{expected}}.",
    },
    sources: [
      cite(SOURCES.SPM, "The text must be written in the buyer's language of preference, which can be retrieved from the GetAttributes operation."),
      cite(SOURCES.ZS, "Three key rules applicable to all messages: … written in the buyer's language of preference.", "2020-11-03"),
      cite(SOURCES.FAQ_US, "Amazon templates are automatically translated into the default language of your buyer's store."),
    ],
  },
  check(context) {
    const c = context.context;
    const market = c.marketplace ? marketplace(c.marketplace) : undefined;
    const locale = localeLanguage(c.buyerLocale);
    const expected = locale ?? market?.languages[0];
    if (!expected) return;
    // Without the buyer's own choice, any language of the marketplace may be theirs.
    const accepted = new Set(locale ? [locale] : market!.languages);
    const body = context.text("body");
    if (!body) return;
    const candidates = [...new Set([...accepted, ...LATIN_LANGUAGES])].filter((l) => LATIN_LANGUAGES.includes(l));
    const guess = guessLanguage(body, candidates, [...accepted]);
    if (!guess || accepted.has(guess.lang)) return;
    if (guess.lang === "zh-or-ja" && (accepted.has("zh") || accepted.has("ja"))) return;
    // A Japanese, Korean or Chinese message full of Latin product names is still written in its own
    // script: a sentence's worth of it is enough.
    const { kana, hangul, han } = guess.scripts;
    if ((accepted.has("ja") && kana >= OWN_SCRIPT_MIN) || (accepted.has("ko") && hangul >= OWN_SCRIPT_MIN) ||
        (accepted.has("zh") && han >= OWN_SCRIPT_MIN && kana < OWN_SCRIPT_MIN && hangul < OWN_SCRIPT_MIN)) return;
    const margin = context.options.margin as number;
    const words = guess.functionWords;
    for (const lang of accepted) {
      if ((guess.scores.get(lang) ?? 0) >= 1 - margin) return;
      // franc drifts on short text; the expected language's own function words or letters overrule it.
      if (vouches(words, lang) || (guess.distinctiveLetters.get(lang) ?? 0) >= 1) return;
    }
    // Name the language the function words point to when they disagree with franc.
    const byWords = [...words].sort((a, b) => b[1] - a[1])[0];
    const foundLang = byWords && vouches(words, byWords[0]) && byWords[1] > (words.get(guess.lang) ?? 0) ? byWords[0] : guess.lang;
    const original = body.original;
    const start = original.length - original.trimStart().length;
    const end = original.trimEnd().length;
    context.report({
      messageId: "wrong-language",
      field: "body",
      start,
      end: Math.max(start, end),
      data: {
        found: nameOf(foundLang),
        expected: nameOf(expected),
        why: locale ? `buyerLocale ${c.buyerLocale}` : `default of marketplace ${market!.code}`,
      },
    });
  },
};

export default rule;
