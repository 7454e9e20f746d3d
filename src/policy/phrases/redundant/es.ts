import type { RedundantCatalog } from "./types.js";

const ORDER = "(?:compra|pedido|confianza|preferencia|elección|orden)";
// A signature ends its line: "El equipo de Bici Sol", not "el equipo de montaje llegará el lunes".
const LINE_END = "(?=(?: [\\p{L}\\p{N}&.'’-]+){0,2}[ \\t]*[.!,]?[ \\t]*(?:\\n|$))";
// A salutation counts only when nothing but a name follows it on its line ("Hola, Sra. Ortiz:").
const UNTIL_LINE_END = "(?=\\.?(?:[ ,]+[\\p{L}.'’-]+){0,5}[ ,]*(?:!|[,:]?[ \\t]*(?:\\n|$)))";
// A title's period splits the sentence ("Hola, Sra. Ortiz:"): the name after it is part of the salutation.
const AFTER_TITLE =
  "(?<=(?:Sr|Sra|Srta|Sres|Sras|Dr|Dra|Prof|Profa|Lic|Ing|D|Dña|M|Mme|Sig|Dott|Hr|Fr|Mr|Mrs|Ms|Exmo|Exma)\\. )\\p{L}[\\p{L}'’-]*(?=\\.?(?: \\p{L}[\\p{L}.'’-]*){0,3}(?:!|[,:]?[ \\t]*(?:\\n|$)))";

export const es = (): RedundantCatalog => ({
  lang: "es",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:todo el |el )?equipo(?: de(?: [\\p{L}\\p{N}&.'’-]+){1,3})? (?:le|te|les) (?:agradece|da las gracias por)(?: [\\p{L}]+){0,2} (?:su|tu|vuestra|vuestro|la|el) (?:\\p{L}+ )?${ORDER}`,
      `gracias(?: [\\p{L}]+){0,2} por (?:su|tu|vuestra|vuestro|la|el) (?:\\p{L}+ )?${ORDER}`,
      "gracias por (?:comprar|confiar|elegir|escoger|haber (?:comprado|confiado|elegido|escogido|realizado su pedido))(?:nos)?",
      "gracias por (?:elegirnos|escogernos|confiar en nosotros|su confianza)", `(?:le |te |les )?agradecemos(?: [\\p{L}]+){0,2} (?:su|tu|vuestra) ${ORDER}`,
      // "¡Gracias!" on its own; "gracias de antemano" announces a request.
      "(?:muchas |mil )?gracias(?: de nuevo| otra vez| una vez más| a usted| a ti)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:esperamos|ojalá) que (?:lo |la |los |las )?disfrute(?:s|n)?", "que (?:lo |la |los |las )?disfrute(?:s|n)?(?: mucho)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "disfrute(?:s)? de (?:su|tu) (?:nuev[oa] )?\\p{L}+(?=[ \\t]*(?:[!.]|\\n|$))",
    ],
    help: [
      "si (?:le |te )?(?:tiene|tuviera|tuviese|tienes|tuvieras|necesita|necesitas|necesitara|surge|surgiera)(?: (?:cualquier|alguna|algún|más|otra|otras|alguna otra))? (?:pregunta|duda|consulta|problema|inquietud|cosa|ayuda)(?:s|es)?",
      "(?:para|ante) cualquier (?:otra )?(?:duda|pregunta|consulta|cosa|problema|aclaración|incidencia)", "cualquier (?:duda|consulta|pregunta|cosa)(?=,)", "(?:aquí|acá) estamos", 
      "no dude(?:s|n)? en (?:contactar|escribir|ponerse|ponerte|consultar|preguntar|comunicarse)\\p{L}*",
      "(?:estamos|quedamos|seguimos|estaremos) (?:[\\p{L}]+ ){0,2}(?:a (?:su|tu|vuestra) (?:entera |completa |total )?disposición|para (?:ayudarle|ayudarte|ayudarles|lo que necesite|lo que necesites|servirle|cualquier cosa))",
      "estaremos encantados de (?:ayudarle|ayudarte|atenderle|atenderte)", "será un placer (?:ayudarle|ayudarte|atenderle|atenderte)",
    ],
    orderConfirmed: [
      "(?:hemos|ya hemos) recibido (?:correctamente )?(?:su|tu) pedido", "recibimos (?:su|tu) pedido",
      "(?:su|tu) pedido (?:ha sido|fue|está|quedó|queda) (?:correctamente |debidamente )?(?:recibido|confirmado|registrado|aceptado|procesado)",
      "(?:le |te )?confirmamos (?:la recepción de )?(?:su|tu) pedido", "confirmaci[oó]n (?:de|del) (?:su )?pedido",
      "(?:está|están) siendo (?:preparad|procesad|empaquetad|embalad)[oa]s?", "(?:estamos|ya estamos) (?:preparando|procesando|empaquetando|embalando) (?:su|tu) (?:pedido|paquete|compra)",
      "se (?:está|están) preparando", "en preparación",
    ],
    shipped: [
      "(?:ha|han) sido (?:enviad|despachad|expedid)[oa]s?", "(?:fue|fueron) (?:enviad|despachad|expedid)[oa]s?",
      "(?:hemos|ya hemos) (?:enviado|despachado|expedido) (?:su|tu|el) (?:pedido|paquete|compra)", "(?:ya )?(?:está|están|va|van) en camino",
      "(?:ha|han) salido de (?:nuestro|nuestros|el|los) (?:almacén|almacenes|taller)", "(?:su|tu) (?:pedido|paquete)(?: \\p{L}+){0,3} (?:ya )?(?:salió|ha salido)",
      "(?:ha|han) sido entregad[oa]s? a (?:la (?:agencia|empresa de transporte|mensajería)|el transportista|Correos|SEUR|MRW|GLS)",
      "(?:está|están) en manos de (?:la agencia|el transportista|la mensajería|Correos|SEUR|MRW|GLS)", "confirmaci[oó]n de envío", "recibirá (?:otro|un|una) (?:nuevo |segundo )?(?:mensaje|correo|aviso|email|e-mail|notificación)(?: \\p{L}+){0,3} cuando",
      "llegará (?:pronto|en breve|muy pronto|en los próximos días)",
    ],
    substance: [
      "pero", "sin embargo", "no obstante", "lamentablemente", "desafortunadamente", "por desgracia", "lo sentimos", "disculp\\p{L}*", "perdón",
      "lament\\p{L}*", "retras\\p{L}*", "demora\\p{L}*", "falta(?:n|ba|ban)?", "faltante", "dañad[oa]s?", "rot[oa]s?", "defectuos\\p{L}*", "agotad[oa]s?",
      "sin stock", "grabad[oa]s?", "grabación", "personaliza\\p{L}*", "por separado", "separad[oa]s", "(?:dos|tres|varios) (?:paquetes|envíos|bultos|cajas)", "sin existencias", "en lugar de", "en vez de", "de antemano", "por favor", "podría(?:s)?", "le rogamos", "le pedimos", "necesitamos",
      "confírm\\p{L}*", "confirme", "indíquenos", "indícanos", "dirección", "factura\\p{L}*", "adjunt\\p{L}*", "instrucciones", "manual",
      "cancel\\p{L}*", "anul\\p{L}*", "cambi\\p{L}*", "hasta (?:el|la|que|mañana|\\d)", "reembols\\p{L}*", "devol\\p{L}*", "reemplazo", "repuesto",
      "sustitu\\p{L}*", "uno nuevo", "una nueva", "importante", "atención", "recuerde", "le recordamos",
      // Not "no dude en contactarnos" (an offer of help). Only before a verb: in Portuguese "no" is "in the".
      "no (?:(?:se |le |lo |la |les |nos |me )?(?:puede|pudo|podemos|podremos|podrá|podía|hay|había|habrá|está|están|estaba|es|era|será|tenemos|tiene|tenía|queda|quedan|llegó|llegará|llega|funciona|funcionó|ha|han|hemos|fue|incluye|incluía|coincide|corresponde|disponemos|estará|estarán))",
    ],
    greeting: [
      `(?:hola|buen(?:os|as) (?:días|tardes|noches)|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?)${UNTIL_LINE_END}`, AFTER_TITLE,
      "(?:un |reciba un |recibe un )?(?:cordial |afectuoso |atento |fuerte )?saludo(?:s)?(?: cordiales)?", "atentamente", `(?:el )?equipo de \\p{L}+${LINE_END}`,
      "que tenga (?:un )?(?:buen|feliz) (?:día|fin de semana)", "buen día", "hasta pronto",
    ],
  },
  examples: [
    { text: "Hola, Sra. Ortiz:\n\n¡Gracias por su compra! Si tiene cualquier duda, estamos a su disposición.\n\nBici Sol", expect: "thank-you-only" },
    {
      text: "Estimado Sr. Fuentes:\n\nMuchas gracias por confiar en nosotros. No dude en contactarnos para cualquier consulta.\n\nUn cordial saludo,\nEl equipo de Bici Sol",
      expect: "thank-you-only",
    },
    { text: "Hola, Sr. Aguilar:\n\nHemos recibido su pedido y ya lo estamos preparando. Recibirá otro mensaje cuando salga de nuestro almacén.\n\nUn saludo,\nBici Sol", expect: "order-confirmation" },
    { text: "Hola, Lucía:\n\n¡Tu pedido ya ha sido enviado y está en camino! Que lo disfrutes.\n\nSaludos,\nBici Sol", expect: "shipping-confirmation" },
    { text: "Hola, Sr. Crespo:\n\nGracias por su pedido. Lamentablemente, el casco talla M está agotado hasta el día 20.\n\nBici Sol", expect: null },
    { text: "Hola, Sra. Vega:\n\nHemos recibido su pedido. Por favor, confírmenos el número de piso de la dirección de entrega.\n\nBici Sol", expect: null },
    { text: "Hola, Sr. Nieto:\n\nSu pedido ha sido enviado hoy, pero las pastillas de freno irán en un segundo paquete.\n\nBici Sol", expect: null },
    { text: "Hola, Sra. Ortiz:\n\nLe recordamos cómo ajustar los frenos de su bicicleta: apriete el tornillo del cable media vuelta.\n\nBici Sol", expect: null },
    { text: "Hola Marta:\n\nEl equipo de Casa Luna le agradece sinceramente su compra. Quedamos a su disposición para cualquier consulta.\n\nCasa Luna", expect: "thank-you-only" },
    { text: "Hola Marta:\n\nTodo el equipo le da las gracias por su pedido. La funda gris está agotada: ¿prefiere la beige o el reembolso?\n\nCasa Luna", expect: null },
  ],
});
