import type { ReviewCatalog } from "./types.js";

// "tomar boa nota" (to take due note) is a stock customer-service phrase, not a verdict.
const NOT_TAKE_NOTE = "(?<!(?:tomamos|tomei|tomado|tomar|toma|tome|tomaremos) )";
// Greetings, conditions and the interjection ("bom dia", "bom estado", "Bom,") are not verdicts.
const NOT_GREETING =
  "(?!,| (?:dia|dias|tarde|tardes|noite|noites|sorte|semana|fim de semana|trabalho|festas|estado|viagem|uso|leitura|utilização|compras|domingo|ano|descanso|proveito))";
// "nota fiscal" (a Brazilian invoice) is not a rating.
const NOTA = "nota(?! fiscal)";
const REVIEW_STEM = `(?:(?:avalia|opini|coment|resenh|classifica|estrel|feedback|review)\\p{L}*|${NOTA})`;
const CONTACT =
  "(?:(?:entre|entrem|entra) em conta(?:c)?to(?: (?:conosco|connosco|com a gente|com nós))?|(?:fale|falem|fala) (?:conosco|connosco|com a gente)|contate-nos|contacte-nos|contacta-nos|escreva-nos|escreva para nós|nos escreva|nos contate|nos contacte|nos avise|avise-nos|informe-nos|nos informe|mande-nos uma mensagem|nos mande uma mensagem|nos envie uma mensagem|envie-nos uma mensagem)";

export const pt = (): ReviewCatalog => ({
  lang: "pt",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "feedbacks?",
      "avalia(?:ção|ções|cao|coes)", "opini(?:ão|ões|ao|oes)", "resenhas?", "classifica(?:ção|ções|cao|coes)", "depoimentos?",
      // Not an internal assessment ("vamos avaliar o seu pedido de troca").
      "avali(?:e|em)-nos", "nos avali(?:e|em|ar)", "avaliar-nos",
      "(?:avaliar|avalie|avaliem|classificar|classifique) (?:o|a|nosso|nossa|este|esta|esse|essa|o seu|a sua|seu|sua) (?:produto|artigo|compra|loja|vendedor|atendimento|serviço)",
      // "comentário" is also any remark ("obrigado pelo seu comentário"): only when it is plainly posted or rated.
      "coment[aá]rios? (?:na amazon|no site|na página|sobre o produto)", "coment[aá]rios? (?:positiv|negativ|favor)\\p{L}*",
      "(?:deix|escrev|public|post|compartilh|partilh|adicion)\\p{L}*(?:-nos)? (?:um |o seu |seu |sua |algum |o )?(?:breve |pequeno )?coment[aá]rios?",
      "(?:remov|exclu|apag|retir|alter|mud|modific|atualiz|actualiz|edit)\\p{L}* (?:o seu |seu |o |este |esse |os seus |seus |os )?coment[aá]rios?",
      // "nota" is also an invoice or a note: only as a grade.
      `notas? (?:máxima|alta|baixa|mínima|dez|cinco|(?:10|\\d)(?!\\d|[.,]\\d))`,
      `${NOT_TAKE_NOTE}(?:boa|ótima|otima|melhor|máxima|baixa|má) ${NOTA}`,
      `(?:dar|dê|dá|nos dar|nos dê|dar-nos|dê-nos|atribuir|atribua) (?:uma |a |sua |a sua )?${NOTA}`,
      // Bare "estrelas" may be a pattern or a decoration: only as a rating.
      "(?:suas|umas|algumas) estrel(?:as|inhas)", "estrel(?:as|inhas) na amazon",
      "(?:dar|dê|dê-nos|nos dê|deixar|deixe|deixe-nos|colocar|coloque)(?: nos| para nós)? (?:as |suas |umas )?\\d? ?estrel(?:as|inhas)",
    ],
    positive: [
      `${NOT_TAKE_NOTE}(?:boa|boas|bom|bons)${NOT_GREETING}`, "positiv[oa]s?", "[óo]tim[oa]s?", "excelentes?",
      "favor[aá]ve(?:l|is)", "perfeit[oa]s?(?! estado)", "maravilhos[oa]s?", "fantástic[oa]s?", "incríve(?:l|is)", "elogios[oa]s?",
      "(?:a |as )?melhor(?:es)? (?:avalia|nota|opini|classifica|resenh)\\p{L}*", "nota (?:máxima|alta|10|dez)",
    ],
    topStars: [
      "(?:5|cinco|4|quatro) estrel(?:as|inhas)", "(?:5|4)[- ]?estrelas", "(?:5|4) ?★", "★{4,5}",
      "(?:5|cinco) de (?:5|cinco)", "nota (?:máxima|10|dez)", "(?:avaliação|classificação|pontuação) máxima",
      "máxima (?:avaliação|classificação|pontuação)",
    ],
    lowStars: ["(?:1|uma|2|duas|3|três|tres) estrel(?:as?|inhas?)", "(?:1|2|3)[- ]?estrelas?", "(?:1|2|3) ?★"],
    thanked: [
      "obrigad[oa]s?(?: \\p{L}+)? (?:pela|pelo|pelas|pelos|por (?:ter|deixar|sua|seu|suas|seus|escrever))", "agradecemos (?:muito )?(?:pela|pelo|pelas|pelos)",
    ],
    contrary: [
      "ou (?:nem tanto|menos|não tão|negativ[oa]s?|ruins?|m[aá]s?|decepcionantes?)",
    ],
    contactUs: [
      `${CONTACT}`,
    ],
    neutral: [
      "bo[am]s? ou (?:nem tanto|menos bo[am]s?|não tão bo[am]s?)",
      "seja (?:ela |ele )?qual for", "sejam (?:elas |eles )?quais forem", "qualquer que seja (?:a sua |o seu |sua |seu |a |o )?\\p{L}+",
      "positiv[oa]s? ou negativ[oa]s?", "negativ[oa]s? ou positiv[oa]s?", "positiv[oa]s? ou não",
      "bo[am]s? ou (?:ruim|ruins|m[aá]s?|mau|maus)", "(?:ruim|m[aá]|mau) ou bo[am]", "(?:para o )?bem ou (?:para o )?mal",
      "favor[aá]ve(?:l|is) ou (?:não|desfavor[aá]ve(?:l|is))", "(?:os )?pontos positivos e negativos",
      "o que (?:gostou|lhe agradou) e o que não",
    ],
    ifHappy: [
      "se (?:você |o senhor |a senhora |tu )?(?:está|esta|estiver|ficou|ficar|tiver ficado|esteve|estás|ficaste|for|é)(?: (?:muito|totalmente|plenamente|completamente|realmente|100 ?%))? (?:satisfeit[oa]s?|content[ea]s?|feliz(?:es)?|encantad[oa]s?)",
      "se (?:você |o senhor |a senhora |tu )?(?:gostou|gostar|tiver gostado|gostaste|gosta|adorou|curtiu|amou|aprovou)",
      "se (?:(?:o|a|os|as|nosso|nossa|este|esta) \\p{L}+ )?(?:lhe |te )?(?:agradou|agradar|tiver agradado)",
      "caso (?:você |o senhor |a senhora )?(?:esteja|tenha ficado|fique)(?: (?:muito|totalmente|plenamente|completamente))? (?:satisfeit[oa]s?|content[ea]s?|feliz(?:es)?)",
      "caso (?:você |o senhor |a senhora )?(?:tenha gostado|goste|tenha adorado)",
      "se tudo (?:correu|estiver|está|esta|deu|saiu|foi|tiver corrido) (?:bem|certo|ok|perfeito|como esperado)",
      "se (?:(?:o|a) \\p{L}+ |ele |ela )?(?:atendeu|correspondeu|superou|atender|corresponder|superar|cumpriu|cumprir)(?: [àa]s?)? (?:suas |tuas )?expectativas",
      "se (?:você )?teve uma (?:boa|ótima|excelente) experiência",
      "(?<!não(?: \\p{L}+)? )(?:(?:está|ficou|ficaste|estás|esta) )?(?:satisfeit|content)[oae]s?(?: com (?:o |a |os |as )?(?:sua |seu |suas |seus |nosso |nossa )?\\p{L}+)?\\s*\\?",
      "(?<!não )(?:gostou|curtiu|adorou|amou)(?: (?:d[oa]s?|de) \\p{L}+| dele| dela| deles| delas)?\\s*\\?",
      "só se (?:você )?(?:estiver|ficou|gostou|está)",
    ],
    incentive: [
      "brindes?", "gr[aá]tis", "gratuit[oa]s?", "gratuitamente", "de graça",
      // Not "o presente e-mail" (this e-mail): only a gift.
      "(?:um|de|como|o seu|seu|este|nosso|pequeno) presente", "presente(?:á|a)-l[oa]", "presentear\\p{L}*",
      "reembols\\p{L}*", "devolv(?:emos|eremos|er-lhe|emos-lhe|eríamos)(?: \\p{L}+)? (?:o |seu |o seu )?(?:dinheiro|valor)",
      "descontos?", "cup(?:om|ons|ão|ões)", "c[oó]digos? (?:de )?(?:desconto|promocional|promoção|cupom)",
      "vales?[- ](?:presente|desconto|compras?|oferta)", "cart(?:ão|ões)[- ](?:presente|oferta)", "cart(?:ão|ões) de (?:oferta|presente)",
      "\\d+ ?% de desconto", "\\d+ ?% off", "em troca", "como (?:agradecimento|recompensa|compensação)", "recompens\\p{L}*",
      "compensa(?:ção|ções|cao)", "compens(?:á|a)-l[oa]", "b[oóô]nus", "de oferta", "oferec(?:emos|eremos|er-lhe|emos-lhe)",
      "cashback", "dinheiro de volta", "sorteios?", "prêmios?", "prémios?", "amostras? gr[aá]tis", "sem (?:nenhum )?custo",
    ],
    change: [
      "remov\\p{L}*", "remoção", "exclu(?:ir|i|a|am|iu|ido|ida|í-la|í-lo|ísse|isse|indo|iria)",
      "apag(?:ar|a|ue|uem|ou|ado|ada|á-la|á-lo|asse|aria)", "retir(?:ar|a|e|em|ou|ado|ada|á-la|á-lo|asse|aria)",
      "alter(?:ar|a|e|em|ou|ado|ada|á-la|á-lo|asse|aria|ação)", "mud(?:ar|a|e|em|ou|ado|ada|á-la|á-lo|asse|aria|ança)",
      "modific\\p{L}*", "atualiz\\p{L}*", "actualiz\\p{L}*", "edit(?:ar|a|e|em|ado|ada|á-la|á-lo)", "reconsider\\p{L}*",
      `rev(?:eja|ejam|er) (?:a sua |sua |a |o seu |seu |o )?(?:avalia|opini|coment|resenh|classifica)\\p{L}*`,
      // Bare "melhorar" is what reviews help sellers do; only with the rating as object.
      `(?:aumentar|aumente|subir|suba|melhorar|melhore|corrigir|corrija)(?:-la)? (?:a |sua |a sua |essa |esta )?(?:(?:avalia|classifica|opini)\\p{L}*|${NOTA})`,
    ],
    negative: [
      "(?:não|nao) (?:estiver|está|esteja|for|foi|seja|ficou|ficar)(?: (?:totalmente|completamente|100 ?%))? (?:perfeit[oa]s?|feliz(?:es)?)",
      "negativ[oa]s?", "insatisfeit[oa]s?", "descontent[ea]s?", "decepcionad[oa]s?", "desapontad[oa]s?",
      "(?:não|nao) (?:estiver|está|esteja|estás|ficou|ficar|ficaste|tiver ficado|tenha ficado|fique|esteve|for|foi|estava)(?: (?:totalmente|completamente|plenamente|muito|100 ?%))? (?:satisfeit|content|convencid)[oae]s?",
      "(?:não|nao) (?:gostou|gostar|goste|tiver gostado|tenha gostado|gostaste|lhe agradou|te agradou|agradou)",
      "(?:má|mau|ruim|baixa|péssima) (?:avaliação|opinião|nota|resenha|experiência|classificação)",
      "(?:avaliação|opinião|nota|resenha|experiência|classificação) (?:ruim|má|baixa|péssima)",
      "(?:algum|qualquer|um|o menor) (?:problema|defeito|inconveniente|contratempo)",
      "(?:algo|alguma coisa) (?:não (?:correu|estiver|está|der|saiu|foi|ficou)(?: bem| certo)?|(?:der|deu|correu|saiu) (?:errado|mal))",
      "menos de (?:5|cinco) estrelas",
    ],
    contactFirst: [
      `${CONTACT}(?:[ ,]{1,2}\\p{L}+){0,2}?[ ,]{1,2}(?:primeiro|antes|em primeiro lugar)`,
      "(?:contatar-nos|nos contatar|contactar-nos|nos contactar|falar conosco|falar connosco|entrar em conta(?:c)?to conosco|entrar em conta(?:c)?to connosco) (?:primeiro|antes|em primeiro lugar)",
      `(?:primeiro|antes de mais nada|antes de tudo|em primeiro lugar),? ${CONTACT}`,
      "(?:dê-nos|nos dê|dá-nos|deem-nos) (?:a |uma )?(?:oportunidade|chance|hipótese|possibilidade) de (?:resolver|corrigir|solucionar|reparar)",
    ],
    beforeReview: [
      `(?:antes|em vez|ao invés) de (?:nos )?(?:deixar|escrever|publicar|postar|dar|colocar|enviar|fazer)(?:-nos|-lhe)?(?: \\p{L}+){0,3}? (?:${REVIEW_STEM}|na amazon)`,
      "(?:antes|em vez|ao invés) de (?:nos )?(?:avaliar|classificar|comentar)(?:-nos|-lo|-la)?",
      `antes que (?:você |o senhor |a senhora )?(?:nos )?(?:deixe|escreva|publique|poste|dê|coloque)(?: \\p{L}+){0,3}? (?:${REVIEW_STEM}|na amazon)`,
      "antes de (?:qualquer|uma|sua|a sua) (?:avaliação|opinião|resenha|classificação)",
    ],
  },
  neutralRequest:
    "Se tiver um momento, a sua opinião sincera sobre a compra na Amazon, seja ela qual for, ajudará outros clientes.",
  examples: [
    { text: "Se puder, deixe 5 estrelas para nós na Amazon!", expect: "star-rating" },
    { text: "Uma avaliação cinco estrelas faria toda a diferença para a nossa pequena loja.", expect: "star-rating" },
    { text: "Se ficou satisfeito com a compra, deixe uma avaliação positiva na Amazon.", expect: "positive-only" },
    { text: "Gostou da garrafa? Uma boa avaliação nos ajuda muito!", expect: "positive-only" },
    { text: "Caso tenha gostado, deixe uma avaliação.", expect: "positive-only" },
    { text: "Deixe sua avaliação e ganhe um cupom de 15% de desconto na próxima compra.", expect: "incentive" },
    { text: "Quem publicar uma opinião na Amazon recebe um brinde exclusivo.", expect: "incentive" },
    { text: "Poderia remover a avaliação negativa agora que o problema foi resolvido?", expect: "change-review" },
    { text: "Reembolsamos o valor total se alterar a sua avaliação de 1 estrela.", expect: "change-review" },
    { text: "Poderia atualizar a sua resenha agora que recebeu a peça?", expect: "change-review" },
    { text: "Se não ficou satisfeito, entre em contato conosco primeiro antes de deixar uma avaliação.", expect: "gating" },
    { text: "Algum problema com o pedido? Fale connosco antes de publicar uma opinião negativa.", expect: "gating" },
    { text: "Caso não esteja satisfeito, entre em contacto connosco antes de avaliar.", expect: "gating" },
    { text: "Quem compra pela Amazon costuma ler a opinião de outros clientes; se desejar, escreva a sua, seja ela qual for.", expect: null },
    { text: "Se quiser, deixe na Amazon a sua opinião sobre a garrafa, positiva ou negativa.", expect: null },
    { text: "O reembolso de 12,95 € já foi processado pela Amazon.", expect: null },
    { text: "Bom dia, se desejar, deixe a sua opinião sobre o produto na Amazon.", expect: null },
    { text: "Segue em anexo a nota fiscal alterada com o novo endereço.", expect: null },
    { text: "Tomamos boa nota da sua opinião e vamos melhorar a embalagem.", expect: null },
    { text: "Vamos avaliar o seu pedido de troca e alterar a morada.", expect: null },
    { text: "O presente e-mail confirma a alteração da sua encomenda.", expect: null },
    { text: "Obrigado pela sua avaliação positiva!", expect: null },
    { text: "Muito obrigada pelas 5 estrelas, ficamos muito felizes.", expect: null },
    { text: "Ficou satisfeita? Então coloca cinco estrelinhas lá na Amazon.", expect: "star-rating" },
    { text: "Se você gostou, 5 estrelas seriam o máximo para nós.", expect: "star-rating" },
    { text: "Poderia apagar o seu feedback negativo agora que o problema foi resolvido?", expect: "change-review" },
    { text: "Seja a experiência boa ou nem tanto, a sua avaliação sincera na Amazon ajuda outros clientes.", expect: null },
    { text: "Fale conosco pelo chat da Amazon antes de deixar uma avaliação.", expect: "gating" },
    { text: "Qualquer dúvida, fale conosco; e se quiser, deixe uma avaliação sincera na Amazon.", expect: null },
  ],
});
