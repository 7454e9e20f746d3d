import type { ReviewCatalog } from "./types.js";

/*
 * "Bra" is also an English word and "bra", "fin", "toppen" praise anything ("ha en bra dag"), so
 * generic praise counts only when a review noun follows closely. "Present" alone is English, so a
 * gift is matched as "en present", "presentkort" or "gåva".
 */
const REVIEW_NOUN = "(?:recension|omdöme|betyg|feedback|stjärn)";

export const sv = (): ReviewCatalog => ({
  lang: "sv",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "\\p{L}*recension(?:en|er|erna|)", "recensera\\p{L}*", "\\p{L}*omdöme(?:t|n|na|s|)", "(?:stjärn|kund|produkt|topp|)betyg(?:et|en|s|)",
      "betygsätt\\p{L}*", "betygsatt\\p{L}*", "\\p{L}*feedback", "sätt (?:ett |)betyg", "stjärnor på Amazon",
    ],
    positive: [
      "positiv(?:t|a|)", "strålande", "lysande", "utmärkt(?:a|)", "berömmande", "toppbetyg(?:et|)", "högt betyg",
      "gott (?:omdöme|betyg)", "höga betyg",
      `(?:riktigt |väldigt |mycket |)(?:bra|fin|fint|fina|god|gott|goda|härlig|härligt|snäll|snällt|toppen|super)(?=[\\p{L} -]{0,20}?${REVIEW_NOUN})`,
    ],
    topStars: [
      "(?:5|fem|4|fyra)[- ]?stjärn\\p{L}*", "(?:4|5|fyra|fem) av (?:5|fem)(?: stjärnor|)", "(?:5|fem)/(?:5|fem)",
      "högsta betyg(?:et|)", "toppbetyg(?:et|)", "full pott", "fullt betyg", "★★★★★?",
    ],
    lowStars: ["(?:1|en|ett|2|två|3|tre)[- ]?stjärn\\p{L}*", "(?:1|2|3|en|ett|två|tre) av (?:5|fem)(?: stjärnor|)"],
    thanked: [
      "tack(?: så mycket| snälla)? för (?:ditt|din|dina|er|ert|era|att)",
    ],
    contrary: [
      "eller (?:mindre|inte så|negativ(?:t|a|)|dålig(?:t|a|)|kritisk(?:t|a|))",
    ],
    contactUs: [
      "(?:kontakta|skriv till|maila|mejla|meddela) oss", "hör av (?:dig|er)",
    ],
    neutral: [
      "bra eller (?:mindre|inte så) bra",
      "positiv(?:t|a|) eller negativ(?:t|a|)", "negativ(?:t|a|) eller positiv(?:t|a|)", "både positiv(?:t|a|) och negativ(?:t|a|)",
      "positiv(?:t|a|) som negativ(?:t|a|)", "bra eller dålig(?:t|a|)", "dålig(?:t|a|) eller bra", "bra som dålig(?:t|a|)",
      "vad (?:du|ni) än tycker", "vad (?:du|ni) än (?:tyckte|tycker) om", "oavsett (?:om|vad|hur)", "ris (?:och|eller) ros",
      "ros (?:och|eller) ris", "hur (?:den|det|upplevelsen) än (?:blir|ser ut|var)", "vilken (?:den|upplevelsen) än (?:var|är)",
    ],
    ifHappy: [
      "(?:om|ifall|när) (?:du|ni) (?:är|var|har varit|blev|blivit|känner (?:dig|er)) (?:mycket |väldigt |helt |riktigt |så |)(?:nöjd|nöjda|glad|glada|förtjust|förtjusta)",
      "(?:om|ifall) (?:du|ni) (?:gillar|gillade|tyckte om|tycker om|älskar|älskade) (?:den|det|dem|produkten|varan|\\p{L}+n|\\p{L}+en|\\p{L}+et)",
      "(?:om|ifall) (?:produkten|varan|den|det|\\p{L}+n|\\p{L}+et) (?:motsvarade|motsvarar|levde upp till|lever upp till|överträffade|infriade) (?:dina|era) förväntningar",
      "(?:är|var) (?:du|ni) (?:mycket |väldigt |helt |)(?:nöjd|nöjda)(?: med (?:den|det|dem|\\p{L}+n|\\p{L}+et|\\p{L}+na)|)\\s*[?,]",
      "(?<!inte )(?:nöjd|nöjda)\\s*\\?", "(?:om|ifall) allt (?:är|var|har varit|fungerar|fungerade) (?:bra|okej|ok|till belåtenhet|som det ska)",
      "(?:om|ifall) (?:du|ni) har haft en (?:bra|positiv|god|fin) upplevelse", "gillar (?:du|ni) (?:den|det|dem)\\s*\\?",
    ],
    incentive: [
      "gratis\\p{L}*", "kostnadsfri(?:tt|a|)", "utan kostnad", "\\p{L}*rabatt\\p{L}*", "presentkort\\p{L}*", "(?:en|liten|som) present",
      "gåv(?:a|or|an|orna)", "kupong(?:er|en|erna|)", "värdekod(?:en|er|)", "återbetal\\p{L}*", "pengar(?:na|) tillbaka",
      "ersättning(?:en|)", "ersätta (?:dig|er)", "kompens\\p{L}*", "belöning(?:en|ar|)", "belöna\\p{L}*", "i utbyte",
      "i gengäld", "som tack(?: för)? (?:din|er) (?:recension|omdöme|betyg)", "bonus", "återbäring", "cashback",
      "\\d+ ?(?:kr|kronor|SEK)", "\\d+ ?% (?:på|billigare|lägre)",
    ],
    change: [
      "ta bort", "tar bort", "tog bort", "tagit bort", "tas bort", "ta ner", "radera\\p{L}*", "ändra(?:r|t|de|s|)", "ändring",
      "uppdatera\\p{L}*", "redigera\\p{L}*", "justera\\p{L}*", "revidera\\p{L}*", "dra tillbaka", "drar tillbaka",
      "återkalla\\p{L}*", "höja", "höjer", "höj", "ompröva", "omvärdera", "tänka om", "se över (?:ditt|ert|din|er) (?:betyg|omdöme|recension)",
    ],
    negative: [
      "inte (?:helt |100 ?% )?(?:perfekt|perfekta|glad|glada)",
      "negativ(?:t|a|)", "inte (?:är |var |blev |blir |)(?:helt |riktigt |fullt |)(?:nöjd|nöjda)", "missnöjd(?:a|)", "besviken", "besvikna", "besviket",
      "dålig(?:t|a|)", "(?:något|några|eventuella|ett|problem|problemet) problem(?:et|en|)", "problem med", "fel på",
      "något (?:är|var|blev|har blivit) fel", "klagomål(?:et|en|)", "kritisk(?:t|a|)", "(?:lägre|lågt|låga) betyg",
      "inte (?:som förväntat|till belåtenhet)", "reklamation",
    ],
    contactFirst: [
      "(?:kontakta|kontakta gärna|skriv till|maila|mejla|meddela) (?:oss|mig) (?:gärna |)(?:först|innan)",
      "(?:hör|hör av) (?:dig|er) (?:gärna |)(?:till oss |)(?:först|innan)", "hör av (?:dig|er) (?:till oss |)först",
      "först (?:kontakta oss|höra av (?:dig|er)|hör av (?:dig|er)|ta kontakt|kontakta|skriva till oss|meddela oss)",
      "(?:ta|tar) (?:gärna |)kontakt med oss (?:först|innan)", "ge oss (?:en |)(?:chans|möjlighet)(?:en|)",
      "låt oss (?:först |)(?:få |)(?:en chans|chansen|möjlighet(?:en|))",
    ],
    beforeReview: [
      "(?:innan|före) (?:du|ni)[\\p{L} -]{0,30}?(?:recension|omdöme|betyg|feedback|stjärn|recensera|betygsätt)\\p{L}*",
      "(?:i stället|istället) för att[\\p{L} -]{0,30}?(?:recension|omdöme|betyg|feedback|stjärn|recensera|betygsätt)\\p{L}*",
      "innan (?:ett|en|något|ditt|din|ert|er) (?:\\p{L}+ |)(?:omdöme|recension|betyg)",
    ],
  },
  neutralRequest:
    "Om du har tid skulle vi uppskatta en ärlig recension av ditt köp på Amazon, oavsett hur din upplevelse var.",
  examples: [
    { text: "Vi skulle bli så glada för fem stjärnor på Amazon!", expect: "star-rating" },
    { text: "Om du gillar lampan får du gärna ge oss ett 5-stjärnigt betyg.", expect: "star-rating" },
    { text: "Om du är nöjd med varan får du gärna lämna en recension.", expect: "positive-only" },
    { text: "Ett positivt omdöme på Amazon betyder mycket för vårt lilla företag.", expect: "positive-only" },
    { text: "Är ni nöjda med beställningen? Då blir vi glada för ett omdöme på Amazon.", expect: "positive-only" },
    { text: "Lämna en recension så skickar vi ett presentkort på 100 kr.", expect: "incentive" },
    { text: "Som tack för ditt omdöme får du 20 % rabatt på nästa köp.", expect: "incentive" },
    { text: "Skulle du kunna ta bort ditt negativa omdöme nu när problemet är löst?", expect: "change-review" },
    { text: "Vi ger dig full återbetalning om du ändrar ditt betyg till fem stjärnor.", expect: "change-review" },
    { text: "Om du inte är nöjd, kontakta oss först innan du lämnar ett omdöme.", expect: "gating" },
    { text: "Är något fel på produkten? Hör av dig till oss först i stället för att skriva en dålig recension.", expect: "gating" },
    { text: "Har du några problem, kontakta oss först. Recensionen kan vänta.", expect: "gating" },
    { text: "Om du har en stund får du gärna berätta vad du tycker i en recension på Amazon.", expect: null },
    { text: "Vi välkomnar alla omdömen, positiva eller negativa, eftersom de hjälper andra kunder.", expect: null },
    { text: "Vi har gått igenom din reklamation och återbetalningen sker inom fem dagar.", expect: null },
    { text: "Ha en bra dag, och vi blir tacksamma för en recension om du har tid.", expect: null },
    { text: "Vid frågor eller problem är du välkommen att kontakta oss via Amazon.", expect: null },
    { text: "Om ni är nöjda får ni gärna recensera oss på Amazon.", expect: "positive-only" },
    { text: "Vi har återbetalat mellanskillnaden via Amazon.", expect: null },
    { text: "Stort tack för din recension med fem stjärnor.", expect: null },
    { text: "Skriv till oss via Amazon innan du lämnar en recension.", expect: "gating" },
    { text: "Bra eller mindre bra, din ärliga recension hjälper andra köpare.", expect: null },
  ],
});
