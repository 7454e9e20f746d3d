import type { RedundantCatalog } from "./types.js";

// Brazil ("pedido", "contato", "equipe") and Portugal ("encomenda", "contacto", "equipa").
const ORDER = "(?:compra|encomenda|pedido|confiança|preferência|escolha)";
const SEU = "(?:sua |a sua |seu |o seu |tua |a tua |teu |o teu )?";
// A signature ends its line: "Equipe Jardim Feliz", not "a equipe de montagem vai ligar".
const LINE_END = "(?=(?: [\\p{L}\\p{N}&.'’-]+){0,2}[ \\t]*[.!,]?[ \\t]*(?:\\n|$))";
// A salutation counts only when nothing but a name follows it on its line ("Olá, Sr. Barbosa!").
const UNTIL_LINE_END = "(?=\\.?(?:[ ,]+[\\p{L}.'’-]+){0,5}[ ,]*(?:!|[,:]?[ \\t]*(?:\\n|$)))";
// A title's period splits the sentence ("Olá, Sra. Gomes!"): the name after it is part of the salutation.
const AFTER_TITLE =
  "(?<=(?:Sr|Sra|Srta|Srs|Sras|Dr|Dra|Prof|Profa|Eng|Exmo|Exma|D|M|Mme|Sig|Dott|Hr|Fr|Mr|Mrs|Ms)\\. )\\p{L}[\\p{L}'’-]*(?=\\.?(?: \\p{L}[\\p{L}.'’-]*){0,3}(?:!|[,:]?[ \\t]*(?:\\n|$)))";

export const pt = (): RedundantCatalog => ({
  lang: "pt",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:toda a |a )?equip[ae](?: d[aoe](?: [\\p{L}\\p{N}&.'’-]+){1,3}| [\\p{L}\\p{N}&.'’-]+)? (?:lhe |te |vos )?agradece(?: [\\p{L}]+){0,2} (?:a |pela |pelo |por |o |)${SEU}${ORDER}`,
      `obrigad[oa]s?(?: [\\p{L}]+){0,2} (?:pela|por|pelo) ${SEU}${ORDER}`,
      "obrigad[oa]s?(?: [\\p{L}]+){0,2} por (?:comprar|escolher|confiar|ter (?:comprado|escolhido|confiado|encomendado|feito (?:o seu |seu |a sua |sua )?(?:pedido|encomenda)))",
      `agradecemos(?: [\\p{L}]+){0,2} (?:a |pela |pelo |por |o |)${SEU}${ORDER}`, "agradecemos por (?:ter )?(?:comprado|escolhido|confiado|encomendado)",
      // "Obrigado!" on its own.
      "(?:muito |muitíssimo )?obrigad[oa]s?(?: mais uma vez| de novo| nós)?(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:esperamos|desejamos) que (?:goste|gostem|aproveite|curta|desfrute)", "aproveite(?: bem| muito)? (?:o seu|seu|a sua|sua|os seus|seus|as suas|suas) (?:nov[oa]s? )?\\p{L}+(?=[ \\t]*(?:[!.]|\\n|$))",
      "(?:boas compras|bom proveito|boa utilização|bom uso)",
    ],
    help: [
      "(?:se|caso) (?:tiver|tenha|tiverem|tenham|precisar|precise|precisarem|surgir|surja)(?: (?:alguma|qualquer|mais alguma|outra|outras|mais|algum|mais algum))? (?:dúvida|pergunta|questão|problema|ajuda|coisa|esclarecimento)s?",
      "se precisar de (?:alguma |qualquer |mais alguma )?(?:coisa|ajuda)", "(?:para|em caso de) (?:qualquer|quaisquer) (?:outra |outras )?(?:dúvida|questão|pergunta|problema|esclarecimento)s?",
      "(?:não hesite|não hesitem) em (?:nos )?(?:contactar|contatar|falar|escrever|entrar|perguntar)\\p{L}*", "fique à vontade para (?:nos )?(?:contatar|contactar|entrar|escrever|perguntar)\\p{L}*",
      "(?:estamos|ficamos|continuamos|permanecemos|estaremos) (?:[\\p{L}]+ ){0,2}(?:à (?:sua |vossa |tua )?(?:inteira |total |completa )?disposição|(?:aqui )?para (?:ajudar|o que (?:precisar|for preciso)))",
      "estamos sempre (?:aqui|por aqui|disponíveis)", "qualquer (?:dúvida|questão|coisa)(?=,)", "é só (?:chamar|falar|perguntar)(?: com a gente| connosco| conosco)?", "será um prazer (?:ajudar|atender)",
    ],
    orderConfirmed: [
      "(?:recebemos|já recebemos) (?:o seu |seu |a sua |sua |o |a )?(?:pedido|encomenda)",
      "(?:o seu |seu |a sua |sua )(?:pedido|encomenda) (?:foi|está|já foi|já está) (?:recebid|confirmad|registad|registrad|aceit)[oa]",
      "confirmamos (?:o recebimento d[oa] |a receção d[oa] |a recepção d[oa] )?(?:seu |sua |o seu |a sua )(?:pedido|encomenda)",
      "confirmação (?:do|da) (?:seu |sua )?(?:pedido|encomenda)", "(?:está|estão|já está) (?:sendo|a ser) (?:preparad|processad|embalad|separad)[oa]s?",
      "(?:estamos|já estamos) (?:a )?(?:preparar|preparando|processar|processando|embalar|embalando|separar|separando) (?:o seu |seu |a sua |sua )(?:pedido|encomenda)",
      "em (?:fase de )?(?:preparação|separação)",
    ],
    shipped: [
      "(?:foi|foram|já foi|já foram) (?:enviad|despachad|expedid|postad)[oa]s?", "(?:foi|foram|já foi|já foram) entregues? à transportadora",
      "(?:enviámos|enviamos|despachamos|despachámos|expedimos|postamos) (?:hoje |já |ontem )?(?:o seu |seu |a sua |sua )(?:pedido|encomenda)",
      "(?:está|estão|já está|já estão|segue|seguiu|seguem) a caminho", "(?:está|estão) em trânsito",
      "(?:saiu|saíram) (?:do nosso|de nosso) (?:armazém|estoque|centro de distribuição)", "(?:está|estão|já está) com a transportadora", "confirmação de (?:envio|expedição)",
      "(?:receberá|vai receber|irá receber) (?:um|uma|outro|outra) (?:nov[oa] )?(?:e-?mail|mensagem|notificação|aviso)(?: \\p{L}+){0,3} quando",
      "deve(?:rá)? chegar (?:em breve|brevemente|nos próximos dias)", "chegará em breve",
    ],
    substance: [
      "mas", "porém", "contudo", "entretanto", "no entanto", "todavia", "infelizmente", "lamenta\\p{L}*", "desculp\\p{L}*", "atras\\p{L}*", "demora\\p{L}*",
      "falt(?:a|am|ou|ando|ava)", "em falta", "danificad\\p{L}*", "avariad\\p{L}*", "quebrad\\p{L}*", "defeit\\p{L}*", "esgotad\\p{L}*", "grava(?:ção|ções|cao|do|da|dos|das)", "personaliza\\p{L}*", "separadamente", "(?:caixas|volumes|pacotes|envios|encomendas) separad[oa]s",
      "(?:duas|dois|três|vários|várias) (?:caixas|volumes|pacotes|envios|encomendas)",
      "sem (?:estoque|stock)", "em vez de", "ao invés de", "desde já", "antecipadamente", "por favor", "poderia", "pode(?:ria)? (?:nos )?(?:confirmar|informar|enviar|indicar)",
      "confirm(?:e|ar|em)", "informe-nos", "nos informe", "indique-nos", "precisamos", "cancel\\p{L}*", "anul\\p{L}*", "alter\\p{L}*",
      "mud(?:ar|ança|ou|e|amos)", "troca", "reembols\\p{L}*", "estorno", "devolu\\p{L}*", "endereço", "morada", "CEP", "nota fiscal", "fatura\\p{L}*",
      "factura\\p{L}*", "anexo", "instruç\\p{L}*", "manual", "reposição", "substitu\\p{L}*", "até (?:o|a|ao|à|dia|amanhã|\\d)", "importante", "atenção", "lembramos",
      // Not "não hesite em nos contactar" (an offer of help).
      "n[ãa]o(?! hesit\\p{L}*)",
    ],
    greeting: [
      `(?:olá|ola|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?|estimad[oa]s?|exm[oa]s?)${UNTIL_LINE_END}`, AFTER_TITLE,
      "(?:com os )?(?:melhores |cordiais )?cumprimentos", "atenciosamente", "(?:um )?abraços?", "saudações", `(?:a )?equipe (?:d[aoe] )?\\p{L}+${LINE_END}`,
      `(?:a )?equipa (?:d[aoe] )?\\p{L}+${LINE_END}`, "até breve", "até logo", "(?:tenha )?um (?:ótimo|bom|excelente) dia",
    ],
  },
  examples: [
    { text: "Olá, Sra. Gomes!\n\nObrigado pela sua compra! Se tiver qualquer dúvida, estamos à disposição.\n\nJardim Feliz", expect: "thank-you-only" },
    {
      text: "Caro Sr. Moura,\n\nMuito obrigado pela sua encomenda. Não hesite em contactar-nos caso precise de alguma coisa.\n\nCom os melhores cumprimentos,\nA equipa Jardim Feliz",
      expect: "thank-you-only",
    },
    { text: "Olá, Sr. Cardoso!\n\nRecebemos a sua encomenda e ela já está a ser preparada.\n\nCumprimentos,\nJardim Feliz", expect: "order-confirmation" },
    { text: "Oi, Ana!\n\nSeu pedido foi enviado hoje e já está a caminho! Aproveite o seu novo regador.\n\nAbraços,\nEquipe Jardim Feliz", expect: "shipping-confirmation" },
    { text: "Olá, Sra. Nunes!\n\nObrigado pela sua compra. Infelizmente o envio do regador vai atrasar cerca de uma semana.\n\nJardim Feliz", expect: null },
    { text: "Olá, Sr. Barbosa!\n\nRecebemos o seu pedido. Por favor, confirme o número do apartamento no endereço de entrega.\n\nJardim Feliz", expect: null },
    { text: "Cara Sra. Dias,\n\nA sua encomenda foi enviada hoje. As sementes de tomate estão esgotadas e seguem num segundo envio.\n\nJardim Feliz", expect: null },
    { text: "Olá, Sra. Gomes!\n\nO seu kit de jardinagem já está a caminho. Regue as mudas ao fim da tarde durante a primeira semana.\n\nJardim Feliz", expect: null },
    { text: "Olá, Ana!\n\nToda a equipe agradece de coração pela sua compra. Estamos à disposição para qualquer dúvida.\n\nCasa Bela", expect: "thank-you-only" },
    { text: "Olá, Ana!\n\nA equipe agradece o seu pedido. A capa cinza esgotou: prefere a bege ou o reembolso?\n\nCasa Bela", expect: null },
  ],
});
