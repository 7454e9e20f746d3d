import type { ReviewCatalog } from "./types.js";

/*
 * "Beoordeling" is also the internal assessment of a return or claim ("na beoordeling van uw retour"),
 * so it does not count after "na" or when it names such an assessment. Generic praise ("goede",
 * "mooie", "top") counts only when a review noun follows closely: "een goede dag" is no verdict.
 */
const REVIEW_NOUN = "(?:review|recensie|beoordeling|feedback|score|sterren|waardering)";

export const nl = (): ReviewCatalog => ({
  lang: "nl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "reviews?", "reviewtjes?", "reviewen", "\\p{L}*recensies?",
      "(?<!na (?:de |onze |een |zorgvuldige |))(?:product|klant|klanten|amazon|sterren|verkopers?|winkel)?beoordeling(?:en)?(?! van (?:uw|je|jouw|de|het) (?:retour|klacht|claim|aanvraag|verzoek|schade|garantie|melding|zaak|situatie)\\p{L}*)",
      "\\p{L}*feedback", "sterrenwaardering(?:en)?", "(?:klant|product)waardering(?:en)?",
      "beoordeel (?:ons|het|de|onze|uw|je|jouw)", "beoordeelt u",
      "(?:ons|het product|het artikel|de aankoop|uw aankoop|je aankoop|jouw aankoop|onze winkel|onze service|de verkoper|uw bestelling|je bestelling) (?:op Amazon |)(?:te |)beoordelen",
      "(?:goed|positief|hoog|eerlijk|slecht|negatief|laag) (?:te |)(?:beoordelen|waarderen)",
    ],
    positive: [
      "positie(?:f|ve|ver)", "lovende?", "uitstekende?", "enthousiaste", "topreviews?", "topscore",
      "hoge (?:score|beoordeling|waardering|cijfer)", "(?:goed|positief|hoog) (?:te |)(?:beoordelen|waarderen)",
      `(?:heel |zeer |erg |)(?:goede|mooie|fijne|leuke|geweldige|prachtige|top|super|toffe|knappe)(?=[\\p{L} -]{0,20}?${REVIEW_NOUN})`,
    ],
    topStars: [
      "(?:5|vijf|4|vier)[- ]?sterr?(?:en|)(?:-?review|-?recensie|-?beoordeling|-?waardering|)(?:s|en|)",
      "(?:4|5|vier|vijf) (?:van de|uit|op) (?:5|vijf)(?: sterren|)", "(?:5|vijf)/(?:5|vijf)",
      "volle (?:score|punten|sterren)", "maximale (?:score|waardering|beoordeling)", "hoogste (?:score|beoordeling|waardering)",
      "★★★★★?",
    ],
    lowStars: [
      "(?:1|één|een|2|twee|3|drie)[- ]?sterr?(?:en|)(?:-?review|-?recensie|-?beoordeling|-?waardering|)(?:s|en|)",
    ],
    thanked: [
      "(?:bedankt|dank ?je(?: wel)?|dank ?u(?: wel)?|hartelijk dank)(?: \\p{L}+)? voor (?:uw|je|jouw|de|het)",
    ],
    contrary: [
      "of (?:minder|niet zo|negatie(?:f|ve)|slecht\\p{L}*|kritisch\\p{L}*)",
    ],
    contactUs: [
      "(?:neem|neemt|nemen) (?:u |je |jullie )?(?:dan |gerust |alstublieft |even )?contact (?:met ons )?op", "contact met ons op", "(?:stuur|mail|contacteer|bel) ons", "laat (?:het )?ons (?:even )?weten",
    ],
    neutral: [
      "positie(?:f|ve) of (?:minder|niet zo) positie(?:f|ve)",
      "positie(?:f|ve) (?:of|en|als|dan wel) (?:ook |)negatie(?:f|ve)", "negatie(?:f|ve) (?:of|en|dan wel) (?:ook |)positie(?:f|ve)",
      "zowel positie(?:f|ve) als negatie(?:f|ve)", "goed of (?:slecht|minder goed|fout)", "slecht of goed",
      "hoe dan ook", "wat (?:uw|je|jouw) (?:ervaring|mening|oordeel) ook (?:is|was|mag zijn)", "ongeacht (?:of|hoe|wat|uw|je)",
      "lof (?:of|en) kritiek", "kritiek (?:of|en) lof", "of (?:die|deze|het|ze) nu positief", "positief of niet",
      "goed,? slecht of",
    ],
    ifHappy: [
      "(?:als|indien|wanneer|mits|zolang) (?:u|je|jij|jullie) (?:erg |zeer |heel |helemaal |echt |volledig |)(?:tevreden|blij|enthousiast)",
      "(?:als|indien|wanneer) (?:u|je|jij|jullie) (?:met|over) (?:het|de|uw|je|jouw|ons|onze|dit|deze) \\p{L}+ (?:erg |zeer |heel |helemaal |echt |)(?:tevreden|blij|enthousiast)",
      "(?:als|indien|wanneer) (?:u|je|jij|jullie) (?:er|ermee|erover) (?:erg |zeer |heel |helemaal |)(?:tevreden|blij|enthousiast)",
      "(?:mocht|mochten) (?:u|je|jij|jullie) (?:erg |zeer |heel |helemaal |)(?:tevreden|blij|enthousiast)",
      "(?:bent u|ben je|zijn jullie|was u|was je) (?:erg |zeer |heel |helemaal |)(?:tevreden|blij)(?: met (?:het|de|uw|je|jouw|ons|onze) \\p{L}+|)\\s*[?,]",
      "(?<!niet )tevreden\\s*\\?",
      "(?:als|indien|wanneer) (?:het|hij|ze|de \\p{L}+|het \\p{L}+|uw \\p{L}+|je \\p{L}+|ons \\p{L}+|onze \\p{L}+) (?:u|je|jou|jullie) (?:goed |)(?:bevalt|bevallen is|is bevallen|aanstaat|aanspreekt)",
      "bevalt (?:het|hij|ze|de \\p{L}+|het \\p{L}+|uw \\p{L}+|je \\p{L}+)(?: u| je| jullie|)(?: goed|)\\s*[?,]",
      "(?:als|indien|wanneer) (?:u|je|jij) (?:het|hem|ze|de \\p{L}+|het \\p{L}+|uw \\p{L}+|je \\p{L}+) (?:leuk|mooi|fijn|goed|prettig|geweldig) (?:vindt|vond|vind)(?! om)",
      "(?:als|indien|wanneer) (?:het|hij|ze|de \\p{L}+|het \\p{L}+|uw \\p{L}+|je \\p{L}+) (?:aan |)(?:uw|je|jouw) verwachtingen (?:voldoet|voldeed|heeft voldaan|heeft overtroffen|overtrof)",
      "(?:als|indien|wanneer) alles (?:goed|naar wens|in orde|prima|naar tevredenheid) (?:is|was|verlopen is|is verlopen|verliep)",
      "(?:als|indien|wanneer) (?:u|je|jij) een (?:goede|fijne|positieve|prettige) ervaring",
    ],
    incentive: [
      "gratis\\p{L}*", "kosteloos", "kosteloze", "cadeau\\p{L}*", "\\p{L}*cadeautje", "presentje", "geschenk\\p{L}*",
      "waardebon\\p{L}*", "tegoedbon\\p{L}*", "cadeaubon\\p{L}*", "kortingscode\\p{L}*", "korting\\p{L}*", "coupon\\p{L}*",
      "terugbetal\\p{L}*", "(?:betalen|betaal|betaalt|storten|stort) [\\p{L}\\d€ ]{1,40}?terug", "terug te betalen", "terugbetaald", "restitutie", "geld terug", "vergoed(?:en|t|ing|ingen)?",
      "beloning(?:en)?", "belonen", "in ruil", "als tegenprestatie", "als bedankje", "cashback", "compensatie", "compenseren",
      "bonus", "€ ?\\d+", "\\d+(?:[.,]\\d+)? ?(?:€|euro)", "\\d+ ?% (?:op|minder|goedkoper|voordeel)",
    ],
    change: [
      "verwijder(?:en|d|t|)", "te verwijderen", "weghalen", "weg te halen", "wijzig(?:en|t|)", "te wijzigen", "gewijzigd",
      "aanpassen", "aanpast", "aan te passen", "pas (?:uw|je|jouw|de|het) (?:review|recensie|beoordeling|feedback) aan", "intrekken",
      "in te trekken", "ingetrokken", "trek (?:uw|je|jouw|de|het) (?:review|recensie|beoordeling|feedback) in", "veranderen",
      "te veranderen", "bijwerken", "bij te werken", "herzien", "te herzien", "bewerken", "te bewerken", "verhogen",
      "te verhogen", "heroverwegen", "te heroverwegen", "corrigeren", "te corrigeren", "herschrijven",
    ],
    negative: [
      "niet (?:helemaal |100 ?% )?(?:perfect|blij)",
      "negatie(?:f|ve|ver)", "niet (?:helemaal |geheel |volledig |100 ?% |)tevreden", "ontevreden\\p{L}{0,2}",
      "teleurgesteld\\p{L}{0,2}", "teleurstelling", "slecht\\p{L}{0,2}", "problemen", "probleem", "klacht(?:en)?",
      "kritisch\\p{L}{0,2}", "iets mis", "niet naar wens", "niet in orde", "minder dan (?:5|vijf)", "mankement(?:en)?",
      "defect\\p{L}{0,2}", "bevalt (?:het|hij|ze) (?:u |je |)niet",
    ],
    contactFirst: [
      "(?:neem|neemt|nemen) (?:u |je |jullie |)(?:dan |gerust |alstublieft |aub |a\\.u\\.b\\. |)(?:eerst|allereerst|vooraf|eerst even|even eerst) (?:even |)contact",
      "(?:eerst|allereerst|vooraf|eerst even) (?:contact met ons|met ons contact|met ons|bij ons|ons) (?:op te nemen|opnemen|op|te contacteren|contacteren|te laten weten|laten weten|te informeren|informeren|te mailen|mailen|te benaderen)",
      "(?:stuur|mail|bericht|contacteer|informeer|laat|bel) (?:ons|het ons) (?:dan |gerust |alstublieft |even |)(?:eerst|allereerst|vooraf)",
      "(?:meld|meldt|meld u|meld je) (?:het|dit|u|je|)(?: |)(?:dan |)(?:eerst|allereerst) (?:bij|aan) ons",
      "(?:ons|contact met ons) (?:dan |)(?:eerst|allereerst|vooraf) (?:te |)(?:contacteren|informeren|laten weten|benaderen|opnemen|berichten|mailen)",
      "geef (?:ons|ons eerst|ons dan) (?:de |een |)(?:kans|gelegenheid|mogelijkheid)",
    ],
    beforeReview: [
      "(?:voordat|alvorens|eer) (?:u|je|jij|jullie)[\\p{L} -]{0,30}?(?:review|recensie|beoordel|feedback|sterren|waardering)\\p{L}*",
      "(?:voor|vóór) het (?:plaatsen|schrijven|achterlaten|geven|posten|publiceren) van[\\p{L} -]{0,25}?(?:review|recensie|beoordeling|feedback|sterren)\\p{L}*",
      "(?:in plaats van|i\\.p\\.v\\.|ipv)[\\p{L} -]{0,30}?(?:review|recensie|beoordel|feedback|sterren)\\p{L}*",
    ],
  },
  neutralRequest:
    "Als u even tijd heeft, stellen we een eerlijke review van uw aankoop op Amazon zeer op prijs, wat uw ervaring ook was.",
  examples: [
    { text: "Wij zouden erg blij zijn met 5 sterren op Amazon.", expect: "star-rating" },
    { text: "Bevalt de lamp? Laat dan een vijfsterrenreview achter!", expect: "star-rating" },
    { text: "Als je tevreden bent met de kussens, laat dan een review achter.", expect: "positive-only" },
    { text: "Een positieve beoordeling op Amazon helpt ons kleine bedrijf enorm.", expect: "positive-only" },
    { text: "Bent u tevreden met uw bestelling? Dan horen we graag uw feedback op Amazon.", expect: "positive-only" },
    { text: "Voor een review met 5 sterren sturen wij u een cadeaubon van € 10.", expect: "incentive" },
    { text: "Na het plaatsen van uw recensie ontvangt u 15% korting op uw volgende bestelling.", expect: "incentive" },
    { text: "Zou u uw review van 1 ster willen verwijderen nu het probleem is opgelost?", expect: "change-review" },
    { text: "Wij betalen het volledige bedrag terug als u uw negatieve beoordeling aanpast.", expect: "change-review" },
    { text: "Neem alstublieft eerst contact met ons op voordat u een negatieve review schrijft.", expect: "gating" },
    { text: "Niet tevreden? Laat het ons dan eerst weten, in plaats van een slechte recensie te plaatsen.", expect: "gating" },
    { text: "Mocht er iets mis zijn, neem dan eerst contact op. Een beoordeling is daarna altijd nog mogelijk.", expect: "gating" },
    { text: "Als je het leuk vindt om je ervaring te delen, kun je een review schrijven op Amazon.", expect: null },
    { text: "Uw eerlijke mening, positief of negatief, helpt andere klanten bij hun keuze via een review.", expect: null },
    { text: "Na beoordeling van uw retour ontvangt u binnen drie werkdagen een terugbetaling.", expect: null },
    { text: "Wij hebben de korting op deze bestelling via Amazon terugbetaald.", expect: null },
    { text: "Wij wensen u een goede dag en horen graag uw eerlijke review op Amazon.", expect: null },
    { text: "Bij vragen of problemen kunt u altijd contact met ons opnemen via Amazon.", expect: null },
    { text: "Wij hebben uw retour ontvangen en het bedrag terugbetaald.", expect: null },
    { text: "Hartelijk bedankt voor uw positieve review!", expect: null },
    { text: "Bedankt voor uw aankoop, we zouden 5 sterren erg waarderen.", expect: "star-rating" },
    { text: "Neem contact met ons op voordat u een review schrijft.", expect: "gating" },
    { text: "Positief of minder positief, elke eerlijke recensie helpt andere kopers.", expect: null },
  ],
});
