import type { RedundantCatalog } from "./types.js";

/*
 * A bare "bedankt" counts only as a sentence of its own ("Nogmaals bedankt!"): "bedankt voor de
 * foto's" thanks for something else. Shipping counts only for the order itself: a replacement that
 * is on its way is news the buyer needs, so "vervanging" and "nieuw exemplaar" are substance.
 * Salutations count only as a line of their own, so "Hallo Jan, de lamp komt morgen!" keeps its
 * content.
 */
const ORDER = "(?:bestelling|order|pakket|pakketje|zending|aankoop|bestelde artikelen|artikelen)";
const LINE_START = "(?<=(?:^|\\n)[ \\t]*)";
const LINE_END = "[ \\t]*[,!]?(?=[ \\t]*(?:\\r?\\n|$))";

export const nl = (): RedundantCatalog => ({
  lang: "nl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:het (?:hele |voltallige )?)?[\\p{L}-]*team(?: van(?: [\\p{L}\\p{N}&.'’-]+){1,3})? (?:bedankt|dankt) (?:u|je|jou|jullie)(?: \\p{L}+){0,2} voor (?:uw|je|jouw) (?:\\p{L}+ )?(?:bestelling|aankoop|order|vertrouwen|keuze)`,
      `(?:bedankt|dank(?:je|u)wel|dank (?:u|je|jullie)(?: wel)?|hartelijk dank|veel dank|onze dank)(?: \\p{L}+){0,2} voor (?:uw|je|jouw) (?:\\p{L}+ )?(?:bestelling|aankoop|order|vertrouwen|steun|keuze)`,
      "(?:bedankt|dank (?:u|je)(?: wel)?|dank(?:je|u)wel|hartelijk dank) (?:voor het|dat (?:u|je|jij)) (?:\\p{L}+ ){0,3}(?:bestellen|bestelde|besteld|kopen|kocht|gekocht|winkelen|winkelde|gewinkeld|kiezen|koos|gekozen)",
      "(?:wij|we) (?:zijn|waarderen) (?:u |je )?(?:erg |zeer |heel )?(?:blij met|dankbaar voor) (?:uw|je|jouw) (?:bestelling|aankoop|order|vertrouwen)",
      "(?:(?:nogmaals|alvast|heel erg|hartelijk|ontzettend) )?(?:bedankt|dank(?:je|u)wel|dank (?:u|je)(?: wel)?|hartelijk dank|veel dank)(?=[ \\t]*(?:[!.]|\\r?\\n|$))",
      "veel (?:plezier|gebruiksplezier) (?:met|ermee)", "(?:wij|we) hopen dat (?:u|je) (?:er )?(?:veel )?(?:plezier|blij|tevreden)",
      "(?:wij|we) wensen (?:u|je) (?:veel )?(?:plezier|gebruiksplezier)",
      "(?:fijn|leuk) dat (?:u|je|jij) (?:voor ons|bij ons|voor \\p{L}+|bij \\p{L}+) (?:hebt|heeft|heb) (?:gekozen|besteld|gekocht|gewinkeld)",
    ],
    help: [
      "(?:als|indien|mocht|mochten|wanneer) (?:u|je|jij|jullie|er) (?:nog |verder |ooit )?(?:\\p{L}+ )?(?:vragen|opmerkingen|hulp|iets)(?: \\p{L}+){0,3} (?:heeft|hebt|hebben|heb|nodig|zijn|is)",
      "(?:heeft u|hebt u|heb je|hebben jullie) (?:nog |verder |andere )?(?:vragen|opmerkingen)", "(?:bij|voor|met) (?:eventuele |verdere |overige |andere )?(?:vragen|opmerkingen)",
      "(?:neem|neemt u|neem dan) (?:gerust|vooral|dan|altijd|gerust even) contact (?:met ons )?op", "aarzel (?:dan )?niet",
      "(?:wij|we) (?:staan|zijn) (?:altijd |graag |steeds )?(?:voor u |voor je |voor jou )?(?:klaar|beschikbaar|bereikbaar|er voor (?:u|je))",
      "(?:wij|we) helpen (?:u|je|jou) graag(?: verder)?", "(?:wij|we) zijn er (?:altijd )?(?:voor (?:u|je|jou)|om te helpen)",
      "(?:kunt u|kun je|u kunt|je kunt) (?:altijd|gerust|ons altijd|ons gerust) (?:contact met ons opnemen|bij ons terecht|een bericht sturen|berichten|mailen|bereiken)",
      "laat (?:het )?(?:ons|mij|me) (?:het )?(?:gerust |dan |vooral |maar )?weten(?: als| wanneer| indien)",
    ],
    orderConfirmed: [
      `(?:wij|we) hebben (?:uw|je|jouw) ${ORDER} (?:in goede orde |goed |zojuist |net )?ontvangen`,
      `(?:uw|je|jouw) ${ORDER} (?:is|werd) (?:in goede orde |goed |nu |zojuist )?(?:ontvangen|bevestigd|geplaatst|geaccepteerd|verwerkt|in behandeling)`,
      `${ORDER} (?:wordt|worden) (?:\\p{L}+ ){0,2}(?:voorbereid|verwerkt|ingepakt|klaargemaakt|gereedgemaakt|verzendklaar gemaakt)`,
      `(?:wij|we) (?:zijn|gaan) (?:nu |al |direct |meteen )?(?:bezig met|aan de slag met) (?:het (?:inpakken|klaarmaken|verwerken) van )?(?:uw|je|jouw) ${ORDER}`,
      "hierbij bevestigen (?:wij|we)", `(?:wij|we) bevestigen (?:hierbij |graag )?(?:de ontvangst van )?(?:uw|je|jouw) ${ORDER}`,
      "orderbevestiging", "bestelbevestiging", "bevestiging van (?:uw|je|jouw) bestelling",
    ],
    shipped: [
      `(?:uw|je|jouw|het) ${ORDER} (?:is|zijn|werd|werden) (?:\\p{L}+ ){0,3}(?:verzonden|verstuurd|opgestuurd|verscheept|onderweg|de deur uit|overgedragen aan|meegegeven aan|afgegeven bij)`,
      `(?:wij|we) hebben (?:uw|je|jouw|het) ${ORDER} (?:\\p{L}+ ){0,3}(?:verzonden|verstuurd|opgestuurd|verscheept|overgedragen|meegegeven|afgegeven|ingeleverd)`,
      "verzendbevestiging",
      "(?:u|je) ontvangt (?:een |nog een )?(?:aparte |)(?:e-?mail|bericht|melding) (?:zodra|wanneer|als) (?:het|uw \\p{L}+|je \\p{L}+|ze|hij) (?:is )?(?:verzonden|verstuurd|onderweg)",
      `${ORDER} (?:wordt|zal|zou) (?:\\p{L}+ )?(?:binnenkort|spoedig|snel) (?:geleverd|bezorgd|bij (?:u|je) zijn|aankomen)`,
    ],
    substance: [
      "maar", "echter", "helaas", "sorry", "excuses?", "excuus", "verontschuldig\\p{L}*", "vertraag\\p{L}*", "vertraging\\p{L}*",
      "ontbre\\p{L}*", "beschadig\\p{L}*", "kapot", "defect\\p{L}*", "in plaats van", "uitverkocht", "niet (?:meer )?(?:op voorraad|leverbaar|beschikbaar)",
      "(?:het|dit|een) probleem", "probleem met", "vervang\\p{L}*", "nieuw exemplaar", "terugbetal\\p{L}*", "retour\\p{L}*",
      "(?:wilt|zou|zoudt) (?:u|je)", "wil je", "(?:kunt|kan|kun) (?:u|je) (?:ons |mij |me )?(?:\\p{L}+ ){0,3}(?:bevestigen|controleren|sturen|doorgeven|aangeven|kiezen|invullen|opsturen)",
      "(?:gelieve|graag) (?:te )?(?:bevestigen|controleren|reageren|antwoorden)", "bevestig (?:alstublieft|aub|even|ons)",
      "laat (?:ons|het ons) (?:even |alstublieft |a\\.u\\.b\\. |graag )?weten (?:welke|of|wat|hoe|waar|wanneer)",
      "(?:bezorg|verzend|aflever|woon|post|)adres(?:sen)?", "gewijzigd", "wijziging\\p{L}*", "geannuleerd", "annuler\\p{L}*",
      "later dan", "langer dan", "pas (?:op|vanaf|na|over)", "let op", "belangrijk", "(?:twee|drie|meerdere|aparte|afzonderlijke) (?:pakketten|zendingen|delen)",
      "apart verzonden", "na(?:gestuurd|gezonden|sturen|zenden|leveren|geleverd)", "(?:nog )?niet (?:ontvangen|geleverd|bezorgd|verzonden)",
      "uw vraag (?:over|of|naar)",
    ],
    greeting: [
      `${LINE_START}(?:beste|geachte|lieve|hallo|hoi|hey|hi|dag|goedemorgen|goedemiddag|goedenavond)(?: [\\p{L}\\p{N}.'’&-]+){0,4}${LINE_END}`,
      "(?:met )?(?:vriendelijke|hartelijke|zonnige|warme|beste|veel) groet(?:en)?", "groetjes", "groeten", "tot ziens",
      "(?:een )?(?:fijne|prettige|mooie) (?:dag|avond|week|weekend)(?: (?:verder|toegewenst|gewenst))?",
      `${LINE_START}(?:team|klantenservice) [\\p{L}\\p{N}.&'’ -]{1,30}?${LINE_END}`,
    ],
  },
  examples: [
    { text: "Beste Jan,\n\nHartelijk dank voor uw bestelling! Mocht u nog vragen hebben, laat het ons dan gerust weten.\n\nMet vriendelijke groet,\nTuinwereld", expect: "thank-you-only" },
    { text: "Hallo Sanne!\n\nBedankt voor je aankoop bij Kidsroom. We helpen je graag als er iets is.\n\nGroetjes,\nTeam Kidsroom", expect: "thank-you-only" },
    { text: "Beste mevrouw De Vries,\n\nWij hebben uw bestelling goed ontvangen en deze wordt momenteel ingepakt. U ontvangt een bericht zodra het pakket is verzonden.\n\nMet vriendelijke groet,\nLampenhuis", expect: "order-confirmation" },
    { text: "Hoi Tom,\n\nGoed nieuws: je bestelling is vandaag verzonden en is onderweg!\n\nGroeten,\nFietsfabriek", expect: "shipping-confirmation" },
    { text: "Beste Jan,\n\nBedankt voor uw bestelling. Helaas is de blauwe versie uitverkocht; wilt u de groene ontvangen?\n\nTuinwereld", expect: null },
    { text: "Hoi Tom,\n\nJe bestelling is verzonden. Draai de twee bouten vóór de eerste rit aan met 4 Nm.\n\nFietsfabriek", expect: null },
    { text: "Beste klant,\n\nDe tuinknielmat is vertraagd in ons magazijn en wordt op vrijdag verzonden.\n\nTuinwereld", expect: null },
    { text: "Beste Jan,\n\nUw bestelling is verzonden, maar de lampenkap zat er niet bij; die sturen we volgende week na.\n\nLampenhuis", expect: null },
    { text: "Beste mevrouw Bakker,\n\nBedankt voor uw bestelling. Klopt het dat uw huisnummer 12B is? Het adres op de bestelling lijkt onvolledig.\n\nLampenhuis", expect: null },
    { text: "Hallo Sanne,\n\nBedankt voor je aankoop! Was de hoes de eerste keer op 30 graden en laat hem liggend drogen.\n\nKidsroom", expect: null },
    { text: "Beste Sanne,\n\nHet hele team bedankt je hartelijk voor je bestelling. Heb je vragen, laat het ons weten.\n\nKidsroom", expect: "thank-you-only" },
    { text: "Beste Sanne,\n\nHet team van Kidsroom bedankt u voor uw bestelling. De blauwe lamp is uitverkocht; wilt u de groene of uw geld terug?\n\nKidsroom", expect: null },
  ],
});
