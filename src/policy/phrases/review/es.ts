import type { ReviewCatalog } from "./types.js";

// "tomar buena nota" (to take due note) is a stock customer-service phrase, not a verdict.
const NOT_TAKE_NOTE = "(?<!(?:tomamos|tomado|tomo|tomar|toma|tome|tomaremos) )";
// Greetings, conditions and the interjection ("buenos días", "buen estado", "Bueno,") are not verdicts.
const NOT_GREETING =
  "(?!,| (?:d[ií]as?|tardes?|noches?|fin de semana|viaje|estado|uso|provecho|trabajo|domingo|suerte|jornada|año|semana|día))";
const REVIEW_STEM = "(?:opini|reseñ|valoraci|comentari|calificaci|puntuaci|estrell|nota|feedback|review)\\p{L}*";

export const es = (): ReviewCatalog => ({
  lang: "es",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "feedbacks?",
      "opini[oó]n(?:es)?", "reseñas?", "valoraci[oó]n(?:es)?", "calificaci[oó]n(?:es)?", "puntuaci[oó]n(?:es)?",
      "val[oó]r(?:enos|anos|elo|ela|alo|ala|arnos|arlo|arla)", "nos val(?:ore|oren|ores)",
      "valorar (?:el|nuestro|nuestra|la|este|esta|su) (?:producto|artículo|compra|tienda|servicio|vendedor)",
      "calif[ií](?:quenos|canos|carnos|carlo|carla)", "calificar (?:el|nuestro|nuestra|la|este|esta|su) (?:producto|artículo|compra|tienda|servicio|vendedor|pedido)",
      "nos califi(?:que|quen|ques)", "punt[uú](?:enos|anos|arnos|arlo|arla)", "nos punt[uú](?:e|en|es)",
      // "comentario" is also any remark ("gracias por su comentario"): only when it is plainly posted or rated.
      "comentarios? (?:en|sobre) (?:amazon|la (?:página|ficha)|el producto)", "comentarios? (?:positiv|negativ|favorable)\\p{L}*",
      "(?:dej|escrib|publi|añad|compart)\\p{L}*(?:nos)? (?:un |su |tu |algún |el |unos )?(?:breve |pequeño )?comentarios?",
      "(?:elimin|borr|quit|retir|cambi|modific|actualiz|edit|corrig|rectific)\\p{L}* (?:su |tu |el |este |ese |sus |tus |los )?comentarios?",
      // "nota" is also a note or a credit note: only as a grade.
      "notas? (?:máxima|alta|baja|mínima|de (?:10|\\d)(?!\\d|[.,]\\d))", `${NOT_TAKE_NOTE}(?:buena|mala|mejor|máxima) nota`,
      "(?:sus|tus|unas|algunas) estrell(?:as|itas)", "estrell(?:as|itas) en amazon",
      "(?:dar|dé|denos|danos|poner|ponga|ponernos|póngannos|dejar|deje|déjenos|déjanos)(?:nos)? (?:unas |las |sus |tus )?\\d? ?estrell(?:as|itas)",
    ],
    positive: [
      `${NOT_TAKE_NOTE}buen(?:[oa]s?)?${NOT_GREETING}`, "positiv[oa]s?", "excelentes?", "estupend[oa]s?", "geniales?",
      "favorables?", "perfect[oa]s?(?! estado)", "fantástic[oa]s?", "maravillos[oa]s?", "magnífic[oa]s?", "elogios[oa]s?",
      "(?:la|las) mejor(?:es)? (?:valoraci|puntuaci|nota|calificaci|opini|reseñ)\\p{L}*", "máxima (?:puntuación|nota|valoración|calificación)",
      "alt[oa] (?:valoración|puntuación|calificación|nota)",
    ],
    topStars: [
      "(?:5|cinco|4|cuatro) estrell(?:as|itas)", "(?:5|4)[- ]?estrellas", "(?:5|4) ?★", "★{4,5}",
      "(?:5|cinco) de (?:5|cinco)", "máxima (?:puntuación|valoración|calificación|nota)",
      "(?:puntuación|valoración|calificación|nota) máxima", "(?:un|el) 10 de 10",
    ],
    lowStars: ["(?:1|una|2|dos|3|tres) estrell(?:as?|itas?)", "(?:1|2|3)[- ]?estrellas?", "(?:1|2|3) ?★"],
    thanked: [
      "(?:muchas |mil )?gracias(?: \\p{L}+)? por (?:su|tu|sus|tus|la|el|esta|este|dejar(?:nos)?|escribir|tomarse el tiempo)", "(?:le|te|les) agradecemos (?:mucho |sinceramente )?(?:su|tu|sus|tus|la|el)", "(?:todo el equipo|el equipo(?: de \\p{L}+)?) (?:le|te|les) agradece (?:su|tu|sus|tus|la|el)",
    ],
    contrary: [
      "o (?:no tan|menos|negativ[oa]s?|mal[oa]s?|decepcionantes?|crític[oa]s?)",
    ],
    contactUs: [
      "(?:cont[aá]ctenos|cont[aá]ctanos|contacte con nosotros|contacta con nosotros|escr[ií]banos|escr[ií]benos|av[ií]senos|av[ií]sanos|h[aá]blenos|(?:se )?p[oó]ngase en contacto con nosotros|(?:se )?ponga en contacto con nosotros|ponte en contacto con nosotros)", "(?:contactarnos|escribirnos|avisarnos)",
    ],
    neutral: [
      "buen[ao]s? o (?:no tan|menos) buen[ao]s?",
      "sea cual sea", "sea cual fuere", "(?:cual|cualquiera) que sea (?:su|tu|la) \\p{L}+",
      "positiv[oa]s? o negativ[oa]s?", "negativ[oa]s? o positiv[oa]s?", "positiv[oa]s? o no",
      "buen[oa]s? o mal[oa]s?", "mal[oa]s? o buen[oa]s?", "(?:para )?bien o (?:para )?mal",
      "favorables? o (?:no|desfavorables?)", "lo bueno y lo (?:malo|mejorable)", "(?:sus|los) pros y (?:sus |los )?contras",
      "tanto si (?:es|fue|ha sido) (?:positiv|buen)\\p{L}* como si no",
    ],
    ifHappy: [
      "si (?:usted |tú )?(?:está|esta|estás|estas|quedó|quedo|quedaste|ha quedado|has quedado|queda|quedas|se siente|te sientes|ha estado|has estado)(?: (?:muy|totalmente|completamente|plenamente|realmente))? (?:satisfech|content|encantad|contentísim)[oa]s?",
      "(?:en caso de que|siempre que) (?:usted |tú )?(?:esté|estés|quede|quedes|haya quedado|hayas quedado)(?: (?:muy|totalmente|completamente|plenamente))? (?:satisfech|content|encantad)[oa]s?",
      "si (?:usted |tú )?(?:está|estás|quedó|quedaste|ha quedado|has quedado) conformes?",
      "si (?:le|te|les|os) (?:ha |han )?(?:gusta|gustan|gustó|gusto|gustaron|gustado|encant(?:a|an|ó|ado))",
      "si (?:ha|has|han) (?:disfrutado|quedado contento)", "si (?:todo|el pedido|la compra) (?:está|estuvo|fue|ha ido|salió|ha salido|va) (?:bien|perfecto|correcto|a su gusto)",
      "si (?:el \\p{L}+ |la \\p{L}+ |nuestro \\p{L}+ |nuestra \\p{L}+ )?(?:cumple|cumplió|ha cumplido|superó|ha superado|supera|estuvo a la altura de) (?:con )?(?:sus|tus) expectativas",
      "si (?:ha|has) tenido una (?:buena|excelente|gran) experiencia",
      "(?<!(?<!\\p{L})no(?: \\p{L}+)? )(?:(?:está|esta|estás|quedó|ha quedado|quedaste) )?(?:satisfech|content|encantad)[oa]s?(?: con (?:su|tu|el|la|sus|tus|los|las|nuestro|nuestra) \\p{L}+)?\\s*\\?",
      "(?<!(?<!\\p{L})no )(?:le|te|les) (?:ha|han) (?:gustado|encantado)(?: (?:el|la|los|las|su|tu|nuestro|nuestra) \\p{L}+)?\\s*\\?",
      "(?<!(?<!\\p{L})no )(?:le|te|les) (?:gustó|gusto|encantó|gustaron)(?: (?:el|la|los|las|su|tu|nuestro|nuestra) \\p{L}+)?\\s*\\?",
      "solo si (?:está|estás|quedó|queda)",
    ],
    incentive: [
      "gratis", "gratuit[oa]s?", "gratuitamente", "regalos?", "de regalo", "(?:le |te |les |os )?regal(?:amos|aremos|aríamos)",
      "obsequios?", "(?:le |te |les |os )?obsequi(?:amos|aremos)", "reembols\\p{L}*",
      "devol(?:vemos|veremos|veríamos|verle|verte|ución)(?: \\p{L}+)? (?:el |su |tu |del )?(?:dinero|importe)",
      "descuentos?", "cup[oó]n(?:es)?", "c[oó]digos? (?:de )?(?:descuento|promoci[oó]n|promocional)",
      "vales? (?:de )?(?:descuento|regalo|compra)", "tarjetas? (?:de )?regalo", "\\d+ ?% (?:de descuento|menos|dto)",
      "a cambio", "en compensación", "recompens\\p{L}*", "compensaci[oó]n(?:es)?", "compens(?:arle|arte|amos|aremos)",
      "bonificaci[oó]n(?:es)?", "sin (?:ningún )?(?:coste|costo|cargo)", "cashback", "sorteos?", "premios?", "muestras? gratis",
    ],
    change: [
      "elimin\\p{L}*", "borr(?:ar|a|as|e|en|ara|ase|ado|ada|arla|arlo|arlas|arlos|aría)", "quit(?:ar|a|as|e|en|ara|ase|ado|ada|arla|arlo|aría)",
      "retir(?:ar|a|as|e|en|ara|ase|ado|ada|arla|arlo|aría)", "modific\\p{L}*",
      // Not "cambio" (an exchange of the product).
      "cambi(?:ar|e|en|a|as|ara|aran|ase|ado|ada|ando|arla|arlo|arlas|arlos|aría|arías)", "actualiz\\p{L}*",
      "edit(?:ar|a|as|e|en|ara|ado|ada|arla|arlo)", "reconsider\\p{L}*", "replante\\p{L}*", "retract\\p{L}*",
      "rectific(?:ar|ara)? (?:su |tu |la |el )?(?:opini|reseñ|valoraci|comentari|calificaci|puntuaci|nota)\\p{L}*",
      // Bare "mejorar" is what reviews help sellers do; only with the rating as object.
      "(?:subir|suba|mejorar|mejore|aumentar|aumente|corregir|corrija)(?:la)? (?:la |su |tu |esa |esta )?(?:valoraci|calificaci|puntuaci|nota|opini|reseñ)\\p{L}*",
    ],
    negative: [
      "no (?:es|fue|está|esté|sea|resulta|resultó|salió|sale)(?: (?:del todo|totalmente|100 ?%))? perfect[oa]s?", "decepcionantes?",
      "negativ[oa]s?", "insatisfech[oa]s?", "descontent[oa]s?", "decepcionad[oa]s?", "disgustad[oa]s?",
      "no (?:está|esta|estás|estuviera|queda|quedó|quedara|quedase|ha quedado|has quedado|se siente|es|fue)(?: (?:del todo|totalmente|completamente|muy|100 ?%))? (?:satisfech|content|conforme|encantad)[oa]s?",
      "no (?:esté|estés|quede|quedes|haya quedado|hayas quedado)(?: (?:del todo|totalmente|completamente|muy))? (?:satisfech|content|conforme)[oa]?s?",
      "no (?:le|te|les) (?:ha |han )?(?:gusta|gustan|gustó|gustado|convence|convenció|ha convencido)",
      "(?:mala|baja|pobre) (?:opinión|valoración|reseña|calificación|puntuación|nota|experiencia)",
      "(?:algún|cualquier|el menor|un) (?:problema|inconveniente|defecto)", "(?:algo|alguna cosa) (?:no (?:va|fue|ha ido|está|salió|sale) bien|(?:va|fue|ha ido|salió|sale) mal)",
      "menos de (?:5|cinco) estrellas",
    ],
    contactFirst: [
      "(?:cont[aá]ctenos|cont[aá]ctanos|contacte con nosotros|contacta con nosotros|escr[ií]banos|escr[ií]benos|av[ií]senos|av[ií]sanos|d[ií]ganoslo|d[ií]noslo|h[aá]blenos|cons[uú]ltenos|p[oó]ngase en contacto con nosotros|ponte en contacto con nosotros|comun[ií]quese con nosotros|env[ií]enos un mensaje|m[aá]ndenos un mensaje)(?:[ ,]{1,2}\\p{L}+){0,2}?[ ,]{1,2}(?:primero|antes|en primer lugar)",
      "(?:contactarnos|escribirnos|avisarnos|consultarnos|hablar con nosotros) (?:primero|antes|en primer lugar)",
      "(?:primero|antes de nada|en primer lugar),? (?:cont[aá]ctenos|cont[aá]ctanos|escr[ií]banos|escr[ií]benos|av[ií]senos|av[ií]sanos)",
      "(?:d[eé]nos|danos|d[eé]jenos|déjanos) (?:la )?(?:oportunidad|ocasión|posibilidad) de (?:solucionar|resolver|arreglar|corregir)\\p{L}*",
    ],
    beforeReview: [
      `(?:antes|en (?:lugar|vez)) de (?:dejar|escribir|publicar|poner|dar|enviar)(?:nos|le|la)?(?: \\p{L}+){0,3}? (?:${REVIEW_STEM}|en amazon)`,
      "(?:antes|en (?:lugar|vez)) de (?:valorar|calificar|puntuar|opinar|reseñar|evaluar)(?:nos|lo|la)?",
      `antes de que (?:usted |tú )?(?:nos )?(?:deje|dejes|escriba|escribas|publique|publiques|ponga|pongas)(?: \\p{L}+){0,3}? (?:${REVIEW_STEM}|en amazon)`,
      "antes de (?:cualquier|una|su|tu) (?:opinión|reseña|valoración|calificación|comentario)",
    ],
  },
  neutralRequest:
    "Si tiene un momento, le agradeceríamos que compartiera en Amazon su opinión sincera sobre la compra, sea cual sea.",
  examples: [
    { text: "¿Nos regalaría 5 estrellas en Amazon? ¡Nos ayudaría muchísimo!", expect: "star-rating" },
    { text: "Si le gustó el candado, puntúenos con cinco estrellas.", expect: "star-rating" },
    { text: "Si está satisfecho con su compra, le agradeceríamos una valoración positiva.", expect: "positive-only" },
    { text: "¿Te ha gustado el candado? Déjanos una reseña en Amazon.", expect: "positive-only" },
    { text: "Nos encantaría leer una opinión excelente de su parte.", expect: "positive-only" },
    { text: "Deje su reseña en Amazon y le regalamos una funda para el candado.", expect: "incentive" },
    { text: "Por cada opinión publicada le enviamos un cupón de descuento del 10 %.", expect: "incentive" },
    { text: "Comparta su opinión en Amazon y participe en el sorteo de una bicicleta.", expect: "incentive" },
    { text: "Le devolvemos el importe completo si cambia su valoración de 2 estrellas.", expect: "change-review" },
    { text: "¿Podría eliminar el comentario negativo que dejó en Amazon?", expect: "change-review" },
    { text: "Ahora que el problema está resuelto, ¿consideraría actualizar su opinión?", expect: "change-review" },
    { text: "Si no está satisfecho, contáctenos primero antes de dejar una reseña.", expect: "gating" },
    { text: "¿Algún problema con el candado? Escríbanos antes de publicar una valoración negativa.", expect: "gating" },
    { text: "Si algo no ha ido bien, denos la oportunidad de solucionarlo en lugar de dejar una opinión.", expect: "gating" },
    { text: "Muchos ciclistas eligen su candado leyendo opiniones de otros compradores, así que, si quiere, puede dejar la suya en Amazon, sea cual sea.", expect: null },
    { text: "Si quiere, puede compartir su opinión sobre el candado en Amazon, sea positiva o negativa.", expect: null },
    { text: "El reembolso de 12,95 € ya se ha emitido y lo verá en su cuenta en unos días.", expect: null },
    { text: "Buenos días, le escribimos para confirmar la entrega y, si lo desea, conocer su opinión en Amazon.", expect: null },
    { text: "Gracias por su comentario, cambiaremos el embalaje en los próximos envíos.", expect: null },
    { text: "Hemos modificado la dirección de entrega tal como nos pidió.", expect: null },
    { text: "Tomamos buena nota de su opinión.", expect: null },
    { text: "Le enviamos un cambio del candado y agradecemos su opinión.", expect: null },
    { text: "Muchas gracias por su valoración positiva del producto.", expect: null },
    { text: "Gracias por dejar una reseña de 5 estrellas, nos alegra mucho.", expect: null },
    { text: "Gracias por su compra; ¿nos regala 5 estrellitas en Amazon?", expect: "star-rating" },
    { text: "Si ha quedado satisfecha, cinco estrellitas serían un detallazo.", expect: "star-rating" },
    { text: "¿Podría eliminar su feedback negativo ahora que el problema está resuelto?", expect: "change-review" },
    { text: "Sea buena o no tan buena su experiencia, su reseña honesta en Amazon ayuda a otros compradores.", expect: null },
    { text: "Le rogamos que se ponga en contacto con nosotros antes de dejar una reseña.", expect: "gating" },
    { text: "Si tiene alguna pregunta, contáctenos; y si lo desea, deje una reseña sincera en Amazon.", expect: null },
    { text: "Gracias por su feedback, hemos cambiado el embalaje de la lámpara.", expect: null },
  ],
});
