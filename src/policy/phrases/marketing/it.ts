import type { MarketingCatalog } from "./types.js";

const NOSTR = "(?:(?:il|la|i|le|gli|l['’]) ?)?nostr[aoie]";
// "il nostro nuovo corriere", "il nostro nuovo indirizzo": service nouns after "nostro nuovo …" are no product.
const NOT_SERVICE =
  "(?!(?:corrier|spedizion|indirizz|magazzin|servizio|numer|orari|imballagg|sito|negozio|condizion|politic|procedur|sistem|fornitor|collega|colleghi|uffic|laboratorio|sede|telefon|manual|istruzion|pacc)\\p{L}*)";
// A handed-out code: letters and digits ("GRAZIE10", "PENNA-15").
const CODE = "[«\"'“]?\\p{L}{3,}-?\\d{1,3}(?!\\d)[»\"'”]?";
// The seller's own site. "shop online" is left out: the English catalog reads "shop" as buying.
const SITE = "(?:sito(?: web| internet| ufficiale)?|e-?commerce|negozio (?:online|on-line|on line)|webshop)";
// "acquisti" and "ordini" are also nouns ("i suoi ordini arrivano direttamente dal nostro magazzino"),
// so the phrases below end at the seller's site or "da noi", never at a warehouse.
const BUY_VERB = "(?:acquisti|acquista|acquistare|acquistando|ordini|ordina|ordinare|ordinando|compri|comprare|comprando)";
const DIRECT = `direttamente (?:(?:sul|dal|nel|sulla|dalla|nella|tramite il|tramite la|attraverso il) (?:nostro |nostra )?${SITE}|da noi|presso di noi|presso noi)`;
const GAP = "(?: [\\p{L}\\p{N}'’-]+){0,4}";
const SOCIAL = "(?:Instagram|Facebook|TikTok|Twitter|YouTube|Pinterest|LinkedIn|Threads|social)";

export const it = (): MarketingCatalog => ({
  lang: "it",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["al (?:momento del )?pagamento", "alla cassa", "nel carrello"],
    coupon: [
      "coupon", "buon[io] (?:sconto|acquisto|spesa)", "codic[ei] (?:sconto|promo(?:zionale|zionali)?|coupon|di sconto)", "voucher",
      "carte? regalo", `codice:? ${CODE}`,
    ],
    discount: [
      "prendi (?:2|due|3|tre),? paghi (?:1|uno|2|due)", "scont[oi]", "\\d+(?:[.,]\\d+)? ?% (?:di sconto|in meno|di risparmio)", "sconto del \\d+", "risparmi(?:a|ate|are|erà)?(?: (?:il|fino al|ben))? \\d+",
      "prezz[oi] (?:speciali?|scontat[oi]|ridott[oi]|vantaggios[oi]|esclusiv[oi]|più (?:convenient[ei]|bass[oi]))", "scontat[oiae]", "a metà prezzo", "-\\d+ ?%",
    ],
    future: [
      "prossim[oa] (?:ordine|acquisto|visita|spesa)", "prossimi (?:ordini|acquisti)", "futur[io] (?:ordini|acquisti)", "(?:ordini|acquisti) futuri",
      "la prossima volta",
    ],
    sale: [
      "saldi", "in saldo", "offert[ae] (?:speciali?|esclusiv[ae]|limitat[ae]|lampo|del giorno|a tempo limitato|di lancio|stagional[ei])",
      "promozion[ei] (?:speciali?|esclusiv[ae]|in corso|estiv[ae]|di lancio|di Natale)", "in promozione", `${NOSTR} promozion[ei]`, `(?:in|${NOSTR}) promo`,
      "(?:per un|a) tempo limitato", "solo per pochi giorni", "svendita", "sottocosto", "Black Friday", "Cyber Monday", "fuori tutto",
    ],
    crossSell: [
      "(?:le|ti|vi) (?:potrebbe|potrebbero) (?:anche )?(?:piacere|interessare)(?: anche)?", "(?:le|ti|vi) piacer(?:à|anno) anche",
      "potrebbe(?:ro)? piacer(?:le|ti) anche", `si abbina (?:perfettamente|alla perfezione|benissimo) (?:a|con) ${NOSTR}`,
      "(?:il |un )?complemento (?:ideale|perfetto)", "(?:i )?clienti (?:che hanno acquistato [\\p{L} '’-]{1,40}? )?hanno acquistato anche",
      "complet(?:i|a) (?:la sua|il suo|la tua|il tuo) (?:collezione|set|kit|corredo)", `(?:le|ti) consigliamo anche ${NOSTR}`,
      `perché non (?:prova|provare|aggiunge|aggiungere) (?:anche )?${NOSTR}`,
    ],
    otherProducts: [
      `${NOSTR} (?:nuov[aoie]|ultim[aoie]|recent[ei]) ${NOT_SERVICE}\\p{L}+`,
      // Not "novità sulla sua spedizione" (news about the order).
      "novità(?! (?:sul|sulla|sui|sulle|riguardo|in merito|per quanto|circa|relative|sull['’]))", "nuov[ae] (?:collezion[ei]|line[ae]|gamm[ae]|serie)",
      "nuovi (?:prodotti|modelli|arrivi)", "(?:gli |i )?altri (?:nostri )?(?:prodotti|articoli|modelli)",
      `${NOSTR} altr[ie] (?:prodotti|articoli|modelli|collezioni|creazioni)`, "il resto (?:della nostra|del nostro) (?:gamma|catalogo|collezione|assortimento)",
      `${NOSTR} (?:gamma|collezione|catalogo|assortimento|linea(?! (?:telefonica|di assistenza|diretta|dedicata)))`, "tutta la nostra (?:gamma|collezione|linea)", "tutti i nostri (?:prodotti|articoli|modelli)",
    ],
    invite: [
      // Not "abbiamo scoperto che il pacco…".
      "scopr(?:a|i|ite|ire)(?! che| se)", "scopr(?:itel[oaie]|al[oaie]|il[oaie])", "(?:dia|dai|date|dare) un['’] ?occhiata",
      "non (?:si )?(?:perda|perdere|perdetevi|perderti|perdeteli|perdetelo)", `visit(?:i|a|ate|are) ${NOSTR}`, "ci venga a trovare", "(?:venite|vieni) a trovarci",
      "esplor(?:i|a|ate)", "(?:sia|sii) (?:il|la|tra i) prim[oaie]", "(?:resti|rimanga|rimani|resta) aggiornat[oaie]",
      "(?:appena|da poco) (?:arrivat|lanciat|uscit)\\p{L}*", "approfitti", "approfitta(?:ne|te)?", `(?:ha|hai) già visto ${NOSTR}`,
      `(?:conosce|conosci) già ${NOSTR}`, "(?:ora|finalmente) disponibil[ei]",
    ],
    follow: [
      "ci segua", "seguici", "seguiteci", "seguirci", `(?:segua|segui|seguite) ${NOSTR} (?:negozio|pagina|profilo|account|canale|brand|marchio)`,
      `ci (?:trova|trovi|trovate) (?:anche )?su ${SOCIAL}`, `(?:metta|metti|mettete) (?:un )?mi piace (?:alla|sulla) nostra pagina`,
      "(?:si iscriva|iscriviti|iscrivetevi) al nostro canale", `(?:venite|vieni|venga) a trovarci (?:anche )?su ${SOCIAL}`,
    ],
    newsletter: ["newsletter", "mailing list", "lista (?:di distribuzione|e-?mail)", "(?:si iscriva|iscriviti|iscrivetevi) alla nostra (?:lista|mailing)"],
    offAmazon: [
      `${BUY_VERB}${GAP} ${DIRECT}`, `${DIRECT}${GAP} (?:${BUY_VERB}|più conveniente|più economic[oaie]|a meno)`,
      `(?:sul|nel) nostro ${SITE}${GAP} (?:più convenient[ei]|più economic[oaie]|scontat[oaie])`, "(?:fuori da|al di fuori di) Amazon", "senza passare (?:da|per) Amazon",
      `(?:più convenient[ei]|più economic[oaie]|prezzi migliori|a prezzi più bassi)(?: [\\p{L}'’]+){0,3} (?:sul|nel) nostro ${SITE}`,
    ],
    ownSite: [`(?:il |la )?nostr[oa] ${SITE}`],
    // Not "compra", also the Spanish and Portuguese noun ("su compra", "a sua compra").
    buy: ["acquista", "acquistare", "acquistando", "ordina", "ordinare", "ordinando", "compri", "comprare", "comprando"],
    store: [
      "(?:il )?nostro (?:negozio|store|shop)(?: (?:su|di) Amazon)?", "(?:la )?nostra (?:vetrina|pagina venditore|pagina (?:su|di) Amazon|boutique)",
    ],
  },
  examples: [
    { text: "Scopra anche la nostra nuova serie di quaderni in carta riciclata!", expect: "other-products" },
    { text: "Se le piace questa agenda, le potrebbero piacere anche i nostri segnalibri in pelle.", expect: "other-products" },
    { text: "Conosci già la nostra collezione di inchiostri profumati?", expect: "other-products" },
    { text: "Con il codice GRAZIE10 avrà il 10 % di sconto sul suo prossimo ordine.", expect: "coupon" },
    { text: "Per scusarci le regaliamo un buono sconto di 5 € per il prossimo acquisto.", expect: "coupon" },
    { text: "Sono iniziati i saldi: tutte le stilografiche con il 30 % di sconto!", expect: "promotion" },
    { text: "Approfitti della nostra offerta lampo, valida solo fino a domenica.", expect: "promotion" },
    { text: "Ci segua su Instagram per idee e tutorial di calligrafia.", expect: "follow-us" },
    { text: "Si iscriva alla nostra newsletter per ricevere in anteprima le novità.", expect: "newsletter" },
    { text: "La prossima volta acquisti direttamente sul nostro sito e risparmi il 15 %.", expect: "off-amazon" },
    { text: "Sul nostro sito trova le stesse ricariche a prezzi più bassi.", expect: "off-amazon" },
    { text: "Dia un'occhiata al nostro negozio su Amazon!", expect: "storefront" },
    { text: "Le spediamo un nuovo pacco oggi stesso, senza costi aggiuntivi.", expect: null },
    { text: "Segua le istruzioni del manuale per sostituire il pennino.", expect: null },
    { text: "Il rimborso di 7,50 € è già stato emesso tramite Amazon.", expect: null },
    { text: "Il manuale si trova anche sul nostro sito, nella sezione Assistenza.", expect: null },
    { text: "Il nuovo quaderno partirà domani con corriere espresso.", expect: null },
    { text: "Abbiamo scoperto che il pacco era danneggiato e ne abbiamo già spedito un altro.", expect: null },
    { text: "Le confermo che lo sconto di 3,00 € per il ritardo è già stato applicato.", expect: null },
    { text: "Il nostro nuovo corriere consegnerà il ricambio giovedì.", expect: null },
    { text: "Le scriveremo appena avremo novità sulla sua spedizione.", expect: null },
    { text: "I suoi ordini partono direttamente dal nostro magazzino di Bologna.", expect: null },
  ],
});
