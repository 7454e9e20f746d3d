import type { ReviewCatalog } from "./types.js";

/*
 * "Bewertung" and "bewerten" also mean an internal assessment ("nach Bewertung des Schadens",
 * "wir haben Ihre Reklamation bewertet"), so only the noun counts, not after "nach" and not when
 * it names the assessment of a claim; the verb counts only when the buyer rates the seller or product.
 * Generic praise ("gut", "toll", "super") counts only when a review noun follows closely, because
 * "gefällt Ihnen gut, ... Bewertung" is a neutral request.
 */
const REVIEW_NOUN = "(?:bewertung|rezension|feedback|sterne|note|kritik|beurteilung)";

export const de = (): ReviewCatalog => ({
  lang: "de",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "(?<!nach (?:der |einer |interner |eingehender |sorgfältiger |))(?:kunden|produkt|amazon|verkäufer|händler|shop|artikel|sterne?|top|online|käufer|gesamt|fünfsterne|einstern|einsterne)?-?bewertung(?:en)?(?! (?:des|der|Ihrer|Ihres|unserer|von) (?:Schad|Schäd|Reklamation|Rücksend|Rückgabe|Garantie|Gewährleistung|Sachverhalt|Zustand|Mangel|Mängel|Anfrage|Fall)\\p{L}*)",
      "\\p{L}*rezension(?:en)?", "rezensier\\p{L}*", "\\p{L}*feedbacks?", "Erfahrungsbericht(?:e|en)?",
      "bewerten Sie", "bewertest du", "bewertet ihr", "bewerte (?:uns|das|den|die|es|ihn|mich|unseren?|unser)",
      "(?:uns|mich|das Produkt|den Artikel|die Ware|den Kauf|Ihren Kauf|deinen Kauf|Ihre Bestellung|unseren Shop|unser Produkt|unseren Artikel|unseren Service|den Verkäufer|das Gerät) (?:bitte |gern |gerne |auch |doch |)(?:auf Amazon |bei Amazon |)(?:positiv |gut |fair |ehrlich |mit (?:5|4|fünf|vier|ein|einem|1|2|3|zwei|drei) Sternen? |)(?:zu |)bewerten",
      "(?:positiv|gut|besser|schlecht|negativ) (?:zu |)bewerten",
      "Sterne (?:vergeben|geben|zu vergeben|zu geben)", "Rückmeldung(?:en)? (?:auf|bei|via|über) Amazon",
    ],
    positive: [
      "positiv\\p{L}{0,2}", "wohlwollend\\p{L}{0,2}", "lobend\\p{L}{0,2}", "glänzend\\p{L}{0,2}",
      "begeisterte[nrsm]?", "hervorragende[nrsm]?", "ausgezeichnete[nrsm]?", "exzellente[nrsm]?",
      "wohlwollende[nrsm]?", "bestmögliche[nrsm]?", "Bestnote\\p{L}{0,2}", "Bestbewertung(?:en)?",
      `(?:sehr |)(?:gute[nrsm]?|tolle[nrsm]?|schöne[nrsm]?|super|klasse|spitzen|prima|freundliche[nrsm]?)(?=[\\p{L} -]{0,20}?${REVIEW_NOUN})`,
      "top-?(?:bewertung|rezension|note)(?:en)?", "gut (?:zu |)bewerten", "Lob",
    ],
    topStars: [
      "(?:5|fünf|4|vier)[- ]?stern\\p{L}*", "(?:4|5|vier|fünf) von (?:5|fünf) (?:Sternen|Punkten)",
      "(?:5|fünf)/(?:5|fünf)", "volle[nr]? (?:Punktzahl|Sternzahl|Sterne|Punkte)", "Höchstpunktzahl",
      "Höchstbewertung(?:en)?", "höchste[nr]? (?:Bewertung|Punktzahl|Note)", "★★★★★?",
    ],
    lowStars: ["(?:1|2|3|ein|einen|einem|zwei|drei)[- ]?stern(?:e|en|s|)(?:-?bewertung(?:en)?|-?rezension(?:en)?|)", "(?:1|2|3|eins|zwei|drei) von (?:5|fünf) (?:Sternen|Punkten)"],
    neutral: [
      "positiv\\p{L}{0,2} (?:oder|wie|und|als auch|bzw\\.) (?:auch |)(?:negativ|kritisch)\\p{L}{0,2}",
      "(?:negativ|kritisch)\\p{L}{0,2} (?:oder|wie|und|als auch|bzw\\.) (?:auch |)positiv\\p{L}{0,2}",
      "gut\\p{L}{0,2} (?:oder|wie|und) (?:auch |)(?:schlecht|weniger gut)\\p{L}{0,2}", "schlecht\\p{L}{0,2} (?:oder|wie) gut\\p{L}{0,2}",
      "egal (?:wie|ob|was|welche)", "ganz gleich(?:,|) (?:wie|ob|was|welche)", "gleichgültig(?:,|) (?:wie|ob)",
      "unabhängig davon(?:,|) (?:wie|ob|was)", "wie auch immer", "was auch immer", "Lob (?:oder|und|wie) Kritik",
      "Lob und Tadel", "Kritik (?:oder|und|wie) Lob",
    ],
    ifHappy: [
      "(?:falls|wenn|sofern|solange) (?:Sie|du|ihr) (?:mit (?:dem|der|den|Ihrem|Ihrer|Ihren|deinem|deiner|unserem|unserer|unseren|diesem|dieser) \\p{L}+ |mit uns |damit |davon |)(?:voll |rundum |sehr |ganz |wirklich |vollkommen |absolut |)(?:zufrieden|begeistert|glücklich|überzeugt)",
      "(?:falls|wenn|sofern) (?:er |sie |es |das |der \\p{L}+ |die \\p{L}+ |das \\p{L}+ |unser\\p{L}* \\p{L}+ |Ihr\\p{L}* \\p{L}+ |dein\\p{L}* \\p{L}+ )(?:Sie|dich|euch) (?:überzeugt|überzeugen|begeistert|begeistern)",
      "(?:falls|wenn|sofern) (?:Ihnen|dir|euch) (?:der|die|das|unser\\p{L}*|Ihr\\p{L}*|dein\\p{L}*) \\p{L}+ (?:gut |)(?:gefällt|gefallen hat|gefallen|zusagt|zugesagt hat)",
      "(?:falls|wenn|sofern) (?:er|sie|es|das|der \\p{L}+|die \\p{L}+|das \\p{L}+|unser\\p{L}* \\p{L}+|Ihr\\p{L}* \\p{L}+|dein\\p{L}* \\p{L}+) (?:Ihnen|dir|euch) (?:gut |)(?:gefällt|gefallen hat|zusagt|zugesagt hat)",
      "(?:falls|wenn|sofern) (?:er|sie|es|der \\p{L}+|die \\p{L}+|das \\p{L}+|unser\\p{L}* \\p{L}+|Ihr\\p{L}* \\p{L}+) (?:Ihre|deine|eure) Erwartungen (?:erfüllt|übertroffen|übertrifft|erfüllen)",
      "(?:falls|wenn|sofern) (?:Sie|du|ihr) (?:den|die|das|Ihren|Ihre|Ihr|deinen|deine|dein|unseren|unsere|unser) \\p{L}+ (?:mögen|magst|mögt|lieben|liebst|liebt)",
      "(?:falls|wenn|sofern) (?:Sie|du|ihr) (?:eine |)(?:gute|positive|tolle|schöne) Erfahrung",
      "(?:falls|wenn|sofern) alles (?:gut|bestens|in Ordnung|zu Ihrer Zufriedenheit|zu deiner Zufriedenheit|passt|geklappt)",
      "(?:sollten|solltest|solltet) (?:Sie|du|ihr) (?:mit \\p{L}+ \\p{L}+ |mit uns |damit |)(?:voll |rundum |sehr |ganz |)zufrieden sein",
      "(?:sind Sie|bist du|seid ihr|waren Sie|warst du) (?:mit \\p{L}+ \\p{L}+ |mit uns |damit |)(?:voll |rundum |sehr |ganz |)zufrieden\\s*[?,]",
      "(?<!nicht |nicht ganz )zufrieden\\s*\\?", "(?:gefällt|gefiel) (?:er|sie|es) (?:Ihnen|dir|euch)\\s*[?,]",
      "(?:gefällt|gefiel) (?:Ihnen|dir|euch) (?:der|die|das|unser\\p{L}*|Ihr\\p{L}*|dein\\p{L}*) \\p{L}+\\s*[?,]",
      "hat (?:er|sie|es) (?:Ihnen|dir|euch) gefallen\\s*\\?", "bei Zufriedenheit",
    ],
    incentive: [
      "\\p{L}*gutschein\\p{L}*", "\\p{L}*rabatt\\p{L}*", "Preisnachlass\\p{L}*", "Nachlass", "\\p{L}*erstattung(?:en)?",
      "(?:zurück|rück|)erstatte[nt]?", "kostenlos\\p{L}{0,2}", "kostenfrei\\p{L}{0,2}", "gratis\\p{L}*", "umsonst",
      "\\p{L}*geschenk\\p{L}{0,2}", "schenk(?:en|e|t)", "Prämie(?:n)?", "belohn\\p{L}*", "als (?:kleines |kleinen |)Dankeschön",
      "Gegenleistung", "im Gegenzug", "Entschädigung(?:en)?", "entschädigen", "Geld zurück", "Cashback", "Bonus",
      "Gutschrift(?:en)?", "gutschreiben", "\\d+(?:[.,]\\d+)? ?(?:€|Euro|EUR)", "(?:€|EUR) ?\\d+",
      "\\d+ ?% (?:auf|günstiger|weniger|sparen|Ersparnis)", "Vergünstigung(?:en)?", "vergünstigt\\p{L}{0,2}", "Zugabe",
      "Freiexemplar\\p{L}*",
    ],
    change: [
      "lösch\\p{L}*", "gelöscht", "entfern(?:en|t|e|st)", "zu entfernen", "herausnehmen", "ändern", "abändern", "abzuändern",
      "umändern", "änderst", "anpassen", "anzupassen", "aktualisieren", "zu aktualisieren", "überarbeiten",
      "zu überarbeiten", "zurückziehen", "zurückzuziehen", "zurückgezogen", "zurücknehmen", "zurückzunehmen",
      "zurückgenommen", "korrigieren", "zu korrigieren", "revidieren", "zu revidieren", "überdenken", "zu überdenken",
      "erhöhen", "zu erhöhen", "heraufsetzen", "hochstufen", "aufwerten", "umschreiben", "umzuschreiben",
      "nachträglich bearbeiten", "editieren",
    ],
    negative: [
      "negativ\\p{L}{0,2}", "nicht (?:ganz |vollständig |vollkommen |100 ?% |restlos |rundum |)zufrieden", "unzufrieden\\p{L}{0,2}",
      "Unzufriedenheit", "enttäuscht\\p{L}{0,2}", "Enttäuschung", "schlecht\\p{L}{0,2}", "kritisch\\p{L}{0,2}",
      "Probleme?n?", "Mängel", "Mangel", "Beanstandung(?:en)?", "Grund zur (?:Klage|Beanstandung|Unzufriedenheit)",
      "etwas nicht (?:stimmt|stimmen|passt|passen|in Ordnung)", "nicht (?:wie erwartet|in Ordnung|gefallen|gefällt|zusagt)",
      "gefällt (?:Ihnen|dir|euch) nicht", "weniger als (?:5|fünf) Sterne", "Schwierigkeiten", "Ärger",
    ],
    contactFirst: [
      "(?:kontaktieren|kontaktiert|kontaktiere|kontaktier|schreiben|schreibe|schreib|schreibt|informieren|informiere|benachrichtigen) (?:Sie |du |ihr |)uns[\\p{L} ]{0,25}? (?:zuerst|zunächst|vorher|erst|als Erstes|vorab)",
      "(?:melden|wenden) (?:Sie|ihr) (?:sich|euch)[\\p{L} ]{0,25}? (?:zuerst|zunächst|vorher|erst|als Erstes|vorab) (?:bei|an) uns",
      "(?:melde|meld|wende) dich[\\p{L} ]{0,25}? (?:zuerst|zunächst|vorher|erst|als Erstes|vorab) (?:bei|an) uns",
      "(?:zuerst|zunächst|vorher|erst|als Erstes|vorab) (?:mit uns |bei uns |an uns |uns |)(?:Kontakt aufnehmen|Kontakt aufzunehmen|kontaktieren|zu kontaktieren|in Verbindung (?:setzen|treten)|melden|zu melden|wenden|zu wenden|Bescheid (?:geben|sagen|zu geben)|informieren|zu informieren|schreiben|zu schreiben)",
      "uns (?:bitte |)(?:zuerst|zunächst|vorher|erst|vorab) (?:die |eine |)(?:Chance|Gelegenheit|Möglichkeit|Nachricht)",
      "(?:geben|gib|gebt|lassen|lass) (?:Sie |)uns (?:bitte |doch |zuerst |zunächst |erst |)(?:die |eine |)(?:Chance|Gelegenheit|Möglichkeit)",
    ],
    beforeReview: [
      "(?:bevor|ehe) (?:Sie|du|ihr)[\\p{L} -]{0,30}?(?:bewertung|rezension|feedback|bewerten|bewertest|stern|rezensier)\\p{L}*",
      "vor (?:der |einer |Ihrer |)(?:Abgabe|Veröffentlichung|Erstellung)[\\p{L} -]{0,25}?(?:bewertung|rezension|feedback)\\p{L}*",
      "(?:statt|anstatt|anstelle|an Stelle)[\\p{L} -]{0,30}?(?:bewertung|rezension|feedback|zu bewerten)\\p{L}*",
    ],
  },
  neutralRequest:
    "Wenn Sie einen Moment Zeit haben, würden wir uns über eine ehrliche Bewertung Ihres Kaufs auf Amazon freuen – ganz gleich, wie Ihre Erfahrung war.",
  examples: [
    { text: "Wir würden uns sehr über 5 Sterne auf Amazon freuen.", expect: "star-rating" },
    { text: "Wenn Ihnen die Lampe gefällt, geben Sie uns bitte eine Fünf-Sterne-Bewertung.", expect: "star-rating" },
    { text: "Über volle Punktzahl in Ihrer Rezension würden wir uns riesig freuen!", expect: "star-rating" },
    { text: "Falls er Sie überzeugt, wäre eine positive Rezension bei Amazon für unseren kleinen Betrieb Gold wert!", expect: "positive-only" },
    { text: "Wenn Sie mit dem Kauf zufrieden sind, hinterlassen Sie uns bitte eine Bewertung.", expect: "positive-only" },
    { text: "Sind Sie mit Ihrem Einkauf zufrieden? Dann freuen wir uns über Ihr Feedback auf Amazon.", expect: "positive-only" },
    { text: "Eine gute Kundenbewertung hilft uns als kleinem Händler enorm.", expect: "positive-only" },
    { text: "Für eine 5-Sterne-Bewertung schenken wir Ihnen einen Gutschein.", expect: "incentive" },
    { text: "Nach Ihrer Rezension erstatten wir Ihnen 10 € des Kaufpreises.", expect: "incentive" },
    { text: "Als kleines Dankeschön für Ihre Bewertung erhalten Sie 15 % Rabatt auf Ihre nächste Bestellung.", expect: "incentive" },
    { text: "Könnten Sie Ihre 1-Sterne-Bewertung bitte löschen?", expect: "change-review" },
    { text: "Da das Problem nun gelöst ist, würden Sie Ihre Rezension eventuell anpassen?", expect: "change-review" },
    { text: "Wir erstatten Ihnen den vollen Kaufpreis, sobald die negative Bewertung entfernt wurde.", expect: "change-review" },
    { text: "Bitte kontaktieren Sie uns zuerst, bevor Sie eine negative Bewertung abgeben.", expect: "gating" },
    { text: "Sollte etwas nicht in Ordnung sein, melden Sie sich bitte zuerst bei uns, statt eine Bewertung zu schreiben.", expect: "gating" },
    { text: "Falls du unzufrieden bist: Schreib uns bitte erst, bevor du bewertest.", expect: "gating" },
    { text: "Wenn Sie möchten, teilen Sie Ihre Erfahrungen mit dem Gerät gern in einer Rezension auf Amazon.", expect: null },
    { text: "Wir freuen uns über jede ehrliche Bewertung, ob positiv oder negativ.", expect: null },
    { text: "Wir hoffen, das Produkt gefällt Ihnen gut, und freuen uns über Ihre Bewertung.", expect: null },
    { text: "Wir haben Ihre Reklamation geprüft und bewertet; die Rückerstattung erfolgt in den nächsten Tagen.", expect: null },
    { text: "Nach Bewertung des Schadens erhalten Sie von uns eine Rückerstattung.", expect: null },
    { text: "Die Garantie (ca. 5 Jahre auf das Gestell) gilt ab Lieferdatum.", expect: null },
    { text: "Wir haben Ihnen den Differenzbetrag über Amazon erstattet.", expect: null },
    { text: "Bei Fragen oder Problemen erreichen Sie uns jederzeit über das Amazon-Nachrichtensystem.", expect: null },
    { text: "Melden Sie sich bei Problemen bitte zuerst bei uns und nicht über eine Bewertung.", expect: "gating" },
    { text: "Sollten Sie Fragen haben, melden Sie sich gern bei uns.", expect: null },
  ],
});
