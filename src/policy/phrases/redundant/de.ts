import type { RedundantCatalog } from "./types.js";

// "Ihre Bestellung", "deine Bestellung", "eure Bestellung".
const IHR = "(?:Ihr(?:e[nmrs]?)?|dein(?:e[nmrs]?)?|euer|eure[nmrs]?)";
const ORDER = "(?:Bestellung|Einkauf|Kauf|Auftrag|Order|Lieferung|Sendung|Paket|Ware|Artikel)";
// A signature ends its line: "Ihr Team von Gartenwerk Schulze", not "Ihr Team erhält die Ware".
const LINE_END = "(?=(?: [\\p{L}\\p{N}&.'’-]+){0,2}[ \\t]*[.!,]?[ \\t]*(?:\\n|$))";
// A salutation counts only when nothing but a name follows it on its line ("Hallo Frau Berg,"), so a
// line like "Hallo Frau Berg, Ihre Gravur wird morgen gefertigt." keeps its content.
const UNTIL_LINE_END = "(?=\\.?(?:[ ,]+[\\p{L}.'’-]+){0,5}[ ,]*(?:!|[,:]?[ \\t]*(?:\\n|$)))";
// A title's period splits the sentence ("Dr. Wagner,"): the name after it is part of the salutation.
const AFTER_TITLE =
  "(?<=(?:Dr|Prof|Hr|Fr|Hrn|Dipl|Ing|Mag|Sr|Sra|Srta|Sig|Dott|Avv|M|Mme|Mlle|Me|Mr|Mrs|Ms|Exmo|Exma|D)\\. )\\p{L}[\\p{L}'’-]*(?=\\.?(?: \\p{L}[\\p{L}.'’-]*){0,3}(?:!|[,:]?[ \\t]*(?:\\n|$)))";

export const de = (): RedundantCatalog => ({
  lang: "de",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:das |unser )?(?:ganze |gesamte |ganzes |gesamtes )?[\\p{L}-]*team(?: (?:von|der|des)(?: [\\p{L}\\p{N}&.'’-]+){1,3})? (?:bedankt sich|dankt (?:Ihnen|dir|euch))(?: [\\p{L}]+){0,2} für ${IHR} (?:\\p{L}+ )?(?:Bestellung|Einkauf|Kauf|Vertrauen|Auftrag|Order|Treue)`,
      `(?:dank(?:e|en)?|bedanken uns)(?: schön| sehr)?(?: [\\p{L}]+){0,2} für ${IHR} (?:\\p{L}+ )?(?:Bestellung|Einkauf|Kauf|Vertrauen|Auftrag|Order|Treue)`,
      `(?:dank(?:e|en)?|bedanken uns)(?: schön| sehr)?(?: [\\p{L}]+){0,2} für (?:den|die|das) (?:Kauf|Einkauf|Bestellung|Vertrauen|Auftrag)`,
      "dank(?:e|en)?,? dass (?:Sie|du|ihr)(?: [\\p{L}]+){0,4} (?:bestellt|eingekauft|gekauft|entschieden|gewählt|vertrauen|vertraut)",
      "viel (?:Spaß|Freude) (?:mit|beim|bei)(?: [\\p{L}]+){1,3}", "wir hoffen,? (?:dass )?(?:Ihnen|dir|euch)(?: [\\p{L}]+){0,4} gef(?:ällt|allen)",
      "(?:schön|toll|wunderbar|prima),? dass (?:Sie|du|ihr) (?:sich|dich|euch) für (?:\\p{L}+ ){0,3}entschieden",
      "(?:wir )?freuen uns(?: sehr| riesig)?,? dass (?:Sie|du|ihr)(?: [\\p{L}]+){0,4} (?:bestellt|eingekauft|gekauft|entschieden)",
      `(?:wir )?freuen uns(?: sehr| riesig)? über ${IHR} (?:Bestellung|Einkauf|Kauf|Vertrauen)`,
      // "Vielen Dank!" on its own.
      "(?:vielen |herzlichen |besten |tausend |recht herzlichen |nochmals )?dank(?:e)?(?: schön| sehr| nochmals| nochmal)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:viel|ganz viel|jede Menge) (?:Freude|Spaß) (?:mit|an|beim|bei)", "(?:wir )?wünschen (?:Ihnen|dir|euch) (?:viel |ganz viel )?(?:Freude|Spaß)",
    ],
    help: [
      "(?:bei|für) (?:weitere |eventuelle |etwaige |allfällige |alle |jegliche )?(?:Fragen|Rückfragen|Anliegen|Probleme|Problemen|Unklarheiten)(?: (?:oder|und|bzw\\.) (?:Anliegen|Probleme|Problemen|Anregungen|Wünsche|Wünschen|Rückfragen))?,? (?:einfach |gerne |gern |jederzeit )?(?:stehen|stehe|sind|bin|können|kontaktieren|melden|schreiben|wenden|erreichen|zögern|helfen)",
      "(?:stehen|steht|stehe) (?:wir |ich |unser Team |unser Kundenservice )?(?:Ihnen|dir|euch) (?:[\\p{L}]+ ){0,3}zur Verfügung",
      "(?:sind|bin) (?:wir |ich )?(?:[\\p{L}]+ ){0,3}für (?:Sie|dich|euch) da", "(?:helfen|helfe) (?:wir |ich )?(?:Ihnen |dir |euch )?(?:[\\p{L}]+ ){0,2}gern(?:e)?",
      "(?:melden|wenden) Sie sich (?:[\\p{L}]+ ){0,3}(?:gerne|gern|jederzeit)", "(?:melde|wende) dich (?:[\\p{L}]+ ){0,3}(?:gerne|gern|jederzeit)",
      "(?:meldet|wendet) euch (?:[\\p{L}]+ ){0,3}(?:gerne|gern|jederzeit)",
      "(?:zögern Sie|zögere|zögert) nicht", "(?:kontaktieren|schreiben|fragen) Sie uns (?:[\\p{L}]+ ){0,2}(?:gerne|gern|jederzeit)",
      "(?:kontaktiere|schreib|schreibe|frag|frage) uns (?:[\\p{L}]+ ){0,2}(?:gerne|gern|jederzeit)",
      "(?:falls|wenn|sollten) (?:Sie|du|ihr) (?:noch |weitere |irgendwelche |)(?:Fragen|Rückfragen|Anliegen|Wünsche|Probleme|Hilfe)(?: haben| hast| habt| benötigen| brauchen)?",
      "(?:haben Sie|hast du|habt ihr) (?:noch )?(?:Fragen|Rückfragen)\\s*\\?", "noch Fragen\\s*\\?",
      "wir sind (?:jederzeit |gerne |gern |immer )*(?:erreichbar|für Sie erreichbar)",
    ],
    orderConfirmed: [
      `(?:wir haben|haben wir) ${IHR} (?:Bestellung|Auftrag|Order)(?: [\\p{L}]+){0,3} (?:erhalten|empfangen|bekommen)`,
      `${IHR} (?:Bestellung|Auftrag|Order) (?:ist|wurde)(?: [\\p{L}]+){0,2} (?:eingegangen|bestätigt|angenommen|erfasst|aufgenommen|registriert)`,
      "Eingang (?:Ihrer|deiner|eurer) (?:Bestellung|Order)", "(?:Bestell|Auftrags)bestätigung",
      `(?:bestätigen|bestätige) (?:wir |ich )?(?:Ihnen |dir |euch )?(?:hiermit |gerne |gern )?(?:den Eingang|${IHR} (?:Bestellung|Auftrag))`, "hiermit bestätigen wir",
      "(?:wird|werden)(?: [\\p{L}]+){0,4} (?:bearbeitet|vorbereitet|verpackt|zusammengestellt|kommissioniert|fertig gemacht)",
      "befindet sich (?:bereits |jetzt |gerade |nun )?in (?:Bearbeitung|Vorbereitung)",
      `dabei,? ${IHR} ${ORDER}(?: [\\p{L}]+){0,3} (?:zu (?:verpacken|packen|bearbeiten)|vorzubereiten|zusammenzustellen|fertigzumachen)`,
    ],
    shipped: [
      "versandt", "versendet", "verschickt", "abgeschickt", "verschifft",
      "(?:an|dem|der) (?:den |die |das )?(?:Versanddienstleister|Paketdienst|Spediteur|Zusteller|Transportdienstleister|Kurier|DHL|DPD|Hermes|GLS|UPS|Post)(?:-\\p{L}+)? übergeben",
      "auf den Weg gebracht", "(?:ist|sind) (?:bereits |schon |nun |jetzt |jetzt schon )?auf dem Weg", "unterwegs", "auf dem Weg zu (?:Ihnen|dir|euch)", "hat (?:unser|das) Lager verlassen",
      "Versand(?:bestätigung|benachrichtigung|mitteilung)", "(?:geht|gehen|ging|gingen) (?:heute|morgen|gleich|sofort|direkt)(?: noch)? (?:an Sie |an dich |zu Ihnen )?raus",
      "(?:in Kürze|bald|demnächst|in den nächsten Tagen) (?:bei (?:Ihnen|dir|euch) )?(?:eintreffen|ankommen|zugestellt werden)",
      "(?:Sie erhalten|du erhältst|Sie bekommen|du bekommst) (?:noch )?(?:eine|eine weitere|eine separate|eine eigene) (?:Nachricht|E-Mail|Mail|Benachrichtigung|Versandbestätigung|Info)(?: [\\p{L}]+){0,3},? sobald",
    ],
    substance: [
      "aber", "jedoch", "allerdings", "leider", "trotzdem", "dennoch", "sondern", "stattdessen", "statt", "anstatt", "anstelle",
      "entschuldig\\p{L}*", "bedauer\\p{L}*", "tut (?:uns|mir) leid", "verzöger\\p{L}*", "Verspätung\\p{L}*", "verspät\\p{L}*", "verschoben",
      "verschieb\\p{L}*", "später", "erst", "fehl(?:t|en|te|ten|end\\p{L}*)", "Fehler\\p{L}*", "beschädig\\p{L}*", "Schaden", "Schäden", "kaputt",
      "defekt\\p{L}*", "Mangel", "Mängel", "nicht (?:mehr )?(?:vorrätig|lieferbar|verfügbar|auf Lager)", "ausverkauft", "vergriffen", "Lieferengpass",
      "Rückstand", "Gravur\\p{L}*", "graviert\\p{L}*", "personalisiert\\p{L}*", "Personalisierung\\p{L}*", "getrennt\\p{L}*",
      "separat(?:e[nmrs]? (?:Paket|Sendung|Lieferung|Karton)\\p{L}*)?", "Teillieferung\\p{L}*",
      "(?:zwei|drei|mehrere[nm]?) (?:Paket(?:e|en)|Sendung(?:en)?|Lieferung(?:en)?|Kartons?)", "storn\\p{L}*", "änder\\p{L}*", "geändert",
      "Änderung\\p{L}*", "\\p{L}*adresse", "Anschrift", "Hausnummer", "Postleitzahl",
      "\\p{L}*rechnung\\p{L}*", "anbei", "Anhang", "beigefügt\\p{L}*", "\\p{L}*anleitung\\p{L}*", "Video", "Hinweis\\p{L}*", "beachten", "wichtig\\p{L}*",
      "Achtung", "\\p{L}*erstattung", "erstatt\\p{L}*", "Ersatz\\p{L}*", "austausch\\p{L}*", "Umtausch", "Rücksend\\p{L}*", "zurücksenden",
      "zurückschicken", "Retoure\\p{L}*", "Reklamation\\p{L}*", "finden Sie", "Frist", "bis (?:zum|spätestens|morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|\\d)",
      "bitte (?:\\p{L}+ ){0,3}(?:bestätigen|antworten|senden|schicken|mitteilen|prüfen|überprüfen|kontrollieren|wählen|auswählen|angeben|nennen|beachten|ausfüllen|fotografieren|lesen)",
      "(?:bestätigen|antworten|senden|schicken|teilen|prüfen|überprüfen|kontrollieren|wählen|geben|nennen|beachten|lesen) Sie (?:uns )?bitte",
      "im Voraus", "vorab", "könnten Sie", "würden Sie", "können Sie uns", "(?:wir )?benötigen", "brauchen wir",
      // "Zögern Sie nicht, uns zu kontaktieren" offers help; any other "nicht" says something.
      "nicht(?<!(?:zögern Sie|zögere|zögert|zögern|zögerst du) nicht)(?! zu zögern| zögern)",
    ],
    greeting: [
      `(?:hallo|hi|hey|moin|servus|guten (?:Tag|Morgen|Abend)|grüß (?:Gott|Sie|dich)|liebe[rs]?|sehr geehrte[rs]?)${UNTIL_LINE_END}`, AFTER_TITLE,
      "mit (?:freundlichen|besten|herzlichen|lieben|sonnigen|vielen|grünen) Grüßen", "(?:viele|liebe|beste|herzliche|freundliche|sonnige|schöne|grüne) Grüße",
      "(?:Gruß|Grüße) aus \\p{L}+", `(?:Ihr|Ihre|Dein|Deine|Euer|Eure) (?:[\\p{L}]+[- ]){0,3}Team${LINE_END}`, `(?:Ihr|Dein|Euer) Team (?:von|vom|der|des) \\p{L}+${LINE_END}`,
      `(?<=(?:^|\\n)[ \\t]{0,8})(?:MfG|LG|VG)${LINE_END}`, "(?:einen )?(?:schönen|angenehmen|guten) (?:Tag|Abend|Wochenende|Sonntag|Start in die Woche)(?: noch)?", "bis bald",
    ],
  },
  examples: [
    { text: "Hallo Herr Kaiser,\n\nvielen Dank für Ihre Bestellung! Viel Spaß mit dem neuen Schlauch.\n\nGartenwelt", expect: "thank-you-only" },
    { text: "Hallo Frau Berg,\n\nvielen Dank für Ihre Bestellung! Bei Fragen sind wir jederzeit für Sie da.\n\nGartenwerk Schulze", expect: "thank-you-only" },
    {
      text: "Sehr geehrter Herr Dr. Wagner-Hoffmann,\n\nherzlichen Dank für Ihren Einkauf bei uns. Wir wünschen Ihnen viel Freude mit Ihrem neuen Hochbeet! Sollten Sie Fragen haben, stehen wir Ihnen gerne zur Verfügung.\n\nMit freundlichen Grüßen\nIhr Team von Gartenwerk Schulze",
      expect: "thank-you-only",
    },
    {
      text: "Guten Tag Herr Yilmaz,\n\nwir haben Ihre Bestellung erhalten, sie wird bereits für den Versand vorbereitet. Sie erhalten eine weitere Nachricht, sobald das Paket unterwegs ist.\n\nViele Grüße\nGartenwerk Schulze",
      expect: "order-confirmation",
    },
    { text: "Hallo Jonas,\n\ngute Nachrichten: Deine Bestellung wurde heute verschickt und ist schon auf dem Weg zu dir!\n\nLiebe Grüße\nDein Kräuterkiste-Team", expect: "shipping-confirmation" },
    { text: "Guten Tag Frau Graf,\n\nvielen Dank für Ihre Bestellung. Leider verzögert sich der Versand der Gartenbank um etwa eine Woche.\n\nGartenwerk Schulze", expect: null },
    { text: "Guten Tag Herr Braun,\n\nvielen Dank für Ihre Bestellung. Könnten Sie uns die Hausnummer Ihrer Lieferadresse mitteilen?\n\nGartenwerk Schulze", expect: null },
    { text: "Hallo Frau Weber,\n\nIhre Bestellung wurde heute versandt. Das Zubehörset folgt in einem zweiten Paket, da es noch fehlt.\n\nGartenwerk Schulze", expect: null },
    { text: "Guten Tag Frau Lang,\n\nIhre Gartenbank ist unterwegs. Ölen Sie das Holz vor dem ersten Winter einmal mit Leinöl ein, dann bleibt es lange wetterfest.\n\nGartenwerk Schulze", expect: null },
    { text: "Hallo Frau Berg, Ihre Gravur wird heute gefertigt.\nVielen Dank!\nGartenwerk Schulze", expect: null },
    { text: "Hallo Frau Berger,\n\ndas gesamte Team bedankt sich recht herzlich für Ihren Einkauf. Bei Fragen sind wir jederzeit für Sie da.\n\nLampenwelt", expect: "thank-you-only" },
    { text: "Hallo Frau Berger,\n\ndas Lampenwelt-Team dankt Ihnen für Ihre Bestellung. Leider ist der Schirm in Grau erst ab Mai lieferbar; möchten Sie lieber Weiß?\n\nLampenwelt", expect: null },
  ],
});
