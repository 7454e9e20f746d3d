import type { MarketingCatalog } from "./types.js";

/*
 * "Onze nieuwe …" is only a product when it is not a service noun ("onze nieuwe vervoerder", "onze
 * nieuwe handleiding"). "Aanbieding" alone is also an offer of a partial refund, so only its
 * promotional forms count. `buy` holds only forms that point at a purchase still to come: "gekocht"
 * and "bestelling" name the order at hand, which a manual on "onze website" may well be about.
 * "Bekijk" is mostly "look at the attached photo" or "the video on onze website", so it counts only
 * before the seller's own things. "Buiten Amazon" alone is also "we may not contact you outside
 * Amazon", so it needs buying nearby.
 */
const SERVICE_NOUN =
  "(?:koerier|vervoerder|bezorg\\p{L}*|pakketdienst|verzend\\p{L}*|magazijn|adres|klantenservice|retour\\p{L}*|levering|medewerker|collega|website|webshop|site|handleiding|telefoonnummer|e-?mail\\p{L}*|verpakking|werkwijze|openingstijden)";

export const nl = (): MarketingCatalog => ({
  lang: "nl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["bij het afrekenen", "aan de kassa", "in (?:de|uw|je) winkelwagen"],
    coupon: [
      "coupons?", "couponcodes?", "\\p{L}*kortingscodes?", "kortingsbon(?:nen)?", "kortingscoupons?", "promo(?:tie)?codes?",
      "actiecodes?", "vouchers?(?:codes?)?", "waardebon(?:nen)?", "tegoedbon(?:nen)?", "cadeaubon(?:nen)?",
      "(?:gebruik|voer|vul) (?:de |onze )?code:? [A-Z]{3,12}\\d{1,3}", "code:? [A-Z]{3,12}\\d{1,3} (?:in |bij het afrekenen|aan de kassa)",
    ],
    discount: [
      "\\p{L}*korting(?:en)?", "\\d+ ?% (?:goedkoper|voordeel|minder)", "bespaar (?:\\d+ ?%|€ ?\\d+|tot|nu)", "\\d+ ?% off",
      "(?:extra|exclusieve|speciale) (?:\\d+ ?% )?(?:korting|prijs|voordeel)", "afgeprijsd", "halve prijs",
    ],
    future: [
      "(?:uw|je|jouw|een|de) volgende (?:bestelling|aankoop|order|bezoek)", "toekomstige (?:bestellingen|aankopen|bestelling|aankoop|orders?)",
      "(?:de )?volgende keer (?:dat|als|wanneer) (?:u|je|jij) (?:iets )?(?:bestelt|koopt|winkelt)",
      "(?:bij|op|voor) (?:uw |je |jouw )?volgende (?:bestelling|aankoop|order)",
    ],
    sale: [
      "in de (?:aanbieding|uitverkoop|sale)", "(?:speciale|tijdelijke|exclusieve|geweldige|scherpe) aanbieding(?:en)?",
      "(?:onze|alle) (?:\\p{L}+ )?aanbiedingen", "(?:week|dag|weekend)aanbieding(?:en)?", "actieprijs(?:zen)?", "uitverkoop",
      "(?:zomer|winter|voorjaars|najaars|lente|herfst|kerst|eindejaars|mid-?season|mega)(?:-)?(?:sale|uitverkoop|actie|korting|aanbieding)(?:s|en)?",
      "(?:onze|de|grote) sale", "opruiming(?:sactie)?", "promoties?", "promotieacties?", "kortingsacties?",
      "(?:de )?actie (?:loopt|geldt|is geldig) (?:nog )?(?:tot|t/m|deze)", "black friday", "cyber monday", "prime day",
      "(?:1|een) ?\\+ ?(?:1|een) gratis", "(?:2e|tweede) (?:voor de )?halve prijs", "(?:2e|tweede) gratis",
      "\\d+ halen,? \\d+ betalen", "tijdelijk (?:\\d+ ?% )?(?:korting|afgeprijsd|voordeliger|goedkoper)",
      "gratis verzending (?:vanaf|bij (?:een )?besteding)",
    ],
    crossSell: [
      "(?:dit|deze|die|het volgende) (?:vindt u|vind je) (?:misschien|wellicht|vast) ook (?:leuk|mooi|interessant)",
      "(?:vindt u|vind je) (?:dit|deze|die|het volgende) (?:misschien|wellicht|vast) ook (?:leuk|mooi|interessant)",
      "(?:misschien|wellicht) ook interessant voor (?:u|je|jou)", "(?:u|je) (?:zult|zal) (?:ook )?(?:dol zijn op|genieten van) onze",
      "(?:combineer|combineert) (?:het|dit|deze|hem|ze) (?:met|bijvoorbeeld met) onze", "maak (?:de|uw|je|jouw) (?:set|look|collectie|uitzet) compleet",
      "klanten (?:die dit (?:kochten|bestelden)|kochten ook|bestelden ook)", "(?:perfecte|ideale) aanvulling (?:op|bij|voor)",
      "probeer (?:dan |ook |eens |zeker ){0,3}onze", "bijpassende \\p{L}+ (?:zijn|is) (?:ook )?(?:verkrijgbaar|te koop|leverbaar)",
    ],
    otherProducts: [
      `onze (?:gloed)?nieuwe(?! ${SERVICE_NOUN})(?: [\\p{L}-]+){1,3}`,
      "(?:onze|ons) (?:andere|overige|nieuwste|volledige|hele|complete|uitgebreide) (?:producten|artikelen|assortiment|collecties?|modellen|ontwerpen|items|catalogus)",
      "(?:andere|overige) (?:producten|artikelen|modellen|ontwerpen) (?:van ons|uit onze|van onze)", "ons (?:\\p{L}+ )?assortiment",
      "(?:onze|de) (?:nieuwe|nieuwste) (?:collecties?|lijn|modellen|ontwerpen|kleuren)", "onze \\p{L}*collecties?", "nieuwkomers",
      "nieuw binnen", "net binnen", "nieuw in (?:ons|onze) (?:assortiment|winkel|collectie|shop)", "meer (?:producten|artikelen|ontwerpen) van ons",
      "onze productlijn", "nieuwe producten (?:van ons|in ons)",
    ],
    invite: [
      "bekijk(?:en|t)? (?:(?:ook|eens|gerust|zeker|dan|vooral|hier) ){0,3}(?:onze|ons|de nieuwe|het nieuwe|alle|al onze)", "neem (?:eens |gerust |even |ook |dan ){0,3}een kijkje", "kijk (?:eens |gerust |zeker |even ){0,3}rond", "ontdek(?:t|ken)?",
      "bezoek(?:t|en)?", "snuffel(?:en|t)?", "neus (?:eens |gerust )?rond", "mis (?:het|dit|deze|onze \\p{L}+) niet", "niet te missen",
      "blijf (?:op de hoogte|als eerste op de hoogte)", "als eerste (?:op de hoogte|weten|horen|zien)",
      "(?:heeft u|heb je|hebt u|hebben jullie) (?:al )?(?:onze|ons|de) [\\p{L} -]{0,40}?(?:gezien|ontdekt|geprobeerd)",
      "profiteer (?:nu |direct |snel |dan )?van", "kent u (?:al )?(?:onze|ons)", "ken je (?:al )?(?:onze|ons)", "(?:pas|net|onlangs) gelanceerd", "shop (?:nu|onze|ons|de)",
    ],
    follow: [
      "volg (?:ons|onze (?:pagina|winkel|shop|merk|account|kanaal))", "volgt u ons", "(?:u kunt|je kunt|kunt u|kun je) ons (?:ook )?volgen",
      "ons (?:te )?volgen (?:op|via)", "volg [\\p{L}\\d._-]+ op (?:instagram|facebook|tiktok|twitter|x|youtube|pinterest|linkedin)",
      "like (?:ons|onze pagina)", "(?:vind|vindt u|vind je) ons (?:ook )?op (?:instagram|facebook|tiktok|twitter|youtube|pinterest)",
      "abonneer (?:je|u) op (?:ons|onze) (?:youtube-?)?kanaal", "(?:word|wordt) (?:lid|volger|fan) (?:van ons |van onze (?:pagina|community) )?op (?:instagram|facebook|tiktok|youtube)",
    ],
    newsletter: [
      "\\p{L}*nieuwsbrie(?:f|ven)", "mailinglijst(?:en)?", "e-?maillijst", "(?:onze )?mailings",
      "(?:schrijf|meld) (?:je|u) (?:nu )?(?:aan|in) (?:voor|op) (?:onze|ons) (?:e-?mails?|mailings?|updates|lijst)",
    ],
    offAmazon: [
      "(?:bestel|koop|bestelt|koopt|bestellen|kopen|winkel|winkelt|winkelen)(?: \\p{L}+){0,3} (?:direct|rechtstreeks) (?:bij ons|via onze|op onze|in onze|via ons)",
      "(?:direct|rechtstreeks) bij ons (?:te )?(?:bestellen|kopen|bestelt|koopt|winkelen)", "(?:bestel|koop|bestelt|koopt|bestellen|kopen|winkelen)(?: \\p{L}+){0,3} buiten amazon",
      "buiten amazon (?:om )?(?:[\\p{L}\\p{N}%€]+ ){0,5}(?:bestellen|kopen|bestelt|koopt|goedkoper|voordeliger)",
      "(?:goedkoper|voordeliger|lagere prijs|lagere prijzen|betere prijs|betere prijzen|scherpere prijs)(?: \\p{L}+){0,2} (?:op|via|in|bij) onze (?:eigen )?(?:website|webshop|site|webwinkel|winkel|shop)",
    ],
    ownSite: [
      "onze (?:eigen )?(?:website|webshop|webwinkel|online ?(?:winkel|shop)|site|internetwinkel|e-?shop|winkelsite)",
    ],
    buy: [
      "bestel(?:t|len)?", "koop|koopt|kopen", "winkel(?:en|t)", "shop(?:pen)?", "te koop", "te bestellen", "(?:besteld|gekocht|aangeschaft) (?:kan |kunnen )?worden",
    ],
    store: [
      "onze (?:amazon[- ]?)?(?:winkel|shop|store|etalage|winkelpagina|merkpagina|verkoperspagina|storefront|brand ?store|amazonwinkel|amazonshop)",
      "ons (?:amazon[- ]?)?(?:verkopersprofiel|winkeltje)",
    ],
  },
  examples: [
    { text: "Als dank krijgt u 15% korting op uw volgende bestelling.", expect: "coupon" },
    { text: "Gebruik de kortingscode TUIN10 bij het afrekenen.", expect: "coupon" },
    { text: "Onze zomersale is begonnen: alle tuinkussens zijn nu 30% goedkoper.", expect: "promotion" },
    { text: "Profiteer nu van onze weekaanbiedingen op alle lampen.", expect: "promotion" },
    { text: "Tijdens de kerstactie krijgt u 25% korting op het hele assortiment.", expect: "promotion" },
    { text: "Omdat uw hond dol is op het touwspeeltje, vindt u dit misschien ook leuk: onze kauwbotset.", expect: "other-products" },
    { text: "Heeft u onze nieuwe verzorgingsset al gezien?", expect: "other-products" },
    { text: "Ontdek ook onze andere producten voor de tuin.", expect: "other-products" },
    { text: "Volg ons op Instagram voor verzorgingstips en nieuwe collecties.", expect: "follow-us" },
    { text: "Schrijf je in voor onze nieuwsbrief en hoor als eerste over nieuwe kleuren.", expect: "newsletter" },
    { text: "Bestel de volgende keer direct via onze webshop en bespaar 10%.", expect: "off-amazon" },
    { text: "Op onze eigen website zijn alle onderdelen te koop.", expect: "off-amazon" },
    { text: "Bezoek onze Amazon-winkel voor meer ontwerpen.", expect: "storefront" },
    { text: "We hebben u een nieuw exemplaar gestuurd; het wordt vrijdag bezorgd.", expect: null },
    { text: "Volg de instructies in de bijgevoegde handleiding.", expect: null },
    { text: "Wij hebben het prijsverschil via Amazon terugbetaald.", expect: null },
    { text: "De handleiding staat ook op onze website onder Service.", expect: null },
    { text: "Onze nieuwe vervoerder bezorgt de vervanging morgen.", expect: null },
    { text: "Uw bestelling heeft de korting gekregen die bij het afrekenen werd getoond.", expect: null },
    { text: "Bekijk de bijgevoegde foto's en laat ons weten welke kleur u wilt.", expect: null },
    { text: "U kunt uw pakket volgen via de link in de verzendbevestiging van Amazon.", expect: null },
    { text: "Het nieuwe onderdeel dat u bij ons heeft gekocht, sturen we vandaag kosteloos op.", expect: null },
  ],
});
