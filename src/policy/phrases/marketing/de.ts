import type { MarketingCatalog } from "./types.js";

const UNSER = "unser(?:e|en|em|er|es)?";
// "unser neuer Paketdienst", "unsere neue Adresse": service nouns after "unser neu…" are no product.
const NOT_SERVICE =
  "(?!(?:Versand|Paket|Kurier|Liefer|Zustell|Spedit|Logistik|Adress|Anschrift|Lager|Telefon|Service|Kunden|Mitarbeiter|Kolleg|Öffnungs|Rücksend|Retoure|Verpackung|Ersatz|Transport|Partner|Dienstleister|Rechnung|Bank|AGB|Geschäftsbedingung|Datenschutz|Garantie|Website|Webseite|Homepage|Onlineshop|Webshop|Shop|Standort|Büro|Werkstatt|Team|Ansprechpart|Hotline|E-Mail|Nummer|Konto|Ablauf|System|Anleitung|Bedienungsanleitung)\\p{L}*)";
// A handed-out code: letters and digits ("GARTEN15", "DANKE-10"); "Fehlercode E12" has too few letters.
const CODE = "[„\"'»«]?\\p{L}{3,}-?\\d{1,3}(?!\\d)[“\"'«»]?";
// The seller's own web shop. With a hyphen ("Online-Shop") the English catalog reads "Shop" as buying,
// so these forms count only inside the `offAmazon` phrases, next to a verb of buying.
const OWN_SHOP = "(?:eigenen? )?(?:Online|Web|Internet)-?Shop";
const OWN_SITE = "(?:eigenen? |offiziellen? )?(?:Website|Webseite|Homepage|Internetseite)";
const BUY_VERB = "(?:bestellen|bestelle|bestellst|kaufen|kaufe|kaufst|einkaufen|erwerben|beziehen|shoppen|ordern)";
const GAP = "(?: [\\p{L}\\p{N}-]+){0,5}";
const SOCIAL = "(?:Instagram|Facebook|TikTok|Twitter|YouTube|Pinterest|LinkedIn|Threads)";

export const de = (): MarketingCatalog => ({
  lang: "de",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["an der (?:Kasse|Kassa)", "beim (?:Bezahlen|Checkout|Bestellabschluss)", "im Warenkorb"],
    coupon: [
      "\\p{L}*gutschein\\p{L}*", "\\p{L}*rabatt-?codes?", "(?:Promo|Aktions|Vorteils|Spar|Coupon|Kupon)-?codes?", "Coupons?", "Kupons?",
      `code:? ${CODE}`,
    ],
    discount: [
      "(?:kaufe|kaufen Sie|nimm|nehmen Sie) (?:\\d|zwei|drei),? (?:zahle|zahlen Sie) (?:\\d|eins|einen|zwei)", "\\p{L}*rabatt(?:e|s|en)?", "Preisnachlass(?:es)?", "Nachlass", "Ermäßigung(?:en)?", "Preisvorteil(?:e|s)?",
      "\\d+(?:[.,]\\d+)? ?(?:%|Prozent) (?:Rabatt|Nachlass|Preisnachlass|Ermäßigung|günstiger|billiger|weniger|Ersparnis|Preisvorteil)",
      "\\d+(?:[.,]\\d+)? ?(?:%|Prozent) auf (?:Ihre[nm]?|deine[nm]?|eure[nm]?|den|die|das|alle|alles|unser\\p{L}*)",
      "(?:sparen|spare|spart|sparst)(?: Sie| du| ihr)?(?: [\\p{L}\\p{N}-]+){0,5}? (?:bis zu )?\\d+(?:[.,]\\d+)? ?(?:%|Prozent|€|Euro|EUR)",
      "-\\d+ ?%", "(?:jetzt|stark|deutlich|um \\d+ ?%) reduziert", "reduzierte[nmr]? Preis(?:e|en)?", "Sonderpreis(?:e|en)?",
      "Vorzugspreis(?:e|en)?", "Sonderkonditionen",
    ],
    future: [
      "nächste[nmrs]? (?:Bestellung|Einkauf|Einkaufs|Kauf|Besuch|Order)", "beim nächsten (?:Mal|Einkauf|Kauf|Besuch)", "nächstes Mal",
      "(?:zu)?künftige[nmrs]? (?:Bestellung(?:en)?|Einkäufe|Einkauf|Käufe|Kauf)", "Folge(?:bestellung|kauf|einkauf)(?:en|s)?",
    ],
    sale: [
      "Sonderangebot(?:e|en)?", "(?:Tages|Wochen|Blitz|Oster|Weihnachts|Sommer|Winter|Frühlings|Herbst|Jubiläums|Aktions|Einführungs)angebot(?:e|en)?",
      "Angebot(?:e)? (?:des Tages|der Woche)", "(?:zeitlich )?(?:begrenzte[ns]?|limitierte[ns]?) (?:Angebot|Aktion|Sonderaktion)(?:e|en)?",
      "nur (?:noch )?für (?:kurze|begrenzte) Zeit", "solange der Vorrat reicht",
      "(?:Rabatt|Sonder|Spar|Sommer|Winter|Frühlings|Herbst|Oster|Weihnachts|Jubiläums|Black-Friday|Preis)-?aktion(?:en)?",
      "Aktionspreis(?:e|en)?", "Aktionswoche(?:n)?", "Aktionszeitraum", "(?:Sommer|Winter)?schlussverkauf", "Räumungsverkauf", "Ausverkauf",
      "(?:im|zum) Sale", "(?:Sommer|Winter|Frühlings|Herbst|Oster|Weihnachts|Mega|Super)-?Sale", "Black Week", "Cyber Week",
      "Schnäppchen\\p{L}*", "Rabattschlacht",
    ],
    crossSell: [
      "(?:könnte|könnten|dürfte|dürften|würde|würden) (?:Ihnen|dir|euch) (?:auch|ebenfalls)(?: [\\p{L}-]+){0,4} gefallen",
      "gefällt (?:Ihnen|dir|euch) (?:bestimmt|sicher|sicherlich|garantiert|vielleicht) (?:auch|ebenfalls)",
      "(?:könnte|könnten|dürfte|dürften) (?:Sie|dich|euch) (?:auch|ebenfalls) interessieren",
      "Kunden(?:, die [\\p{L} -]{1,40}? kauften,)? kauften (?:auch|ebenfalls)",
      "(?:die |eine )?(?:perfekte|ideale|passende|optimale) Ergänzung (?:zu|für)", "(?:perfekt|ideal|optimal) ergänzt (?:durch|mit|von)",
      "(?:vervollständigen|komplettieren) Sie (?:Ihr|Ihre|Ihren|das|die|den) (?:Set|Sammlung|Ausrüstung|Kollektion|Ausstattung)",
      `probieren Sie (?:doch |gerne |gern |einfach )?(?:auch|einmal|mal) ${UNSER}`,
      "passend dazu (?:empfehlen|bieten|gibt es|haben wir)", `(?:empfehlen|empfehle) (?:wir |ich )?(?:Ihnen |dir )?(?:auch|zusätzlich|ebenfalls) ${UNSER}`,
    ],
    otherProducts: [
      `${UNSER} (?:brandneue[nmrs]?|neue[nmrs]?|neueste[nmrs]?) ${NOT_SERVICE}\\p{L}+`,
      "unsere[nm]? neuen? (?:Kollektion|Produktlinie|Produktreihe|Serie|Linie|Modelle|Produkte|Generation|Edition|Sorten|Farben|Designs?)",
      "Neuheit(?:en)?", "Neuerscheinung(?:en)?", "Neuzugänge", "(?:Herbst|Winter|Sommer|Frühjahrs|Frühlings|Weihnachts|Oster)-?kollektion(?:en)?",
      `${UNSER} (?:\\p{L}+-)?Kollektion(?:en)?`,
      `${UNSER} (?:gesamte[ns]? |ganze[ns]? |komplette[ns]? |übrige[ns]? |restliche[ns]? |breite[ns]? |vielfältige[ns]? |erweiterte[ns]? )?Sortiment`,
      `${UNSER} (?:anderen|weiteren|übrigen|sonstigen|restlichen) (?:Produkte|Artikel|Modelle|Designs|Sorten|Kollektionen|Produktlinien)`,
      "weitere (?:Produkte|Artikel|Modelle|Designs) (?:von uns|aus unserem Sortiment|unserer Marke|aus unserem Shop|in unserem Shop)",
      "Rest (?:unseres|des) Sortiments", `${UNSER} (?:Produktpalette|Produktwelt|Produktfamilie|Produktlinie|Produktreihe)`,
      "neu (?:im|in unserem) Sortiment", "neu bei uns",
      // "Jetzt neu: …" announces a product; "jetzt neu verpackt" does not.
      "jetzt neu(?= ?[:!–—])",
    ],
    invite: [
      "entdecken", "entdecke", "entdeckst",
      "schau(?:en Sie|t|) (?:sich |dir |euch )?(?:doch|gerne|gern|einfach|mal|einmal|jetzt|auch|gleich|unbedingt)",
      `schau(?:en Sie|t|) (?:sich |dir |euch )?(?:doch |gerne |gern |einfach |mal |auch )?(?:${UNSER}|bei uns|in ${UNSER})`,
      "(?:werfen Sie|wirf|werft) (?:doch |gerne |gern |einfach |mal |auch |jetzt )?(?:\\p{L}+ )?einen (?:kurzen |ersten )?Blick",
      "(?:ein|einen) (?:Blick|Besuch) (?:\\p{L}+ ){0,4}lohnt sich", "stöber(?:n|e|t|st)", "vorbei(?:schauen|zuschauen|kommen)",
      "besuchen Sie", "besuche (?:uns|unser\\p{L}*)", "besucht (?:uns|unser\\p{L}*)",
      "verpassen Sie (?:nicht|keine[nrs]?)", "nicht verpassen", "verpasse (?:nicht|keine[nrs]?)", "verpasst (?:nicht|keine[nrs]?)",
      "(?:seien Sie|sei|seid) (?:der|die|unter den) (?:Erste|Erster|Ersten)", "als (?:Erste|Erster|Ersten) (?:erfahren|informiert|wissen|Bescheid)",
      "bleiben Sie (?:immer |stets )?(?:auf dem Laufenden|informiert|up to date)", "bleib (?:immer )?(?:auf dem Laufenden|informiert)",
      `(?:kennen Sie|kennst du) (?:schon|bereits) ${UNSER}`,
      `(?:haben Sie|hast du) (?:schon|bereits) ${UNSER}`, "(?:haben Sie|hast du) (?:schon|bereits) (?:[\\p{L}-]+ ){1,6}(?:gesehen|entdeckt|ausprobiert|probiert)",
      "(?:jetzt|ab sofort|neu|brandneu) (?:\\p{L}+ ){0,2}erhältlich", "(?:gerade|soeben|frisch|neu) (?:eingetroffen|erschienen|gelauncht|auf den Markt gekommen)",
      "jetzt neu(?= ?[:!–—])", "sichern Sie sich", "sichere dir", "sichert euch", "greifen Sie (?:jetzt |schnell |gleich )?zu", "(?:jetzt|gleich) zugreifen", "zuschlagen",
      "lass(?:en Sie sich| dich) (?:\\p{L}+ ){0,3}inspirieren",
    ],
    follow: [
      "folgen Sie uns", "folge uns", "folgt uns",
      `folg(?:en Sie|e|t) (?:auch )?${UNSER} (?:\\p{L}+-)?(?:Shop|Store|Marke|Seite|Kanal|Account|Profil|Konto)`,
      // Not "folgen Sie der Anleitung auf YouTube".
      `folg(?:en Sie|e|t) (?!(?:der|dem|den|die|das|diesem|dieser|diesen|bitte|einfach|Schritt|Schritten)\\s)(?:[\\p{L}\\p{N}@._-]+ ){1,2}auf ${SOCIAL}`,
      `(?:finden|besuchen|treffen) Sie uns (?:auch |gerne |gern )?(?:auf|bei) ${SOCIAL}`, `(?:find|besuch)(?:e|et)? uns (?:auch )?(?:auf|bei) ${SOCIAL}`,
      "(?:liken|like) (?:Sie )?uns", `(?:liken|like) (?:Sie )?${UNSER} (?:\\p{L}+-)?(?:Seite|Profil)`,
      `abonnieren Sie (?:uns|${UNSER} (?:\\p{L}+-)?(?:Kanal|Channel|Account|Profil|Seite))`, `abonnier(?:e|t) (?:uns|${UNSER} (?:\\p{L}+-)?(?:Kanal|Channel))`,
      `(?:besuchen|abonnieren|liken) Sie (?:auch )?${UNSER} (?:Instagram|Facebook|TikTok|YouTube|Pinterest)-?(?:Profil|Seite|Kanal|Account)`, "werden Sie (?:\\p{L}+ )?(?:Fan|Follower)", "werden Sie Teil unserer (?:\\p{L}+-)?Community",
    ],
    newsletter: [
      "\\p{L}*newsletter\\p{L}*", "Mailing-?liste(?:n)?", "E-Mail-(?:Verteiler|Liste)", "Rundbrief(?:e|s)?", "Info-?Mails?",
      `(?:melden|tragen|registrieren) Sie sich (?:\\p{L}+ ){0,3}(?:für|zu|in) ${UNSER} (?:E-Mails|Mails|Updates|Verteiler|Liste)`,
    ],
    offAmazon: [
      `${BUY_VERB}${GAP} direkt (?:bei uns|über uns|von uns|auf ${UNSER} ${OWN_SITE}|über ${UNSER} (?:${OWN_SITE}|${OWN_SHOP})|in ${UNSER} ${OWN_SHOP})`,
      `direkt (?:bei uns|über uns|auf ${UNSER} ${OWN_SITE}|über ${UNSER} (?:${OWN_SITE}|${OWN_SHOP})|in ${UNSER} ${OWN_SHOP})${GAP} (?:${BUY_VERB}|erhältlich|günstiger|billiger|preiswerter)`,
      `(?:in|über|auf) ${UNSER} ${OWN_SHOP}${GAP} (?:${BUY_VERB}|günstiger|billiger|preiswerter|sparen)`, `${BUY_VERB}${GAP} (?:in|über) ${UNSER} ${OWN_SHOP}`,
      `(?:günstiger|billiger|preiswerter|zu besseren Preisen|zum besseren Preis)(?: [\\p{L}\\p{N}-]+){0,3} (?:direkt bei uns|bei uns direkt|auf ${UNSER} ${OWN_SITE}|in ${UNSER} ${OWN_SHOP})`,
      `(?:auf|in|über) ${UNSER} ${OWN_SITE}${GAP} (?:günstiger|billiger|preiswerter)`, "außerhalb (?:von )?Amazons?", "ohne (?:den )?Umweg über Amazon", "an Amazon vorbei", "ohne Amazon-(?:Gebühren|Aufschlag|Provision)",
    ],
    ownSite: [`${UNSER} ${OWN_SITE}`, `${UNSER} (?:eigenen? )?(?:Onlineshop|Webshop|Internetshop|Internetpräsenz)`],
    buy: ["kaufen", "kaufe", "kaufst", "einkaufen", "einzukaufen", "bestellen", "bestelle", "bestellst", "erwerben", "shoppen", "ordern"],
    store: [
      `${UNSER} (?:eigenen? |neuen? |offiziellen? )?(?:Amazon[- ]?)?(?:Shop|Store|Storefront|Markenshop|Markenstore|Markenseite|Shopseite|Verkäuferseite|Verkäuferprofil|Händlerseite|Laden|Ladengeschäft)`,
      "(?:Amazon-)?Markenshop", "Brand-?Store",
    ],
  },
  examples: [
    { text: "Mit dem Gutscheincode DANKE10 bekommen Sie zehn Prozent Nachlass auf Ihren nächsten Einkauf.", expect: "coupon" },
    { text: "Als Entschuldigung schenken wir Ihnen 15 % Rabatt auf Ihre nächste Bestellung.", expect: "coupon" },
    { text: "Lösen Sie einfach den Code SOMMER20 an der Kasse ein.", expect: "coupon" },
    { text: "Unser Sommerschlussverkauf läuft noch bis Sonntag – alle Pflanzkübel sind um 30 % reduziert.", expect: "promotion" },
    { text: "Nur für kurze Zeit: Sonderangebote auf alle Gartenscheren mit bis zu 40 % Rabatt!", expect: "promotion" },
    { text: "Sichern Sie sich jetzt 20 % Rabatt auf alle Rasensprenger.", expect: "promotion" },
    { text: "Entdecken Sie auch unsere neue Kollektion an Hochbeeten!", expect: "other-products" },
    { text: "Passend zu Ihrer Gießkanne könnte Ihnen auch unser Sprühaufsatz gefallen.", expect: "other-products" },
    { text: "Haben Sie schon unser erweitertes Sortiment an Gartenwerkzeug gesehen?", expect: "other-products" },
    { text: "Folgen Sie uns auf Instagram, dort zeigen wir jede Woche Gartenideen.", expect: "follow-us" },
    { text: "Abonnieren Sie unseren YouTube-Kanal für Pflegetipps.", expect: "follow-us" },
    { text: "Melden Sie sich für unseren Newsletter an und erfahren Sie als Erster von neuen Modellen.", expect: "newsletter" },
    { text: "Bestellen Sie Ersatzklingen künftig direkt bei uns, das ist günstiger.", expect: "off-amazon" },
    { text: "In unserem Onlineshop finden Sie alle Modelle 10 % günstiger.", expect: "off-amazon" },
    { text: "Schauen Sie doch mal in unserem Amazon-Shop vorbei!", expect: "storefront" },
    { text: "Besuchen Sie unseren Markenshop auf Amazon.", expect: "storefront" },
    { text: "Folgen Sie bitte der beigelegten Anleitung, um den Filter zu wechseln.", expect: null },
    { text: "Wir schicken Ihnen kostenlos ein neues Exemplar zu.", expect: null },
    { text: "Die Rückerstattung über 12,90 € haben wir soeben veranlasst.", expect: null },
    { text: "Die Bedienungsanleitung finden Sie auch auf unserer Website unter Downloads.", expect: null },
    { text: "Gern machen wir Ihnen folgendes Angebot: Wir senden Ihnen einen neuen Griff, und Sie behalten die alte Schere.", expect: null },
    { text: "Unser neuer Paketdienst liefert das Ersatzteil am Dienstag.", expect: null },
    { text: "Der Rabatt wurde Ihnen bereits beim Kauf auf Amazon abgezogen.", expect: null },
    { text: "Die Schere ist leider ausverkauft; wir erstatten Ihnen den Betrag.", expect: null },
    { text: "Folgen Sie einfach dem Video auf YouTube, Schritt für Schritt.", expect: null },
    { text: "Zeigt das Display den Fehlercode E12, schauen Sie bitte auf dem Typenschild nach.", expect: null },
  ],
});
