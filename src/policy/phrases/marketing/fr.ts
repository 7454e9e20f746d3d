import type { MarketingCatalog } from "./types.js";

const NOTRE = "(?:notre|nos)";
// "notre nouveau transporteur", "nos nouvelles conditions": service nouns after "notre nouveau …" are no product.
const NOT_SERVICE =
  "(?!(?:transporteur|livreur|colis|envoi|adresse|service|entrepôt|entrepot|numéro|partenaire|emballage|site|boutique|condition|horaire|équipe|collègue|facture|procédure|délai|process|système|logiciel|interlocut|conseill|standard|local|locaux|atelier|notice|mode d['’]emploi)\\p{L}*)";
// A handed-out code: letters and digits ("MERCI10", "BIENVENUE-15").
const CODE = "[«\"'“]? ?\\p{L}{3,}-?\\d{1,3}(?!\\d) ?[»\"'”]?";
const SITE = "(?:propre )?(?:site(?: internet| web| officiel| marchand)?|boutique en ligne|magasin en ligne|eshop|e-boutique|webshop)";
const BUY_VERB = "(?:achetez|acheter|achète|commandez|commander|passez commande|passer commande|procurez-vous|vous procurer)";
const GAP = "(?: [\\p{L}\\p{N}'’-]+){0,4}";
const SOCIAL = "(?:Instagram|Facebook|TikTok|Twitter|YouTube|Pinterest|LinkedIn|Threads|les réseaux(?: sociaux)?|nos réseaux(?: sociaux)?)";

export const fr = (): MarketingCatalog => ({
  lang: "fr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["lors du paiement", "au moment du paiement", "dans (?:le|votre) panier", "à la caisse"],
    coupon: [
      "coupons?(?: de réduction| promo(?:tionnels?)?)?", "codes? (?:promo(?:tionnels?)?|de réduction|réduction|de remise|remise|avantage|cadeau|de parrainage)",
      "bons? (?:de réduction|d['’]achat|promo|de remise)", "chèques?[- ]cadeaux?", "cartes? cadeaux?", `code:? ${CODE}`,
    ],
    discount: [
      "(?:\\d|un|une|deux) (?:achetée?s?),? (?:\\d|un|une|le \\p{L}+|la \\p{L}+) offerte?s?", "le deuxième (?:à|a) -?\\d+ ?%", "réductions? (?:de \\d+|exceptionnelles?|spéciales?|immédiates?|supplémentaires?|exclusives?|sur (?:votre|vos|toute|tous|l['’]ensemble|notre|nos))",
      "remises? (?:de \\d+|exceptionnelles?|spéciales?|immédiates?|supplémentaires?|exclusives?|sur (?:votre|vos|toute|tous|l['’]ensemble|notre|nos))",
      "\\d+(?:[.,]\\d+)? ?% (?:de réduction|de remise|de rabais|moins ch(?:er|ère)s?|d['’]économie|offerts?)", "\\d+(?:[.,]\\d+)? ?(?:€|euros?) (?:de réduction|de remise|offerts?|d['’]économie)",
      "-\\d+ ?%", "rabais", "prix (?:réduits?|cassés|barrés|spécial|spéciaux|préférentiels?|avantageux|mini)", "à prix réduit",
      "tarifs? (?:préférentiels?|réduits?|spéciaux|spécial)", "économisez", "économiser \\d+",
    ],
    future: [
      "prochaine? (?:commande|achat|visite|passage)", "prochaines (?:commandes|visites)", "prochains achats",
      "(?:futures?|futurs?) (?:commandes?|achats?)", "la prochaine fois que vous (?:commandez|commanderez|achetez|achèterez|passez commande|passerez commande)",
    ],
    sale: [
      "soldes", "en solde", "promotions?", "en promo", "(?:notre|nos|la|les|une|cette) promo(?:tion)?s?",
      "offres? (?:spéciales?|exceptionnelles?|promotionnelles?|limitées?|de lancement|du (?:jour|moment)|à durée limitée|éclair|flash|de (?:Noël|printemps|l['’]été|rentrée|fin d['’]année))",
      "ventes? (?:flash|privées?)", "French Days", "Black Friday", "Cyber Monday", "déstockage", "liquidation totale", "bons plans?",
      "jusqu['’](?:à|au) -\\d+ ?%", "pour une durée limitée", "pour un temps limité",
    ],
    crossSell: [
      "(?:vous )?(?:aimerez|adorerez|apprécierez) (?:aussi|également|sûrement|certainement)",
      "pourrai(?:t|ent) (?:aussi |également )?vous (?:plaire|intéresser)", "(?:vous|te) (?:plaira|plairont) (?:aussi|également|sûrement|certainement)",
      "(?:les )?clients (?:qui ont acheté [\\p{L} '’-]{1,40}? )?ont (?:aussi|également) acheté",
      "(?:le |un |l['’]idéal )?compl[ée]ment (?:idéal|parfait)", "(?:complétez|compléter|complète) (?:votre|ta|la) (?:collection|ensemble|panoplie|set|gamme|équipement|tenue)",
      `(?:se marie|s['’]accorde|s['’]associe) (?:parfaitement|à merveille|idéalement|très bien) avec ${NOTRE}`,
      `(?:pourquoi ne pas|et si vous) (?:essayer|ajouter|tester|découvrir|craquer pour|adopter|essayiez|ajoutiez|craquiez pour) (?:aussi |également )?${NOTRE}`,
      `(?:conseill|recommand)\\p{L}* (?:aussi|également|en complément) ${NOTRE}`,
    ],
    otherProducts: [
      `${NOTRE} (?:toute |tout |toutes |tous )?(?:nouvelles?|nouveaux?|nouvel|dernières?|derniers?) ${NOT_SERVICE}\\p{L}+`,
      "(?:notre|nos|la|les|une|des|cette) (?:nouvelles? |dernières? )?(?:collections?|gammes?)(?! de (?:prix|couleurs? de votre))",
      `${NOTRE} (?:autres|différents|différentes) (?:produits|articles|modèles|créations|références|coloris|collections|gammes|accessoires)`,
      "nouveautés", "nouveaux? (?:produits|modèles|arrivages|coloris)", "nouvelles? (?:créations?|références|séries?|lignes?)",
      `le reste de ${NOTRE} (?:gamme|collection|catalogue|produits|articles|boutique)`, `${NOTRE} (?:catalogue|univers)`,
      `l['’]ensemble de ${NOTRE} (?:gamme|collection|produits|articles|catalogue|créations)`, "(?:tous|toutes) nos (?:produits|articles|modèles|créations|références)",
      "toute notre (?:gamme|collection|sélection)",
    ],
    invite: [
      // Not "nous avons découvert que le colis…".
      "découvr(?:ez|ir|e)(?! que| qu['’]| si)", "jet(?:ez|er) un (?:petit )?(?:coup d['’](?:œil|oeil)|œil|oeil)", "(?:ne )?(?:manquez|ratez) pas",
      "à ne pas (?:manquer|rater)", "soyez (?:le premier|la première|les premiers|les premières|parmi les premiers)", "en avant-première",
      "(?:restez|tenez-vous) (?:informée?s?|au courant|connectée?s?)", "visitez", "visiter", "venez (?:découvrir|voir|visiter|nous rendre visite|faire un tour)",
      "faites un (?:petit )?tour", "parcourez", "explorez", `rendez-vous (?:sur|dans) ${NOTRE}`,
      "(?:avez-vous|as-tu) (?:déjà )?(?:vu|découvert|essayé|testé)", "connaissez-vous", "(?:vient|viennent) (?:tout juste )?(?:de sortir|d['’]arriver|d['’]être lancée?s?)",
      "(?:tout juste|fraîchement|nouvellement) (?:sortie?s?|arrivée?s?|lancée?s?)", "(?:disponibles?|en vente) dès (?:maintenant|aujourd['’]hui)",
      "profitez(?:-en)?", "profiter de", `consultez ${NOTRE} (?:boutique|catalogue|collections?|gammes?|nouveautés|autres produits|vitrine)`,
    ],
    follow: [
      "suivez-nous", "suivez nous", "suis-nous", "nous suivre",
      `(?:suivez|suivre|abonnez-vous à|rejoignez) ${NOTRE} (?:page|compte|chaîne|boutique|marque|profil|communauté)`,
      `(?:retrouvez|rejoignez|suivez)-nous (?:aussi |également |vite )?sur ${SOCIAL}`, "abonnez-vous sur (?:Instagram|Facebook|TikTok|YouTube|Pinterest)", `rendez-vous sur ${NOTRE} (?:page|compte|profil|chaîne) ${SOCIAL}`,
      "(?:likez|aimez) notre page", "likez-nous", "(?:likez|liker) notre (?:page|compte|profil)",
    ],
    newsletter: [
      "newsletters?", "lettres? d['’]informations?", "lettres? d['’]infos?", "infolettres?", "listes? de diffusion", "e-?mailing",
      "(?:inscrivez-vous|abonnez-vous) (?:à|pour recevoir) (?:nos|notre) (?:e-?mails|courriels|mails|offres|actualités|nouveautés|bons plans)",
    ],
    offAmazon: [
      `${BUY_VERB}${GAP} directement (?:sur|via|depuis|chez|auprès de|dans) (?:${NOTRE} ${SITE}|nous)`,
      `directement (?:sur|via|depuis|dans) notre ${SITE}${GAP} (?:${BUY_VERB}|moins ch(?:er|ère)s?|à prix réduit)`,
      `(?:sur|dans) notre ${SITE}${GAP} (?:moins ch(?:er|ère)s?|à prix réduits?)`, "en dehors d['’]Amazon", "hors d['’]Amazon", "hors Amazon", "sans passer par Amazon",
      `(?:moins ch(?:er|ère)s?|meilleurs? prix|prix plus bas|prix plus avantageux)(?: [\\p{L}'’]+){0,3} (?:sur|chez|via|dans) (?:notre ${SITE}|nous)`,
    ],
    ownSite: [`notre ${SITE}`],
    buy: ["achetez", "acheter", "achète", "commandez", "commander", "passez commande", "passer commande", "faites vos achats", "faire vos achats"],
    store: [
      "notre boutique(?: Amazon| officielle| de marque)?", "(?:notre|la) vitrine(?: Amazon)?", "notre (?:page|espace) (?:vendeur|boutique|de marque|Amazon)",
      "notre magasin", "notre (?:store|shop)", "la boutique \\p{L}+ sur Amazon",
    ],
  },
  examples: [
    { text: "Pour votre prochaine commande, profitez de 10 % de réduction avec le code MERCI10.", expect: "coupon" },
    { text: "En guise d'excuse, voici un bon d'achat de 5 € valable sur votre prochain achat.", expect: "coupon" },
    { text: "Saisissez le code BIENVENUE15 lors du paiement.", expect: "coupon" },
    { text: "Les soldes d'été ont commencé : toute la papeterie est à -30 % !", expect: "promotion" },
    { text: "Découvrez notre offre spéciale rentrée, valable jusqu'à dimanche.", expect: "promotion" },
    { text: "Découvrez aussi notre nouvelle gamme de carnets en cuir !", expect: "other-products" },
    { text: "Nos encres de la série Océan pourraient également vous plaire.", expect: "other-products" },
    { text: "Avez-vous vu nos nouveautés de la rentrée ?", expect: "other-products" },
    { text: "Suivez-nous sur Instagram pour des idées de bullet journal.", expect: "follow-us" },
    { text: "Retrouvez-nous aussi sur Facebook et partagez vos créations.", expect: "follow-us" },
    { text: "Inscrivez-vous à notre infolettre et recevez nos conseils d'écriture chaque mois.", expect: "newsletter" },
    { text: "Commandez vos recharges directement sur notre site, elles y sont moins chères.", expect: "off-amazon" },
    { text: "Sur notre boutique en ligne, vous bénéficiez d'une remise de 15 % sur tous les carnets.", expect: "off-amazon" },
    { text: "N'hésitez pas à visiter notre boutique Amazon.", expect: "storefront" },
    { text: "Faites un tour dans notre boutique !", expect: "storefront" },
    { text: "Nous vous envoyons un nouveau colis dès aujourd'hui, sans frais.", expect: null },
    { text: "Suivez les instructions de la notice pour remplacer la cartouche.", expect: null },
    { text: "Le remboursement de 14,90 € a été effectué via Amazon.", expect: null },
    { text: "La notice est également disponible sur notre site, rubrique Support.", expect: null },
    { text: "Un stylo neuf part aujourd'hui ; aucun retour n'est nécessaire.", expect: null },
    { text: "La réduction de 3 € a été appliquée automatiquement à votre commande.", expect: null },
    { text: "Nous avons été surpris de découvrir que le colis était abîmé ; un nouveau part demain.", expect: null },
    { text: "Notre nouveau transporteur vous livrera le colis de remplacement jeudi.", expect: null },
    { text: "Nous vous proposons une offre : un carnet neuf ou le remboursement intégral, à votre choix.", expect: null },
    { text: "Vous pouvez enregistrer la garantie sur notre site internet.", expect: null },
  ],
});
