import type { RedundantCatalog } from "./types.js";

const ORDER = "(?:ordine|acquisto|fiducia|preferenza|scelta)";
const SUO = "(?:il suo |il tuo |il vostro |la sua |la tua |la vostra |l['’] ?|il |la )";
// A signature ends its line: "Lo staff di Cartoleria Aurora", not "il team di assistenza la chiamerà".
const LINE_END = "(?=(?: [\\p{L}\\p{N}&.'’-]+){0,2}[ \\t]*[.!,]?[ \\t]*(?:\\n|$))";
// A salutation counts only when nothing but a name follows it on its line ("Buongiorno Sig.ra Bianchi,").
const UNTIL_LINE_END = "(?=\\.?(?:[ ,]+[\\p{L}.'’-]+){0,5}[ ,]*(?:!|[,:]?[ \\t]*(?:\\n|$)))";
// A title's period splits the sentence ("Buongiorno Sig. Rizzo,"): the name after it is part of the salutation.
const AFTER_TITLE =
  "(?<=(?:Sig|Sigg|Dott|Dr|Prof|Ing|Avv|Arch|Geom|Rag|Sr|Sra|M|Mme|Hr|Fr|Mr|Mrs|Ms|D)\\. )\\p{L}[\\p{L}'’-]*(?=\\.?(?: \\p{L}[\\p{L}.'’-]*){0,3}(?:!|[,:]?[ \\t]*(?:\\n|$)))";

export const it = (): RedundantCatalog => ({
  lang: "it",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:tutto il |l['’]intero |il nostro |lo |il )?(?:team|staff|squadra)(?: di(?: [\\p{L}\\p{N}&.'’-]+){1,3}| [\\p{L}\\p{N}&.'’-]+)? (?:la|ti|vi) ringrazia(?: [\\p{L}]+){0,2} per ${SUO}(?:\\p{L}+ )?${ORDER}`, `(?:tutto il |l['’]intero |il nostro |lo |il )?(?:team|staff|squadra)(?: di(?: [\\p{L}\\p{N}&.'’-]+){1,3}| [\\p{L}\\p{N}&.'’-]+)? (?:la|ti|vi) ringrazia(?: [\\p{L}]+){0,2} per aver(?:ci)? (?:scelto|scelti|acquistato|ordinato|dato fiducia)`,
      `grazie(?: mille| ancora| di cuore| infinite| davvero)? per ${SUO}(?:\\p{L}+ )?${ORDER}`,
      "grazie per (?:aver(?:e|ci)?|averci) (?:scelto|scelti|acquistato|ordinato|comprato|dato fiducia)",
      `(?:la|ti|vi) ringrazi(?:amo|o)(?: [\\p{L}]+){0,2} per ${SUO}(?:\\p{L}+ )?${ORDER}`,
      "(?:la|ti|vi) ringrazi(?:amo|o)(?: [\\p{L}]+){0,2} per aver(?:ci)? (?:scelto|scelti|acquistato|ordinato|dato fiducia)",
      // "Grazie!" on its own.
      "grazie(?: mille| ancora| di cuore| infinite| a lei| a te)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:speriamo|ci auguriamo) che (?:\\p{L}+ ){0,3}(?:le|ti|vi) piaccia(?:no)?", "buon (?:divertimento|utilizzo|uso)",
    ],
    help: [
      "(?:per|in caso di) (?:qualsiasi|qualunque|ogni|eventuali|ulteriori) (?:altra |altro )?(?:domand[ae]|dubbi[oi]?|necessità|richiest[ae]|problem[ai]|chiariment[oi]|informazion[ei]|question[ei])",
      "se (?:ha|avesse|hai|avessi|dovesse avere|dovessi avere|avete) (?:bisogno(?: di aiuto| di qualcosa| di assistenza)?|domande|dubbi|qualche (?:domanda|dubbio|problema)|problemi|necessità)",
      "non esit(?:i|ate|are) a (?:contattar|scriver|ricontattar|chieder)\\p{L}*",
      "(?:siamo|restiamo|rimaniamo|resto|rimango|sono) (?:[\\p{L}]+ ){0,2}(?:a (?:sua|tua|vostra) (?:completa |totale |piena |più completa )?disposizione|qui per aiutar\\p{L}*|felici di aiutar\\p{L}*)",
      "saremo (?:lieti|felici) di aiutar\\p{L}*", "(?:per )?qualsiasi cosa(?=,)", "siamo qui",
    ],
    orderConfirmed: [
      "abbiamo ricevuto (?:correttamente )?(?:il suo|il tuo|il vostro) ordine", "(?:il suo|il tuo|il vostro) ordine (?:è stato|è) (?:correttamente )?(?:ricevuto|confermato|registrato|accettato|preso in carico)",
      "(?:le |ti |vi )?confermiamo (?:la ricezione del |di aver ricevuto il )?(?:suo|tuo|vostro) ordine", "conferma d['’]ordine",
      "(?:è|sono) in (?:fase di |corso di )?(?:preparazione|lavorazione|elaborazione)", "stiamo (?:preparando|elaborando|imballando) (?:il suo|il tuo|il vostro) (?:ordine|pacco)",
      "(?:viene|vengono) (?:preparat|imballat|elaborat)[oiae]",
    ],
    shipped: [
      "spedit[oaie]", "(?:è stato|è stata|sono stati|sono state) (?:inviat[oaie]|consegnat[oaie] al corriere|affidat[oaie] al corriere)",
      "(?:è|sono) partit[oaie]", "(?:è|sono) (?:già )?in viaggio", "(?:è|sono) in (?:consegna|transito)", "(?:è|sono) (?:già )?in arrivo",
      "(?:ha|hanno) lasciato il nostro magazzino", "conferma di spedizione",
      "(?:riceverà|riceverai) (?:un|una|un['’] ?altra|un altro) (?:e-?mail|messaggio|notifica|comunicazione)(?: \\p{L}+){0,3} (?:quando|non appena|appena)",
      "(?:le |ti )?arriverà (?:presto|a breve|nei prossimi giorni)",
    ],
    substance: [
      "ma", "però", "tuttavia", "purtroppo", "sfortunatamente", "ci scusiamo", "scus\\p{L}*", "dispiace", "ritard\\p{L}*", "slitt\\p{L}*", "rinvi\\p{L}*",
      "mancan\\p{L}*", "mancava", "manca", "mancano", "danneggiat\\p{L}*", "rott[oaie]", "difett\\p{L}*", "esaurit[oaie]", "incision\\p{L}*", "incis[oaie]", "personalizza\\p{L}*", "separatamente", "(?:due|tre|più) (?:pacchi|spedizioni|colli|scatole)", "non (?:è|sono) (?:più )?disponibil\\p{L}*",
      "invece", "al posto", "in anticipo", "per favore", "la preghiamo", "le chiediamo", "potrebbe", "potresti", "ci (?:invii|mandi|indichi|comunichi)", "conferm(?:i|are|ate)",
      "annull\\p{L}*", "cancell\\p{L}*", "modific\\p{L}*", "cambi\\p{L}*", "indirizzo", "fattur\\p{L}*", "allegat\\p{L}*", "istruzion\\p{L}*", "manuale",
      "rimbors\\p{L}*", "sostitu\\p{L}*", "ricambio", "reso", "fino a", "entro", "importante", "attenzione", "ricordi", "le ricordiamo",
      // Not "non esiti a contattarci" (an offer of help) nor "non appena" (as soon as).
      "non(?! esit\\p{L}*| appena| vediamo l['’]ora)",
    ],
    greeting: [
      `(?:buongiorno|buonasera|salve|ciao|gentile|gentilissim[oa]|egregi[oa]|car[oa]|spettabile)${UNTIL_LINE_END}`, AFTER_TITLE,
      "cordiali saluti", "(?:distinti|cari|un caro|un cordiale|i migliori|tanti) salut[oi]", "saluti", "a presto", `(?:lo |il )?staff (?:di )?\\p{L}+${LINE_END}`,
      `(?:il )?team (?:di )?\\p{L}+${LINE_END}`, "buona (?:giornata|serata|continuazione)",
    ],
  },
  examples: [
    { text: "Buongiorno Sig.ra Bianchi,\n\ngrazie per il suo ordine! Per qualsiasi domanda siamo a sua completa disposizione.\n\nCartoleria Aurora", expect: "thank-you-only" },
    {
      text: "Gentile Sig. Rizzo,\n\nla ringraziamo per aver scelto Cartoleria Aurora. Non esiti a contattarci se ha bisogno di aiuto.\n\nCordiali saluti,\nLo staff di Cartoleria Aurora",
      expect: "thank-you-only",
    },
    { text: "Buongiorno Sig. Galli,\n\nabbiamo ricevuto il suo ordine, che è ora in preparazione.\n\nCordiali saluti\nCartoleria Aurora", expect: "order-confirmation" },
    { text: "Ciao Marta,\n\nil tuo pacco è stato spedito oggi ed è già in viaggio! Buon divertimento con i nuovi acquerelli.\n\nCartoleria Aurora", expect: "shipping-confirmation" },
    { text: "Buongiorno Sig. Testa,\n\ngrazie per il suo ordine. Purtroppo l'agenda rossa è esaurita fino a fine mese.\n\nCartoleria Aurora", expect: null },
    { text: "Buongiorno Sig.ra Longo,\n\nabbiamo ricevuto il suo ordine. Potrebbe confermarci il numero civico dell'indirizzo di consegna?\n\nCartoleria Aurora", expect: null },
    { text: "Buongiorno Sig. Ferraresi,\n\nil suo ordine è stato spedito, ma le ricariche partiranno in un secondo pacco.\n\nCartoleria Aurora", expect: null },
    { text: "Buongiorno Sig.ra Gatti,\n\nla sua stilografica è in viaggio. Prima di usarla, sciacqui il pennino con acqua tiepida.\n\nCartoleria Aurora", expect: null },
    { text: "Gentile Sig.ra Rossi,\n\nlo staff di Casa Sole la ringrazia di cuore per il suo acquisto. Restiamo a disposizione per qualsiasi domanda.\n\nCasa Sole", expect: "thank-you-only" },
    { text: "Gentile Sig.ra Rossi,\n\ntutto il team la ringrazia per il suo ordine. Il cuscino blu arriverà con due giorni di ritardo: preferisce attendere o ricevere il verde?\n\nCasa Sole", expect: null },
  ],
});
