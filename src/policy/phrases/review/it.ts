import type { ReviewCatalog } from "./types.js";

// Greetings, conditions and vouchers ("buona giornata", "buono stato", "buono sconto") are not verdicts.
const NOT_GREETING =
  "(?!,| (?:giornata|serata|sera|notte|domenica|fine settimana|weekend|week-end|continuazione|lettura|lavoro|viaggio|pomeriggio|divertimento|utilizzo|uso|stato|condizion\\p{L}*|natale|feste|anno|sconto|regalo|acquisto|spesa|omaggio|motivo))";
const REVIEW_STEM = "(?:recension|opinion|valutazion|giudizi|comment|stell|vot|feedback|review)\\p{L}*";
// "le piace", "ti è piaciuto", "vi sono piaciuti".
const LIKED = "(?:le|ti|vi|gli) (?:piace|piacciono|(?:è |sono )?piaciut[oaie])";

export const it = (): ReviewCatalog => ({
  lang: "it",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "feedbacks?",
      "recension[ei]", "opinion[ei]", "valutazion[ei]", "punteggi(?:o)?",
      // Not an internal assessment ("valuteremo la sua richiesta").
      "valutar(?:ci|lo|la|li|le)", "ci valut(?:i|ino|ate)", "valutateci", "valutaci",
      "valutare (?:il|l['’]|questo|questa|il nostro|la nostra|i nostri|lo|la) ?(?:prodotto|articolo|acquisto|negozio|venditore|servizio|ordine)",
      "recensir(?:e|ci|lo|la|li|le)", "recensisca",
      // Not "a nostro giudizio" (in our judgement).
      "(?<!(?<!\\p{L})(?:a|secondo il) (?:nostro|mio|suo|vostro) )giudizi[oi]?",
      "(?:un|il suo|il tuo|suo|tuo|alto|basso|buon|bel|ottimo|pessimo) voto",
      // "commento" is also any remark: only when it is plainly posted or rated.
      "comment[oi] (?:su|sulla|sul) (?:amazon|pagina|scheda|prodotto)", "comment[oi] (?:positiv|negativ|favorevol)\\p{L}*",
      "(?:lasci|scriv|pubblic|aggiung|condivid)\\p{L}* (?:un |il suo |un suo |il tuo |qualche |due righe di )?(?:breve |piccolo )?comment[oi]",
      "(?:elimin|rimuov|cancell|modific|cambi|aggiorn|rived)\\p{L}* (?:il suo |il tuo |il |questo |quel |i suoi |i tuoi )?comment[oi]",
      // Bare "stelle" may be a pattern or a decoration: only as a rating.
      "(?:le sue|le tue|delle|qualche) stell(?:e|ine)", "stell(?:e|ine) su amazon",
      "(?:dar|dare|dia|darci|ci dia|mett|mettere|metta|lasciare|lasci)(?:ci)? (?:le |delle |\\d |cinque |quattro )?stell(?:e|ine)",
    ],
    positive: [
      `buon[aeo]?${NOT_GREETING}`, "buone(?! (?:feste|condizioni|vacanze))", "positiv[aeio]", "ottim[aeio]", "eccellent[ei]",
      "favorevol[ei]", "perfett[aeio](?! (?:stato|condizion\\p{L}*))", "splendid[aeio]", "fantastic[aoh]e?", "fantastici",
      "entusiast[aei]", "lusinghier[aeio]", "(?:bell[aeo]|bei) (?:recension|valutazion|opinion|comment|voto|giudizi)\\p{L}*",
      "(?:massim[oa]|pien[oa]) (?:dei voti|valutazione|punteggio|voto)",
    ],
    topStars: [
      "(?:5|cinque|4|quattro) stell(?:e|ine)", "(?:5|4)[- ]?stelle", "(?:5|4) ?★", "★{4,5}",
      "(?:5|cinque) su (?:5|cinque)", "il massimo dei voti", "(?:valutazione|punteggio|voto) (?:massim[oa]|pien[oa])",
      "(?:massima|piena) valutazione", "(?:massimo|pieno) punteggio", "10 e lode", "dieci e lode",
    ],
    lowStars: ["(?:1|una|2|due|3|tre) stell(?:a|e|ina|ine)", "(?:1|2|3)[- ]?stell(?:a|e)", "(?:1|2|3) ?★"],
    thanked: [
      "grazie(?: mille| di cuore| infinite| davvero| ancora)? per (?:la sua|la tua|il suo|il tuo|le sue|i suoi|la|il|le|l['’]|aver(?:ci)? (?:lasciato|scritto|dato)|averci (?:lasciato|dato))", "(?:la|ti|vi) ringrazi(?:amo|a) (?:\\p{L}+ )?per",
    ],
    contrary: [
      "o (?:meno|non (?:così|tanto)|negativ[aeio]|deludent[ei]|critic[aoi]|cattiv[aeio])",
    ],
    contactUs: [
      "(?:ci contatti|contattateci|contattaci|ci scriva|scriveteci|scrivici|ci avvisi|avvisateci|avvisaci|ci faccia sapere|fateci sapere|facci sapere|si metta in contatto con noi|mettiti in contatto con noi|si rivolga a noi|rivolgiti a noi)", "(?:contattarci|scriverci|avvisarci)",
    ],
    neutral: [
      "buon[aeoi]? o (?:meno|non così|non tanto) buon[aeoi]?",
      "in bene o in male", "nel bene e nel male", "qualunque (?:essa|esso|sia) (?:sia|la sua|il suo|la tua|il tuo)",
      "qualsiasi (?:essa |esso )?sia", "qualunque cosa (?:ne )?pensi", "(?:qualunque|qualsiasi) (?:sia )?(?:la sua|il suo|la tua|il tuo) (?:opinione|esperienza|giudizio|valutazione|impressione)",
      "positiv[aeio] o negativ[aeio]", "negativ[aeio] o positiv[aeio]", "positiv[aeio] o no",
      "buon[aeo]? o cattiv[aeio]", "bell[aeio] o brutt[aeio]", "favorevol[ei] o (?:no|meno|sfavorevol[ei])",
      "pregi e (?:i )?difetti", "sia (?:positiv|buon)\\p{L}* (?:che|sia|o) (?:negativ|cattiv|critic)\\p{L}*",
      "(?:lati|aspetti) positivi e negativi",
    ],
    ifHappy: [
      "se (?:è|e['’]|sei|siete|fosse|foste)(?: stat[oaie]| rimast[oaie])?(?: (?:molto|pienamente|davvero|completamente|del tutto))? (?:soddisfatt[oaie]|content[oaie]|felic[ei]|entusiast[aei])",
      "(?:qualora|nel caso (?:in cui )?|laddove) (?:sia|fosse|foste|siate|sia stat[oa]|sia rimast[oa])(?: (?:molto|pienamente|davvero|completamente))? (?:soddisfatt[oaie]|content[oaie])",
      `se ${LIKED}`, `se (?:il \\p{L}+ |la \\p{L}+ |l['’]\\p{L}+ |i \\p{L}+ |lo \\p{L}+ |questo \\p{L}+ )${LIKED}`,
      "se (?:ha|hai|avete) (?:apprezzato|gradito|amato)", "se (?:tutto|ogni cosa) (?:è|e['’]|sia|fosse) (?:andat[oa] )?(?:bene|ok|perfett\\p{L}*|a posto)",
      "se (?:il \\p{L}+ |la \\p{L}+ |l['’]\\p{L}+ )?(?:ha )?(?:soddisfatto|rispettato|superato|rispecchiato|soddisfa|rispetta|supera) le (?:sue|tue|vostre) aspettative",
      "se (?:ha|hai|avete) avuto un['’](?:ottima|buona|bella) esperienza",
      `(?<!non )${LIKED}(?:[ '’]\\p{L}+){0,3}\\s*\\?`,
      "(?<!non(?: \\p{L}+)? )(?:soddisfatt|content)[oaie](?: (?:del|della|dei|delle|dell['’]|di) ?\\p{L}+)?\\s*\\?",
      "solo se (?:è|sei|siete) (?:soddisfatt|content)\\p{L}*",
    ],
    incentive: [
      // Not "ci regala 5 stelle" (the buyer giving): only the seller's gift.
      "regal[oi]", "in regalo", "(?:le |ti |vi )?regal(?:iamo|eremo|eremmo)", "omagg(?:io|i)", "in omaggio",
      "gratis", "gratuit[aeio]", "gratuitamente", "rimbors\\p{L}*", "scont[oi]", "scontat[oaie]",
      "buoni? (?:sconto|regalo|acquisto|amazon|spesa|omaggio)", "(?:un|il|questo|del|nostro) buono(?! (?:stato|motivo|prodotto|acquisto))",
      "coupon", "codic[ei] (?:sconto|promo(?:zionale)?|coupon)", "\\d+ ?% (?:di sconto|in meno)", "in cambio",
      "ricompens\\p{L}*", "compens\\p{L}*", "risarci\\p{L}*", "premio", "premi(?:amo|eremo|arla|arlo)", "cashback", "campion[ei] gratuit[oi]",
    ],
    change: [
      "elimin\\p{L}*", "rimuov\\p{L}*", "rimoss[aoie]", "rimozione", "cancell\\p{L}*", "modific\\p{L}*",
      // Not "cambio" (an exchange of the product).
      "cambi(?:are|arla|arlo|arle|i|ate|asse|ato|ata|erebbe|erà|a|ando)", "aggiorn\\p{L}*", "ritir(?:are|arla|arlo|a|i|ate|asse|ato|ata)",
      "rived(?:ere|erla|erlo|a|ano|esse)", "riconsider\\p{L}*", "ripens\\p{L}*", "ritratt\\p{L}*", "rettific\\p{L}*",
      // Bare "migliorare" is what reviews help sellers do; only with the rating as object.
      "(?:alz|aument|miglior|correggere|corregga)\\p{L}* (?:il |la |suo |sua |il suo |la sua |quel |quella )?(?:voto|valutazione|punteggio|recensione|giudizio)",
    ],
    negative: [
      "non (?:è|e['’]|sia|fosse|dovesse essere|risulta)(?: stat[oaie])?(?: (?:del tutto|proprio|al 100 ?%))? perfett[oaie]",
      "negativ[aeio]", "insoddisfatt[oaie]", "scontent[oaie]", "delus[oaie]", "deludent[ei]",
      "non (?:è|e['’]|sei|siete|fosse|foste|dovesse essere|fossi|sia|siate)(?: stat[oaie]| rimast[oaie])?(?: (?:del tutto|pienamente|completamente|molto|al 100 ?%))? (?:soddisfatt|content|convint)[oaie]",
      `non ${LIKED}`, "(?:brutta|cattiva|bassa|pessima) (?:recensione|valutazione|opinione|esperienza)",
      "(?:qualche|qualsiasi|eventual[ei]|un|il minimo) (?:problem[ai]|inconvenient[ei]|difett[oi]|intopp[oi])",
      "(?:qualcosa|qualcos['’]altro) (?:non (?:va|andasse|vada|è andat[oa]|fosse)(?: bene)?|(?:è |fosse )?andat[oa] storto)",
      "meno di (?:5|cinque) stelle", "critic[ahe]",
    ],
    contactFirst: [
      "(?:ci contatti|contattateci|contattaci|ci scriva|scriveteci|scrivici|ci avvisi|avvisateci|avvisaci|ci faccia sapere|fateci sapere|facci sapere|ci mandi un messaggio|si metta in contatto con noi|mettiti in contatto con noi|si rivolga a noi|rivolgiti a noi)(?:[ ,]{1,2}\\p{L}+){0,2}?[ ,]{1,2}(?:prima|per prim[ao]|innanzitutto|anzitutto)",
      "(?:contattarci|scriverci|avvisarci|rivolgersi a noi) (?:prima|per prim[ao]|innanzitutto)",
      "(?:prima|innanzitutto|anzitutto|per prima cosa),? (?:ci contatti|contattateci|contattaci|ci scriva|scriveteci|scrivici|ci avvisi)",
      "(?:ci dia|dateci|dacci) (?:la |l['’])?(?:possibilità|opportunità|occasione|modo) di (?:risolvere|rimediare|sistemare|correggere)",
    ],
    beforeReview: [
      `(?:prima|invece|anziché) (?:di )?(?:lasciare|scrivere|pubblicare|rilasciare|dare|mettere|inviare)(?:ci|le|gli)?(?:[ '’]\\p{L}+){0,3}?[ '’](?:${REVIEW_STEM}|su amazon)`,
      "(?:prima|invece|anziché) (?:di )?(?:recensir|valutar|votar|giudicar)(?:e|ci|lo|la)",
      `prima che (?:lei |tu )?(?:ci )?(?:lasci|scriva|pubblichi|dia|metta)(?:[ '’]\\p{L}+){0,3}?[ '’](?:${REVIEW_STEM}|su amazon)`,
      "prima di (?:qualsiasi|qualunque|ogni) (?:recensione|valutazione|opinione|commento)",
    ],
  },
  neutralRequest:
    "Se ha un momento, una sua recensione sincera su Amazon, qualunque essa sia, sarà utile ad altri clienti.",
  examples: [
    { text: "Se ci regala 5 stelle su Amazon ci aiuta tantissimo a farci conoscere!", expect: "star-rating" },
    { text: "Ci farebbe molto piacere una valutazione a cinque stelle.", expect: "star-rating" },
    { text: "Se è soddisfatto dell'acquisto, ci lasci una recensione positiva su Amazon.", expect: "positive-only" },
    { text: "Le è piaciuta la borraccia? Una bella recensione ci aiuterebbe molto!", expect: "positive-only" },
    { text: "Ci aiuterebbe tantissimo un'ottima valutazione da parte sua.", expect: "positive-only" },
    { text: "Lasci una recensione e riceverà in omaggio un secondo tappo.", expect: "incentive" },
    { text: "Per ogni recensione su Amazon le inviamo un buono sconto del 20%.", expect: "incentive" },
    { text: "Potrebbe rimuovere la recensione negativa ora che il problema è risolto?", expect: "change-review" },
    { text: "Le rimborsiamo l'intero importo se modifica la sua valutazione di una stella.", expect: "change-review" },
    { text: "Potrebbe aggiornare la sua recensione ora che il problema è risolto?", expect: "change-review" },
    { text: "Se non è soddisfatto, ci contatti prima di lasciare una recensione.", expect: "gating" },
    { text: "Qualche problema con la borraccia? Ci scriva prima, invece di lasciare un'opinione negativa.", expect: "gating" },
    { text: "Qualora non fosse soddisfatto, ci scriva prima di valutarci.", expect: "gating" },
    { text: "se ha voglia di raccontare su Amazon com'è andata, in bene o in male, la sua esperienza sarà utile.", expect: null },
    { text: "Chi compra su Amazon legge volentieri le opinioni di altri clienti: se le va, scriva la sua, qualunque essa sia.", expect: null },
    { text: "il rimborso di 3,00 €, applicato come sconto su questo ordine per il ritardo, è già stato emesso da Amazon.", expect: null },
    { text: "Buona giornata e grazie in anticipo se vorrà lasciare una recensione su Amazon.", expect: null },
    { text: "A nostro giudizio il difetto è coperto dalla garanzia, quindi le cambiamo la borraccia.", expect: null },
    { text: "Abbiamo modificato l'indirizzo di consegna come richiesto.", expect: null },
    { text: "Le sue recensioni ci aiutano a migliorare.", expect: null },
    { text: "Arrivederci e grazie per la sua opinione.", expect: null },
    { text: "Grazie mille per la sua recensione a cinque stelle!", expect: null },
    { text: "Grazie per il suo acquisto: potrebbe lasciarci una recensione a 5 stelle?", expect: "star-rating" },
    { text: "Se sei soddisfatto, dacci cinque stelline.", expect: "star-rating" },
    { text: "Potrebbe cancellare il feedback negativo che ci ha lasciato?", expect: "change-review" },
    { text: "Che la sua esperienza sia stata buona o meno buona, una recensione sincera su Amazon aiuta gli altri clienti.", expect: null },
    { text: "Ci scriva tramite i messaggi di Amazon prima di lasciare una recensione.", expect: "gating" },
    { text: "Per qualsiasi domanda ci contatti pure; se vuole, lasci anche una recensione sincera su Amazon.", expect: null },
    { text: "Grazie per il suo feedback: abbiamo aggiornato la descrizione del prodotto.", expect: null },
  ],
});
