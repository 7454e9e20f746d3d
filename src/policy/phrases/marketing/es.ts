import type { MarketingCatalog } from "./types.js";

const NUESTR = "nuestr[oa]s?";
// "nuestro nuevo transportista", "nuestra nueva dirección": service nouns after "nuestro nuevo …" are no product.
const NOT_SERVICE =
  "(?!(?:transportista|mensajer|agencia|repartidor|dirección|direccion|almacén|almacen|servicio|horario|teléfono|telefono|número|numero|envío|envio|paquete|embalaje|web|página|pagina|tienda|política|politica|condicion|procedimiento|sistema|proveedor|equipo|compañer|oficina|taller|local|correo|manual|instrucciones)\\p{L}*)";
// A handed-out code: letters and digits ("BICI10", "GRACIAS-15").
const CODE = "[«\"'“]?\\p{L}{3,}-?\\d{1,3}(?!\\d)[»\"'”]?";
// The seller's own site. "Tienda" alone may be the Amazon store, so it counts only as "tienda online".
const SITE = "(?:propia )?(?:web|página web|pagina web|sitio web|sitio|tienda (?:online|en línea|en linea|virtual|oficial)|e-?shop)";
// Verbs only: "su compra" or "su pedido" may arrive "directamente desde nuestro almacén".
const BUY_VERB = "(?:compre|comprar|compren|comprando|cómprel[oa]s?|pida|pidan|pedir|pídal[oa]s?|pide|haga su pedido|hacer su pedido|encargue|encargar|adquiera|adquirir)";
const GAP = "(?: [\\p{L}\\p{N}-]+){0,4}";
const SOCIAL = "(?:Instagram|Facebook|TikTok|Twitter|YouTube|Pinterest|LinkedIn|Threads|redes(?: sociales)?)";

export const es = (): MarketingCatalog => ({
  lang: "es",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["al (?:pagar|finalizar (?:la|su) compra)", "en la caja", "en el carrito"],
    coupon: [
      "cup[oó]n(?:es)?", "c[oó]digos? (?:de )?(?:descuento|promocional(?:es)?|promo(?:ción)?|de regalo)", "vales? (?:de )?(?:descuento|compra|regalo)",
      "cheques? (?:de )?(?:descuento|regalo)", "tarjetas? regalo", `c[oó]digo:? ${CODE}`,
    ],
    discount: [
      "2x1", "dos por uno", "segunda unidad (?:a mitad de precio|al \\d+ ?%)", "descuentos?", "\\d+(?:[.,]\\d+)? ?% (?:de descuento|menos|más barat[oa]s?|de rebaja)", "un \\d+(?:[.,]\\d+)? ?% más barat[oa]s?",
      "ah[oó]rre(?:se|te|n)?(?: (?:un|el|hasta|hasta un))? \\d+", "ahorra (?:un |el |hasta )?\\d+", "rebajad[oa]s?",
      "precios? (?:especial(?:es)?|reducidos?|rebajados?|exclusivos?)", "a mitad de precio", "-\\d+ ?%",
    ],
    future: [
      "pr[oó]xim[oa] (?:compra|pedido|visita)", "pr[oó]xim[oa]s (?:compras|pedidos)", "futur[oa]s? (?:compras?|pedidos?)",
      "la pr[oó]xima vez",
    ],
    sale: [
      "rebajas", "ofertas? (?:especial(?:es)?|exclusivas?|limitadas?|flash|del día|de temporada|de verano|de invierno|de lanzamiento|por tiempo limitado|relámpago)",
      "por tiempo limitado", "promoci[oó]n(?:es)? (?:especial(?:es)?|exclusivas?|de (?:verano|invierno|lanzamiento|temporada|Navidad|aniversario))",
      "en promoci[oó]n", `${NUESTR} promoci[oó]n(?:es)?`, "estamos de (?:rebajas|promoción|oferta|ofertas)", "liquidación total", "Black Friday",
      "Cyber Monday", "ventas? flash",
    ],
    crossSell: [
      "también (?:le|te|les) (?:gustará|gustarán|encantará|encantarán|puede gustar|pueden gustar|podría gustar|podrían gustar|podría interesar|podrían interesar)",
      "(?:le|te|les) (?:gustará|gustarán|encantará|encantarán|podría gustar|podrían gustar|podría interesar|podrían interesar) también",
      "complemento (?:perfecto|ideal)", `combina(?:n)? (?:a la perfección|perfectamente|de maravilla) con ${NUESTR}`,
      "(?:los )?clientes (?:que compraron [\\p{L} -]{1,40}? )?también compraron", "(?:complete|completa) (?:su|tu) (?:colección|set|equipo|conjunto|kit)",
      `(?:le|te) recomendamos (?:también|además) ${NUESTR}`, `por qué no (?:prueba|pruebas|añade|añades) (?:también )?${NUESTR}`,
    ],
    otherProducts: [
      `${NUESTR} (?:nuev[oa]s?|últim[oa]s?|reciente) ${NOT_SERVICE}\\p{L}+`,
      // Not "novedades sobre su pedido" (news about the order).
      "novedades(?! (?:sobre|de su|de tu|del|en su|en tu|respecto|acerca))", "nuev(?:a|as) (?:colecci[oó]n|colecciones|l[ií]neas?|gamas?)",
      "nuevos (?:productos|modelos|diseños|lanzamientos)", `${NUESTR} (?:otr[oa]s|dem[aá]s|restantes) (?:productos|artículos|modelos|diseños|colecciones|accesorios)`,
      `el resto de ${NUESTR} (?:productos|artículos|catálogo|catalogo|colección|gama)`, "nuestr[oa] (?:colecci[oó]n|gama|l[ií]nea(?! (?:de atención|de ayuda|de soporte|de asistencia|telefónica|directa))|cat[aá]logo|surtido)",
      "toda nuestra (?:gama|colecci[oó]n|oferta)", "todos nuestros (?:productos|artículos|modelos)", "(?:los )?últimos lanzamientos",
    ],
    invite: [
      // Not "descubrimos que el paquete…".
      "descubr(?:a|e|ir|an)(?! que| si)", "desc[uú]br(?:alo|ala|alos|alas|elo|ela|elos|elas)", "(?:eche|échele|echa|échale|echen) un vistazo",
      "no se (?:lo |la |los |las )?pierda", "no te (?:lo |la |los |las )?pierdas", "visite", "visita (?:nuestr|la tienda)", "visítenos", "visítanos",
      "explore", "(?:sea|sé) (?:el|la) primer[oa] en", "(?:manténgase|mantente) informad[oa]s?", "(?:ya|ahora) (?:está|están) disponibles?",
      "acaba(?:n|mos)? de (?:lanzar|llegar|salir)", "recién (?:llegad|lanzad)\\p{L}*", `¿?(?:ha|has) visto (?:ya )?${NUESTR}`, `¿?(?:conoce|conoces) (?:ya )?${NUESTR}`,
      "aproveche", "aprovecha", `pase por ${NUESTR}`, "no dude en (?:visitar|descubrir|echar un vistazo)",
    ],
    follow: [
      "s[ií]ganos", "síguenos", "siguenos", "sígannos", `(?:siga|sigue|seguir|sigan) (?:a )?${NUESTR} (?:tienda|cuenta|página|perfil|canal|marca)`,
      `(?:encuéntrenos|encuéntranos|búsquenos|búscanos|encuéntrenos también) (?:también )?en ${SOCIAL}`, `(?:dale|dé|denos|danos) (?:un )?(?:me gusta|like) a ${NUESTR}`,
      "suscr[ií]b(?:ase|ete|anse) a nuestro canal", `(?:visítenos|visítanos) en ${SOCIAL}`, "únase a (?:nuestra comunidad|nosotros) en", "únete a (?:nuestra comunidad|nosotros) en",
    ],
    newsletter: [
      "newsletters?", "nuestro bolet[ií]n", "bolet[ií]n (?:de noticias|informativo|de novedades|electrónico)", "listas? de (?:correo|distribución|suscriptores)",
      `suscr[ií]b(?:ase|ete|irse|anse) a ${NUESTR} (?:correos|emails|e-mails|novedades|ofertas|lista)`,
    ],
    offAmazon: [
      `${BUY_VERB}${GAP} directamente (?:en|a través de|desde|por|con) (?:${NUESTR} ${SITE}|nosotros)`,
      `directamente (?:en|a través de|desde) ${NUESTR} ${SITE}${GAP} (?:${BUY_VERB}|más barat[oa]s?)`,
      `en ${NUESTR} ${SITE}${GAP} (?:más barat[oa]s?|más económic[oa]s?|con descuento)`, "fuera de Amazon", "sin pasar por Amazon", `(?:más barat[oa]s?|mejor precio|mejores precios)(?: [\\p{L}]+){0,3} en ${NUESTR} ${SITE}`,
    ],
    ownSite: [`${NUESTR} ${SITE}`],
    buy: ["compre", "comprar", "compren", "comprando", "cómprel[oa]s?", "pida", "pidan", "pedir", "haga su pedido", "encargue", "adquiera", "adquirir"],
    store: [
      "nuestra tienda(?: (?:de|en) Amazon| oficial)?", "nuestro (?:escaparate|storefront|perfil de vendedor)", "nuestra página (?:de|en) Amazon",
      "nuestra página de (?:vendedor|marca)", "nuestra tienda física",
    ],
  },
  examples: [
    { text: "La próxima vez, pida directamente en nuestra tienda online y ahórrese los gastos de envío.", expect: "off-amazon" },
    { text: "En nuestra web encontrará todos los recambios un 15 % más baratos.", expect: "off-amazon" },
    { text: "Con el código BICI10 tiene un 10 % de descuento en su próximo pedido.", expect: "coupon" },
    { text: "Como disculpa, le regalamos un cupón para su próxima compra.", expect: "coupon" },
    { text: "¡Estamos de rebajas con un 30 % de descuento en todos los cascos!", expect: "promotion" },
    { text: "Aproveche nuestra oferta especial: luces LED a mitad de precio.", expect: "promotion" },
    { text: "Descubra también nuestra nueva colección de maillots.", expect: "other-products" },
    { text: "Si le gusta este sillín, también le encantará nuestro manillar ergonómico.", expect: "other-products" },
    { text: "¿Ya conoce nuestros nuevos guardabarros de aluminio?", expect: "other-products" },
    { text: "Síganos en Instagram para ver rutas y consejos de mantenimiento.", expect: "follow-us" },
    { text: "Suscríbete a nuestro canal de YouTube para no perderte ningún tutorial.", expect: "follow-us" },
    { text: "Suscríbase a nuestro boletín y reciba las novedades antes que nadie.", expect: "newsletter" },
    { text: "Visite nuestra tienda en Amazon para ver más accesorios.", expect: "storefront" },
    { text: "Le enviaremos uno nuevo sin coste esta misma semana.", expect: null },
    { text: "Siga las instrucciones del manual para ajustar el cambio.", expect: null },
    { text: "El reembolso ya se ha tramitado a través de Amazon.", expect: null },
    { text: "El manual en PDF también está disponible en nuestra web, en la sección de soporte.", expect: null },
    { text: "El nuevo timbre sale hoy por mensajería urgente.", expect: null },
    { text: "Descubrimos que el paquete se había dañado en el transporte; ya le hemos enviado otro.", expect: null },
    { text: "El descuento que ve en su pedido corresponde a una promoción de Amazon.", expect: null },
    { text: "Le avisaremos en cuanto tengamos novedades sobre su pedido.", expect: null },
    { text: "Su pedido sale directamente desde nuestro almacén de Valencia.", expect: null },
    { text: "Le recordamos cómo ajustar los frenos: apriete el tornillo del cable media vuelta.", expect: null },
  ],
});
