import type { ReviewCatalog } from "./types.js";

// "prendre bonne note" (to take due note) is a stock customer-service phrase, not a verdict.
const NOT_TAKE_NOTE = "(?<!(?:pris|prenons|prendre|prends|prend|prenez|prenne|prenions) )";
// Closings, conditions and the interjection ("bonne journée", "bon état", "bon de commande", "Bon,") are not verdicts.
const NOT_GREETING =
  "(?!,| (?:journée|soirée|nuit|week-end|weekend|fin de semaine|semaine|lecture|réception|courage|continuation|vacances|utilisation|état|fêtes|année|anniversaire|appétit|voyage|dimanche|de |d['’]|à ))";
// "si le produit vous plaît", "s'il vous a plu" — but never "s'il vous plaît" (please).
const PLEASED = "(?:(?:vous|te) (?:pla[iî]t|plaisent)|(?:vous (?:a|ont)|t['’](?:a|ont)) plu)";

export const fr = (): ReviewCatalog => ({
  lang: "fr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      // Not "à mon avis" (in my opinion), "changer d'avis" (change one's mind), "être d'avis",
      // nor shipping and postal notices ("avis d'expédition", "avis de passage").
      "(?<!(?<!\\p{L})(?:chang\\p{L}*|êtes|es|est|suis|sommes|sont|être) d['’])(?<!(?<!\\p{L})(?:à|a|selon) (?:mon|notre|votre|ton|leur) )avis(?! d['’](?:expédition|expedition|envoi|arrivée)| de (?:passage|livraison|réception|paiement|virement|remboursement|retour|échéance|expédition|colis))",
      // Not an internal assessment ("après évaluation de votre demande").
      "(?<!(?:après|sous|en cours d['’]) )évaluations?(?! (?:de (?:votre|la|cette) (?:demande|réclamation|situation)|du (?:dommage|problème|dossier)))",
      "évalu(?:ez|er)-nous", "nous (?:évaluer|noter)", "not(?:ez|er)-nous", "notations?",
      "(?:évaluer|noter|notez|évaluez) (?:le (?:produit|vendeur)|l['’](?:article|achat)|votre (?:achat|commande)|(?:notre|ce|cet|cette) (?:produit|article|boutique|service|vendeur|achat|\\p{L}+ sur amazon))",
      // "note" is also any note or a grade: only as a rating.
      "notes? (?:sur amazon|maximale|parfaite|minimale|positive|négative|élevée|basse|de (?:10|20|\\d)(?: ?/ ?(?:5|10|20))?(?!\\d|[.,]\\d| ?€)|de (?:une|deux|trois|quatre|cinq) étoiles)",
      `${NOT_TAKE_NOTE}(?:bonne|mauvaise|excellente|meilleure|haute|faible|belle) notes?`,
      "(?:donner|donnez|attribuer|attribuez)(?:-nous| nous)? (?:une |votre |ta )?notes?",
      "(?:revoir|revoyez|réviser|révisez|modifier|modifiez|changer|changez|reconsidérer|reconsidérez|mettre à jour|remonter|remontez|relever|relevez|augmenter|augmentez|rehausser) (?:votre|ta|cette|la) note",
      // "commentaire" is also any remark: only when it is plainly about Amazon or posted.
      "commentaires? (?:sur (?:amazon|la (?:fiche|page)|le site|notre (?:boutique|page))|clients?|d['’](?:acheteurs?|autres clients|clients))",
      "commentaires? (?:positi|négati|élog)\\p{L}*",
      "(?:laiss|écri|rédig|publi|post|ajout|partag|dépos)\\p{L}*(?:-nous| nous)? (?:un |une |votre |vos |ton |tes |quelques |le |des )?(?:petits? |courts? )?commentaires?",
      "(?:supprim|retir|modifi|chang|effac|révis|corrig|actualis)\\p{L}* (?:votre|ton|le|ce|vos|tes|les|ces|l['’]un de vos) commentaires?",
      "(?:votre |vos |ton |tes |le |les )?retours? d['’]expérience",
      "(?:votre|vos|ton|tes) retours? sur (?:la fiche|la page)",
      "(?:laisser|laissez|laisse|donner|donnez|partager|partagez)(?:-nous| nous)? (?:un |votre |vos |ton |tes )?(?:petit )?retour",
      "(?:laisser|laissez|écrire|écrivez|rédiger|publier|publiez) (?:une |votre )?critiques?", "critiques? (?:sur amazon|client)",
      "appréciations?", "témoignages?",
      // Bare "étoiles" may be a pattern or a decoration: only as a rating.
      "(?:vos|tes|quelques) (?:petites |belles )?étoiles", "étoiles? sur amazon",
      "(?:donner|donnez|mettre|mettez|attribuer|attribuez)(?:-nous| nous)? (?:des |une |\\d |deux |trois |quatre |cinq )?étoiles?",
    ],
    positive: [
      `${NOT_TAKE_NOTE}(?:bon|bons|bonne|bonnes)${NOT_GREETING}`,
      "positi(?:f|ve|fs|ves)", "élogieu(?:x|se|ses)", "favorables?", "enthousiastes?", "dithyrambiques?",
      "excellent(?:e|s|es)?(?! (?:journée|soirée|week-end|fin de semaine|semaine|fêtes|année))",
      "parfait(?:e|s|es)?(?! état)", "géni(?:al|ale|ales|aux)",
      // These often describe the product itself; only as a quality of the review.
      "(?:super|bel|beau|belle|beaux|belles|joli|jolie) (?:avis|notes?|évaluations?|commentaires?|retours?)",
      "meilleur(?:e|s|es)? (?:notes?|évaluations?|avis|commentaires?)",
      "(?:notes?|évaluations?) (?:maximale|la plus haute|parfaite)",
    ],
    topStars: [
      "(?:5|cinq|4|quatre) (?:petites |belles |jolies )?étoiles", "(?:5|4)[- ]?étoiles", "(?:5|4) ?★",
      "★{4,5}", "(?:5|cinq) sur (?:5|cinq)", "notes? (?:de )?5 ?/ ?5",
      "notes? (?:maximale|maximum|parfaite|la plus haute)", "(?:la )?meilleure note possible",
    ],
    lowStars: ["(?:1|une|2|deux|3|trois) (?:petites? )?étoiles?", "(?:1|2|3)[- ]?étoiles?", "(?:1|2|3) ?★"],
    neutral: [
      "quel(?:le)?s? qu['’](?:il|elle|ils|elles) so(?:it|ient)",
      "quel(?:le)?s? que so(?:it|ient) (?:votre|vos|ton|ta|tes|l['’]|le|la) \\p{L}+",
      "positi(?:f|ve|fs|ves) ou (?:négati(?:f|ve|fs|ves)|non|pas|critiques?|mitigé\\p{L}*)",
      "négati(?:f|ve|fs|ves) ou positi(?:f|ve|fs|ves)",
      "bon(?:ne|s|nes)? ou (?:mauvais|mauvaise|mauvaises)", "mauvais(?:e|es)? ou bon(?:ne|s|nes)?",
      "en bien (?:ou|comme) en mal", "favorables? ou (?:non|pas|défavorables?)",
      "(?:les )?points? positifs? (?:comme|et|ou) (?:les )?(?:points? )?négatifs?",
      "(?:le )?(?:bon|positif) (?:comme|et) (?:le )?(?:moins bon|mauvais|négatif)",
    ],
    ifHappy: [
      "si (?:vous (?:êtes|étiez|avez été)|tu es|t['’]es|tu as été)(?: (?:très|pleinement|entièrement|totalement|vraiment|bien|tout à fait|complètement))? (?:(?:satisfait|content|ravi|enchanté|conquis|comblé)(?:e|s|es)?|heureu(?:x|se|ses))",
      "si (?:vous (?:avez )?|tu (?:as )?)(?:aimé|aimez|aimes|apprécié|appréciez|apprécies|adoré|adorez)",
      `si (?:(?:le|la|les|ce|cet|cette|ces|votre|vos|notre|nos|ton|ta|tes) \\p{L}+ |l['’]\\p{L}+ |(?:elle|ils|elles|cela|ça) )${PLEASED}`,
      "s['’]il (?:vous a plu|t['’]a plu|te pla[iî]t)", "s['’]ils (?:vous ont plu|vous plaisent|t['’]ont plu|te plaisent)",
      "si tout s['’](?:est|était) bien passé", "si tout (?:va|est|était|allait) (?:bien|parfait|ok|en ordre)",
      "si (?:(?:le|la|votre|ce|cet|cette) \\p{L}+ |l['’]\\p{L}+ |(?:il|elle|ils|elles) )(?:a |ont )?(?:répondu|répond|répondent|correspond|correspondu|correspondent|dépassé|dépasse) (?:à )?(?:vos|tes) attentes",
      "si (?:votre|ton) expérience (?:a été|est|était) (?:bonne|positive|excellente|réussie)",
      "si vous avez (?:passé|eu|vécu) une (?:bonne|excellente|belle) expérience",
      "(?:êtes-vous|es-tu|vous êtes|tu es|t['’]es)(?: (?:très|pleinement|entièrement|totalement|vraiment|bien))? (?:satisfait|content|ravi|conquis)(?:e|s|es)?(?: (?:de|du|des|d['’]) ?(?:votre |vos |ton |ta |tes |la |l['’]|notre |nos )?\\p{L}+)?\\s*\\?",
      "(?<!(?:pas|plus|peu)(?: \\p{L}+)? )(?:satisfait|content|ravi|conquis)(?:e|s|es)?(?: (?:de|du|des|d['’]) ?(?:votre |vos |ton |ta |tes |la |l['’]|notre |nos )?\\p{L}+)?\\s*\\?",
      "(?:vous avez|tu as|avez-vous|as-tu) (?:aimé|apprécié|adoré)(?:[ '’]\\p{L}+){0,3}\\s*\\?",
      "seulement si vous (?:êtes|étiez|avez)",
    ],
    incentive: [
      "cadeaux?", "offert(?:e|s|es)?", "offr(?:ons|irons|irions)", "offres? (?:spéciale|exclusive|promotionnelle)s?",
      "gratuit(?:e|s|es|ement)?", "rembours\\p{L}*", "réductions?", "ristournes?",
      "remises? (?:de \\d+|exceptionnelles?|spéciales?|immédiates?|sur)", "\\d+ ?(?:%|€) de (?:remise|réduction)",
      "-\\d+ ?%", "bons? (?:de réduction|d['’]achat|cadeaux?|de remise)", "cartes?[- ]cadeaux?",
      "codes? (?:promo(?:tionnel)?s?|de réduction|de remise|réduc)", "coupons?", "en échange", "en contrepartie",
      "récompens\\p{L}*", "compens\\p{L}*", "dédommag\\p{L}*", "gestes? commercia(?:l|ux)", "échantillons?",
      "cashback", "un avoir de", "bonus",
    ],
    change: [
      "supprim\\p{L}*", "retir(?:er|ez|ons|iez|ant|é|ée|és|ées|erez|eriez|erait|e|es)", "retrait", "effac\\p{L}*",
      "modifi\\p{L}*", "chang(?:er|ez|eons|iez|ions|é|ée|és|ées|eant|eriez|erez|erait|e|es|ement)",
      "(?:mett(?:re|ez|iez|ant|rez|riez|rait)|mis(?:e|es)?) à jour", "actualis\\p{L}*", "révis(?:er|ez|iez|eriez|erait|é|ée)",
      "reconsid[éèe]r\\p{L}*", "(?<!au )revoir", "revoy(?:ez|iez|ions)", "éditer", "réécri\\p{L}*",
      // Bare "améliorer"/"corriger" are what reviews help sellers do; only with the rating as object.
      "(?:remont|relev|augment|amélior|rehauss|corrig|rectifi)\\p{L}* (?:votre |ta |la |sa |cette |l['’])?(?:notes?|notation|évaluations?|avis|commentaires?)",
    ],
    negative: [
      "négati(?:f|ve|fs|ves)",
      "(?:pas|plus|peu) (?:(?:entièrement|totalement|pleinement|complètement|vraiment|tout à fait|100 ?%|très) )?(?:satisfait|content|ravi|convaincu|conquis)(?:e|s|es)?",
      "mécontent(?:e|s|es|ement)?", "insatisf(?:ait|aite|aits|aites|action)", "déçu(?:e|s|es)?", "déception",
      "(?:mauvais(?:e|es)?|mitigé(?:e|s|es)?) (?:avis|notes?|évaluations?|commentaires?|expérience|critiques?)",
      "(?:le moindre|un quelconque|quelque|un|en cas de|au moindre|un éventuel) (?:problème|souci|défaut|pépin)s?",
      "quelque chose (?:ne va pas|n['’](?:allait|va) pas|cloche|ne (?:vous )?convient pas|(?:s['’]est|est) mal passé)",
      "ne (?:vous |te )?(?:convient|convenait|plaît|plait|satisfait|plaisent) pas",
      "ne (?:vous |t['’])(?:a|ont) pas (?:plu|convenu|satisfait)", "moins de (?:5|cinq) étoiles",
    ],
    contactFirst: [
      "(?:contactez|contacte|écrivez|écris|prévenez|préviens|appelez)[- ](?:nous|moi)(?:[ ,]{1,2}\\p{L}+){0,3}?[ ,]{1,2}(?:d['’]abord|en premier(?: lieu)?|au préalable|en priorité|avant tout|avant)",
      "(?:dites|dis)[- ]le[- ]nous (?:d['’]abord|en premier|au préalable|avant)",
      "nous (?:contacter|écrire|prévenir|en parler)(?: directement)? (?:d['’]abord|en premier(?: lieu)?|au préalable|en priorité|avant tout|avant)",
      "(?:d['’]abord|en premier lieu|avant tout|au préalable),? (?:contactez|écrivez|prévenez|contacte|écris)[- ](?:nous|moi)",
      "(?:prenez|prends) contact avec nous (?:d['’]abord|en premier|au préalable|avant)",
      "(?:laissez|donnez|laisse|donne)[- ]nous (?:une chance|l['’]occasion|la possibilité|le temps) de (?:résoudre|régler|corriger|arranger|rectifier|trouver)",
    ],
    beforeReview: [
      "(?:avant|au lieu|plutôt que) (?:de |d['’])(?:nous |me |lui )?(?:laisser|écrire|publier|poster|rédiger|donner|mettre|déposer|attribuer)(?:[ '’]\\p{L}+){0,3}?[ '’](?:avis|évaluations?|commentaires?|notes?|étoiles?|critiques?|retours?|feedback|sur amazon)",
      "(?:avant|au lieu|plutôt que) (?:de |d['’])(?:nous )?(?:évaluer|noter|commenter|juger)",
      "(?:avant|plutôt) que (?:vous|tu) (?:ne |n['’])?(?:nous )?(?:laissiez|laisses|publiiez|publies|écriviez|écrives|postiez|rédigiez|donniez|mettiez)(?:[ '’]\\p{L}+){0,3}?[ '’](?:avis|évaluations?|commentaires?|notes?|étoiles?|critiques?|sur amazon)",
      "avant (?:toute|tout|votre|ton|la publication d['’](?:un|une|votre)) (?:avis|évaluation|commentaire|note|critique|notation)",
    ],
  },
  neutralRequest:
    "Si vous avez un moment, votre avis sincère sur Amazon, quel qu'il soit, aidera d'autres clients à choisir.",
  examples: [
    { text: "Un petit avis 5 étoiles sur Amazon nous ferait tellement plaisir !", expect: "star-rating" },
    { text: "N'hésitez pas à nous mettre cinq étoiles si le carnet vous plaît.", expect: "star-rating" },
    { text: "Si vous êtes satisfaite de votre commande, merci de nous laisser un avis positif.", expect: "positive-only" },
    { text: "Satisfait de votre achat ? Laissez-nous une évaluation sur Amazon.", expect: "positive-only" },
    { text: "Vous avez aimé votre carnet ? Un bon commentaire sur Amazon nous aiderait beaucoup.", expect: "positive-only" },
    { text: "Un petit avis 5 étoiles sur Amazon, et nous vous envoyons un marque-page en cuir en cadeau !", expect: "incentive" },
    { text: "En échange de votre évaluation, nous vous offrons un code promo de 15 %.", expect: "incentive" },
    { text: "Laissez un commentaire sur Amazon et recevez un bon d'achat de 10 €.", expect: "incentive" },
    { text: "Pourriez-vous supprimer l'avis négatif que vous avez laissé ?", expect: "change-review" },
    { text: "Maintenant que le problème est réglé, accepteriez-vous de modifier votre note de 2 étoiles ?", expect: "change-review" },
    { text: "Nous vous rembourserons intégralement dès que votre évaluation sera retirée.", expect: "change-review" },
    { text: "Pourriez-vous mettre à jour votre avis maintenant que le colis est arrivé ?", expect: "change-review" },
    { text: "Si vous n'êtes pas satisfait, contactez-nous avant de laisser un avis.", expect: "gating" },
    { text: "Un souci avec votre commande ? Contactez-nous d'abord, avant toute évaluation sur Amazon.", expect: "gating" },
    { text: "Si le carnet ne vous convient pas, écrivez-nous en premier plutôt que de laisser un commentaire négatif.", expect: "gating" },
    { text: "Nous avons pris bonne note de votre avis et vous en remercions.", expect: null },
    { text: "Vos avis nous aident à améliorer nos produits.", expect: null },
    { text: "Votre retour sur la fiche Amazon du produit, quel qu'il soit, intéresse d'autres artistes.", expect: null },
    { text: "D'autres clients choisissent leur carnet en lisant les commentaires sur Amazon ; le vôtre, positif ou non, y aurait toute sa place.", expect: null },
    { text: "Si vous le souhaitez, vous pouvez laisser un avis sur Amazon, qu'il soit positif ou négatif.", expect: null },
    { text: "Nous avons revu votre demande et un nouveau carnet part aujourd'hui.", expect: null },
    { text: "Pour nous excuser du retard, nous vous envoyons gratuitement celui à pages pointillées.", expect: null },
    { text: "Bonne journée, et merci d'avance si vous prenez le temps de laisser un avis sur Amazon.", expect: null },
    { text: "Si vous changez d'avis, vous pouvez retourner le carnet sous 30 jours et être remboursé.", expect: null },
    { text: "Nous avons mis à jour l'avis d'expédition : votre colis arrive jeudi.", expect: null },
  ],
});
