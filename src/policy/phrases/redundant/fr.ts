import type { RedundantCatalog } from "./types.js";

const ORDER = "(?:commande|achat|achats|confiance|fidélité|colis)";
// A signature ends its line: "L'équipe Papeterie Lune", not "l'équipe de montage passera lundi".
const LINE_END = "(?=(?: [\\p{L}\\p{N}&.'’-]+){0,2}[ \\t]*[.!,]?[ \\t]*(?:\\n|$))";
// A salutation counts only when nothing but a name follows it on its line ("Bonjour Madame Noël,").
const UNTIL_LINE_END = "(?=\\.?(?:[ ,]+[\\p{L}.'’-]+){0,5}[ ,]*(?:!|[,:]?[ \\t]*(?:\\n|$)))";
// A title's period splits the sentence ("Bonjour M. Dupont,"): the name after it is part of the salutation.
const AFTER_TITLE =
  "(?<=(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Prof|Sr|Sra|Sig|Dott|Hr|Fr|Mr|Mrs|Ms|D)\\. )\\p{L}[\\p{L}'’-]*(?=\\.?(?: \\p{L}[\\p{L}.'’-]*){0,3}(?:!|[,:]?[ \\t]*(?:\\n|$)))";

export const fr = (): RedundantCatalog => ({
  lang: "fr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:toute )?l['’]équipe(?: [\\p{L}\\p{N}&'’-]+){0,2} (?:vous|te) remercie (?:\\p{L}+ )?(?:pour|de) (?:votre|vos|ta|tes) (?:\\p{L}+ )?${ORDER}`, `(?:toute )?l['’]équipe(?: [\\p{L}\\p{N}&'’-]+){0,2} (?:vous|te) remercie (?:\\p{L}+ )?(?:d['’]avoir|de nous avoir) (?:commandé|acheté|choisi|choisis|fait confiance)`,
      `merci(?: beaucoup| infiniment| encore| mille fois| bien)? (?:pour|de) (?:votre|vos|ta|tes|cette|la|le) (?:\\p{L}+ )?${ORDER}`,
      "merci d['’]avoir (?:commandé|acheté|choisi|fait confiance|passé commande|fait vos achats)",
      "nous espérons (?:qu['’](?:il|elle|ils|elles) vous plair\\p{L}*|que (?:votre|vos|le|la|les) [\\p{L} ]{1,30}? vous plair\\p{L}*)", "bonne (?:utilisation|réception|journée)\\s*!?", "merci de nous avoir (?:choisis|fait confiance|commandé)",
      `nous vous remercions(?: [\\p{L}]+){0,2} (?:pour|de) (?:votre|vos) (?:\\p{L}+ )?${ORDER}`,
      "nous vous remercions (?:\\p{L}+ )?(?:d['’]avoir|de nous avoir) (?:commandé|acheté|choisi|choisis|fait confiance)",
      "(?:un )?grand merci(?: à vous)?(?: pour (?:votre|ta) (?:commande|achat|confiance))?",
      // "Merci !" on its own; "merci de confirmer…" asks for something.
      "merci(?: beaucoup| infiniment| encore| mille fois| bien| à vous)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:bonne|belle|excellente) (?:utilisation|découverte|écriture|dégustation)", "(?:nous espérons|j['’]espère) que (?:\\p{L}+ ){0,3}(?:vous plaira|vous plairont|apprécierez|profiterez)",
      "(?:profitez|profitez-en) bien",
    ],
    help: [
      "(?:pour|en cas de) (?:toute|la moindre|une|d['’]éventuelles?|toutes) (?:autre |autres )?(?:questions?|interrogations?|demandes?|problèmes?|soucis?|préoccupations?)",
      "si vous (?:avez|aviez|rencontrez|rencontriez) (?:des|une|la moindre|d['’]autres|quelque|un|d['’]éventuelles?)(?: autres?)? (?:questions?|interrogations?|problèmes?|soucis|souci|demandes?)",
      "si vous avez besoin (?:d['’]aide|de quoi que ce soit|d['’]autre chose|de renseignements)", "au besoin",
      "(?:reste|restons|restent|sommes|suis|serons|reste) (?:[\\p{L}]+ ){0,2}(?:à votre (?:entière |complète )?(?:disposition|écoute)|disponibles?|à vos côtés|là pour vous)",
      "n['’]h[ée]sit(?:ez|e) (?:surtout )?pas à (?:nous |me )?(?:contacter|écrire|solliciter|recontacter|revenir vers (?:nous|moi)|faire appel à nous|poser (?:vos|toutes vos) questions)",
      "(?:nous serons|nous sommes|je serai|je suis) (?:ravie?s?|heureu(?:x|se|ses)|contente?s?) de vous (?:aider|renseigner|répondre)",
      "(?:nous sommes|je suis) là pour vous aider",
    ],
    orderConfirmed: [
      "(?:nous avons|avons) (?:bien )?(?:reçu|enregistré|pris en compte) (?:votre|ta) commande",
      "(?:votre|ta) commande (?:a (?:bien )?été|est) (?:bien )?(?:reçue|enregistrée|confirmée|validée|prise en compte|acceptée)",
      "(?:est|sont) (?:actuellement |déjà )?en cours de (?:préparation|traitement)", "en préparation",
      "(?:nous )?(?:préparons|traitons|emballons) (?:actuellement |déjà )?(?:votre|ta) (?:commande|colis)", "confirmation de (?:votre )?commande",
      "(?:nous )?(?:vous )?confirmons (?:la (?:bonne )?réception de |la prise en compte de )?(?:votre|ta) commande",
      "(?:est|sont) (?:en train d['’]être|actuellement) (?:préparée?s?|emballée?s?|traitée?s?)",
    ],
    shipped: [
      "expédiée?s?", "(?:a|ont) (?:bien )?été envoyée?s?", "(?:nous )?avons (?:bien )?(?:expédié|envoyé) (?:votre|ta) (?:commande|colis)",
      "(?:est|sont) (?:bien )?(?:en route|en chemin|en cours d['’]acheminement|en cours de livraison)", "(?:est|sont) (?:bien )?parti(?:e|s|es)?",
      "(?:a|ont) quitté (?:notre|nos) (?:entrepôts?|atelier|locaux)", "quitt\\p{L}* (?:notre|nos) (?:entrepôts?|atelier|locaux)",
      "remise?s? (?:au|à la|aux) (?:transporteurs?|livreur|poste|La Poste|Colissimo|Chronopost|DPD|UPS|GLS|Mondial Relay)",
      "confiée?s? (?:au|à la|à) (?:transporteur|La Poste|Colissimo|Chronopost|DPD|UPS|GLS|livreur)", "confirmation d['’]expédition", "avis d['’]expédition",
      "vous recevrez (?:un|une) (?:autre |nouvel? |second |nouveau |nouvelle )?(?:e-?mail|message|notification|courriel|avis)(?: [\\p{L}'’]+){0,3} (?:lors de|dès|quand|lorsque)",
      "(?:devrait|devraient) (?:vous )?(?:arriver|parvenir|être livrée?s?) (?:très )?(?:bientôt|prochainement|rapidement|sous peu)",
    ],
    substance: [
      // "mais" also means "more" in Portuguese ("mais alguma dúvida"): only after a comma or at a sentence start.
      "mais(?<=(?:^|[,;:.!?–—\\n-])\\s{0,3}mais)(?! (?:um|uma|alguma|algum|informações|detalhes|uma vez))",
      "cependant", "toutefois", "néanmoins", "malheureusement", "hélas", "désolée?s?", "excus\\p{L}*", "regrett\\p{L}*", "retard\\p{L}*", "décalage",
      "report(?:é|ée|és|ées|er|ons)", "manqu\\p{L}*", "absente?s?", "abîmée?s?", "endommagée?s?", "cassée?s?", "défectueu\\p{L}*", "défaut\\p{L}*",
      "erreur\\p{L}*", "problème (?:avec|de|sur|concernant|technique)", "rupture", "gravure\\p{L}*", "gravée?s?", "personnalis\\p{L}*", "séparément", "(?:deux|trois|plusieurs) (?:colis|envois|cartons|paquets)", "épuisée?s?", "plus disponibles?", "indisponible\\p{L}*",
      "au lieu de", "à la place", "veuillez(?! agréer| recevoir)", "pourriez-vous", "pouvez-vous", "pourrais-tu", "peux-tu",
      "merci de (?!votre|vos|ta|tes|nous avoir|m['’]avoir|la confiance|cette)", "merci d['’](?!avoir)", "s['’]il vous plaît", "svp",
      "confirm(?:er|ez)", "indiqu(?:er|ez)-nous", "annul\\p{L}*", "modifi\\p{L}*", "chang\\p{L}*", "adresse", "factur\\p{L}*", "ci-joint\\p{L}*",
      "pièces? jointes?", "notice", "mode d['’]emploi", "instructions?", "rembours\\p{L}*", "remplacement", "échange", "retour", "jusqu['’](?:à|au)",
      "avant le", "pas(?<!h[ée]sit\\p{L}{0,4} pas)(?<!h[ée]sit\\p{L}{0,4} surtout pas)(?! à nous| à me)", "attention", "important", "urgent",
    ],
    greeting: [
      `(?:bonjour|bonsoir|salut|cher|chère|chers|chères|madame|monsieur)${UNTIL_LINE_END}`, AFTER_TITLE,
      "(?:bien |très )?cordialement", "bien à vous", "amicalement", "(?:avec )?(?:nos |mes )?(?:sincères |meilleures |cordiales )?salutations(?: distinguées)?",
      "veuillez agréer", "je vous prie d['’]agréer", `l['’]équipe (?:de |d['’])?\\p{L}+${LINE_END}`, "(?:bonne|belle|excellente) (?:journée|soirée|fin de journée|semaine|continuation|week-end|fin de semaine)",
      "à (?:bientôt|très bientôt)",
    ],
  },
  examples: [
    { text: "Bonjour Claire,\n\nMerci pour votre commande ! Nous espérons qu'elle vous plaira.\n\nAtelier Lune", expect: "thank-you-only" },
    { text: "Bonjour Madame Noël,\n\nMerci pour votre commande ! Pour toute question, n'hésitez pas à nous contacter.\n\nPapeterie Lune", expect: "thank-you-only" },
    {
      text: "Bonjour M. Dupont,\n\nNous vous remercions pour votre confiance. Nous restons à votre entière disposition si vous avez la moindre question.\n\nBien cordialement,\nL'équipe Papeterie Lune",
      expect: "thank-you-only",
    },
    { text: "Bonjour Monsieur Aubert,\n\nNous avons bien reçu votre commande, elle est en cours de préparation.\n\nCordialement,\nPapeterie Lune", expect: "order-confirmation" },
    {
      text: "Bonjour Madame Rey,\n\nBonne nouvelle : votre commande a été expédiée ce matin et devrait arriver très bientôt. Bonne écriture !\n\nPapeterie Lune",
      expect: "shipping-confirmation",
    },
    { text: "Bonjour Madame Noël,\n\nVotre agenda est prêt à être imprimé : merci de confirmer l'orthographe du prénom en répondant à ce message.\n\nPapeterie Lune", expect: null },
    { text: "Bonjour Monsieur Vidal,\n\nMerci pour votre commande. Malheureusement, le carnet bleu est en rupture de stock jusqu'au 15 mars.\n\nPapeterie Lune", expect: null },
    { text: "Bonjour Madame Duval,\n\nVotre colis a été expédié ce matin, mais les recharges d'encre partiront séparément.\n\nPapeterie Lune", expect: null },
    { text: "Bonjour Monsieur Aubert,\n\nVotre stylo-plume est en route. Rincez-le à l'eau tiède tous les deux mois pour qu'il reste fluide.\n\nPapeterie Lune", expect: null },
    { text: "Bonjour Julie,\n\nToute l'équipe vous remercie chaleureusement pour votre commande. Nous restons à votre disposition.\n\nAtelier Lune", expect: "thank-you-only" },
    { text: "Bonjour Julie,\n\nL'équipe Atelier Lune vous remercie d'avoir choisi nos carnets !\n\nAtelier Lune", expect: "thank-you-only" },
    { text: "Bonjour Julie,\n\nToute l'équipe vous remercie pour votre commande. La couverture lin est épuisée : préférez-vous le coton ou un remboursement ?\n\nAtelier Lune", expect: null },
  ],
});
