import type { MarketingCatalog } from "./types.js";

// Brazil and Portugal: "nosso/nossa" with or without the article ("a nossa loja", "nossa loja").
const NOSS = "(?:(?:o|a|os|as) )?noss[oa]s?";
// "o nosso novo transportador", "a nossa nova morada": service nouns after "nosso novo …" are no product.
const NOT_SERVICE =
  "(?!(?:transportador|transportadora|estafeta|entregador|morada|endereço|endereco|armazém|armazem|serviço|servico|horário|horario|telefone|número|numero|embalage|site|loja|política|politica|condiç|condic|procedimento|sistema|fornecedor|equipa|equipe|colega|escritório|escritorio|oficina|manual|instruç|instruc|pacote|encomenda|pedido)\\p{L}*)";
// A handed-out code: letters and digits ("OBRIGADO10", "JARDIM-15").
const CODE = "[«\"'“]?\\p{L}{3,}-?\\d{1,3}(?!\\d)[»\"'”]?";
// The seller's own site. "loja" alone may be the Amazon store, so it counts only as "loja online/virtual".
const SITE = "(?:próprio |própria )?(?:site|website|sítio|página (?:web|oficial)|loja (?:online|on-line|virtual|oficial)|e-?commerce)";
// Verbs only: "peça" is also a part and "pedido"/"compra" are nouns that may arrive "diretamente do nosso armazém".
const BUY_VERB = "(?:compre|comprar|comprem|comprando|encomende|encomendar|encomendem|adquira|adquirir|faça (?:o seu |seu |a sua |sua )?(?:pedido|encomenda))";
const DIRECT = `dire(?:c)?tamente (?:(?:n[oa]|pel[oa]|em|através d[oa]|d[oa]) ${NOSS} ${SITE}|conosco|connosco|com a gente|com nós)`;
const GAP = "(?: [\\p{L}\\p{N}-]+){0,4}";
const SOCIAL = "(?:Instagram|Facebook|TikTok|Twitter|YouTube|Pinterest|LinkedIn|Threads|redes(?: sociais)?)";

export const pt = (): MarketingCatalog => ({
  lang: "pt",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["(?:ao|no) (?:pagar|finalizar a compra|checkout)", "no carrinho"],
    coupon: [
      "cup(?:om|ons|ão|ões)", "c[oó]digos? (?:de )?(?:desconto|promocional|promocionais|promo|cupom|cupão)", "vales?(?:[- ]| de )(?:desconto|compras?|presente|oferta)",
      "cart(?:ão|ões)(?:[- ]| de )(?:presente|oferta)", "voucher", `c[oó]digo:? ${CODE}`,
    ],
    discount: [
      "leve (?:2|dois|3|três),? pague (?:1|um|2|dois)", "compre (?:1|um),? leve (?:2|dois)", "descontos?", "\\d+(?:[.,]\\d+)? ?% (?:de desconto|mais barat[oa]s?|a menos|off)", "(?:economize|poupe|economizar|poupar)(?: (?:até|os|o|uns))? \\d+",
      "preços? (?:especia(?:l|is)|reduzidos?|promocion(?:al|ais)|exclusivos?|mais baixos?)", "(?:pela|a) metade do preço", "-\\d+ ?%",
    ],
    future: [
      "pr[oó]xim[oa] (?:compra|encomenda|pedido|visita)", "pr[oó]xim[oa]s (?:compras|encomendas|pedidos)", "futur[oa]s (?:compras|encomendas|pedidos)",
      "da próxima vez", "na próxima vez",
    ],
    sale: [
      "promo(?:ção|ções|cao|coes) (?:especia(?:l|is)|exclusivas?|de (?:lançamento|verão|inverno|Natal|aniversário)|relâmpago|imperdíve(?:l|is))",
      "em promo(?:ção|cao)", `${NOSS} promo(?:ção|ções|cao|coes)`, "ofertas? (?:especia(?:l|is)|exclusivas?|relâmpago|imperdíve(?:l|is)|limitadas?|do dia|por tempo limitado|de lançamento)",
      "por tempo limitado", "(?:estamos )?em saldos", "queima de estoque", "Black Friday", "Cyber Monday",
    ],
    crossSell: [
      "(?:você|o senhor|a senhora|vai|irá) também (?:vai |irá )?(?:gostar|adorar|amar)", "também (?:vai|irá) (?:gostar|adorar|amar)",
      "(?:poderá|pode|podem|poderão) (?:também )?(?:gostar|interessar(?:-lhe)?) (?:também|d[oa]s? noss)", "(?:também )?lhe (?:pode|poderá|podem|poderão) interessar",
      `combina (?:perfeitamente|muito bem|na perfeição) com ${NOSS}`, "(?:o |um )?complemento (?:ideal|perfeito)",
      "(?:os )?clientes (?:que compraram [\\p{L} -]{1,40}? )?também compraram", "complete (?:a sua|sua|o seu|seu) (?:coleção|colecção|kit|conjunto)",
      `recomendamos também ${NOSS}`, `que tal (?:experimentar|conhecer|levar) (?:também )?${NOSS}`,
    ],
    otherProducts: [
      `${NOSS} (?:nov[oa]s?|últim[oa]s?|recentes?) ${NOT_SERVICE}\\p{L}+`,
      // Not "novidades sobre a sua encomenda" (news about the order).
      "novidades(?! (?:sobre|da sua|do seu|de sua|de seu|no seu|na sua|quanto|em relação|acerca|relativas))",
      "nov[oa]s? (?:coleç(?:ão|ões)|colecç(?:ão|ões)|linhas?|gamas?)", "novos (?:produtos|modelos|lançamentos)", "(?:os )?(?:nossos|últimos) lançamentos",
      `${NOSS} (?:outr[oa]s|demais) (?:produtos|artigos|modelos|coleções|colecções|opções)`,
      `${NOSS} (?:linha(?! (?:de atendimento|de apoio|telefónica|telefônica|direta))|gama|coleção|colecção|catálogo|catalogo)`, "todos os nossos (?:produtos|artigos|modelos)",
    ],
    invite: [
      "conheça", "conheçam", `conhecer ${NOSS}`, "descubra", `descobrir ${NOSS}`,
      // "confira o código de rastreio" is service: only with what is on offer.
      `confira(?:m)? (?:também |já |agora )?(?:${NOSS}|as novidades|os lançamentos|toda|todos|todas)`,
      "(?:dê|dá|deem) uma (?:olhada|olhadinha|espiada|vista de olhos)", "espreite", "não perca", "não percam",
      "não deixe de (?:conferir|conhecer|visitar|ver|espreitar)", "visite", "visitem", "explore", "seja (?:o primeiro|a primeira|dos primeiros) a",
      "fique (?:por dentro|a par|ligad[oa])", "acab(?:ou|am|amos) de (?:chegar|lançar|ser lançad[oa]s?)", "acabad[oa]s? de chegar",
      "recém[- ](?:chegad|lançad)\\p{L}*", "já (?:está|estão) disponíve(?:l|is)", "aproveite", "aproveitem", `passe (?:pela|na) ${NOSS}`,
    ],
    follow: [
      "siga-nos", "sigam-nos", "nos siga", "nos sigam", "segue-nos", `(?:siga|seguir|sigam|segue) ${NOSS} (?:loja|página|perfil|conta|canal|marca)`,
      `(?:curta|curte|curtam) (?:a )?nossa página`, "(?:acompanhe-nos|nos acompanhe|acompanhem-nos)", `(?:visite|visitem) ${NOSS} (?:Instagram|Facebook|TikTok|canal no YouTube|página no Facebook|perfil no Instagram)`,
      `(?:acompanhe|acompanhem) ${NOSS} (?:perfil|página|conta|canal)`, "(?:inscreva-se|subscreva|assine) (?:n?o )?nosso canal",
      `(?:encontre-nos|encontrem-nos) (?:também )?(?:no|nas|pelo) ${SOCIAL}`,
    ],
    newsletter: [
      "newsletters?", "nosso boletim", "boletim (?:informativo|de notícias|de novidades)", "boletins informativos",
      "lista de (?:e-?mails|correio|distribuição|contatos|contactos)",
      "(?:cadastre-se|inscreva-se|subscreva|assine)(?: [\\p{L}]+){0,3} (?:receber )?(?:as )?(?:nossas )?(?:novidades|ofertas|promoções) por e-?mail",
    ],
    offAmazon: [
      `${BUY_VERB}${GAP} ${DIRECT}`, `peça (?:já |agora )?dire(?:c)?tamente`, `${DIRECT}${GAP} (?:${BUY_VERB}|mais barat[oa]s?|mais em conta)`,
      `(?:n[oa]|pel[oa]|em) ${NOSS} ${SITE}${GAP} (?:mais barat[oa]s?|mais em conta|com desconto)`, "(?:por )?fora da Amazon", "sem passar pela Amazon",
      `(?:mais barat[oa]s?|preços? melhores|melhores preços|mais em conta)(?: [\\p{L}]+){0,3} (?:n[oa]|em) ${NOSS} ${SITE}`,
    ],
    ownSite: [`${NOSS} ${SITE}`],
    // Not "compra" or "pedido": nouns ("o manual da sua compra está no nosso site").
    buy: ["compre", "comprar", "comprem", "comprando", "encomende", "encomendar", "encomendem", "adquira", "adquirir"],
    store: [
      `${NOSS} loja(?: (?:na|da) Amazon| oficial)?`, `${NOSS} (?:vitrine|montra|página de vendedor|página na Amazon|perfil de vendedor|storefront)`,
    ],
  },
  examples: [
    { text: "Use o cupom OBRIGADO10 e ganhe 10% de desconto na sua próxima compra.", expect: "coupon" },
    { text: "Como pedido de desculpas, oferecemos-lhe um vale de desconto para a próxima encomenda.", expect: "coupon" },
    { text: "Estamos em saldos: todos os vasos com 30 % de desconto!", expect: "promotion" },
    { text: "Aproveite a oferta relâmpago de hoje: regadores pela metade do preço!", expect: "promotion" },
    { text: "Conheça também a nossa nova linha de vasos autoirrigáveis!", expect: "other-products" },
    { text: "Se gostou do regador, você também vai adorar o nosso pulverizador de jardim.", expect: "other-products" },
    { text: "Siga-nos no Instagram para dicas de jardinagem.", expect: "follow-us" },
    { text: "Acompanhe-nos no Facebook e fique a par de tudo.", expect: "follow-us" },
    { text: "Assine a nossa newsletter e receba as novidades em primeira mão.", expect: "newsletter" },
    { text: "Da próxima vez, compre diretamente no nosso site e pague menos.", expect: "off-amazon" },
    { text: "Na nossa loja online as sementes estão 15% mais baratas.", expect: "off-amazon" },
    { text: "Encomende as recargas directamente na nossa loja online.", expect: "off-amazon" },
    { text: "Dê uma olhada na nossa loja na Amazon!", expect: "storefront" },
    { text: "Visite a nossa loja na Amazon.", expect: "storefront" },
    { text: "Enviaremos um novo regador sem custo ainda esta semana.", expect: null },
    { text: "Siga as instruções do manual para montar o carrinho.", expect: null },
    { text: "O reembolso de 12,95 € já foi processado pela Amazon.", expect: null },
    { text: "O manual também está disponível no nosso site, na secção de apoio.", expect: null },
    { text: "Assim que houver novidades sobre a sua encomenda, avisamos.", expect: null },
    { text: "O regador novo já está a caminho.", expect: null },
    { text: "O desconto aplicado no seu pedido foi concedido pela própria Amazon.", expect: null },
    { text: "Descobrimos que a embalagem chegou danificada e já enviámos outra.", expect: null },
    { text: "Confira o código de rastreio no seu e-mail de envio.", expect: null },
    { text: "O seu pedido sai diretamente do nosso armazém em Campinas.", expect: null },
  ],
});
