import type { RedundantCatalog } from "./types.js";

export const en = (): RedundantCatalog => ({
  lang: "en",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      "thanks?(?: you)?(?: so much| very much| again)? for (?:your (?:order|purchase|business|custom|trust|support)|(?:shopping|buying|ordering|choosing|purchasing)(?: \\p{L}+){0,3})",
      "thank you for choosing", "we (?:truly |really )?appreciate your (?:order|purchase|business)",
      "thanks? (?:you )?(?:so much |very much )?for (?:the|your) (?:order|purchase)", "thank you!?", "thanks(?: again)?!?",
      "we hope you enjoy (?:it|them|your \\p{L}+)",
      // Pleasantries: they carry nothing the buyer needs, like the thanks they come with.
      "(?:we|I) (?:hope|trust) (?:you(?:'ll| will)? (?:love|like|enjoy)|(?:it|they)(?:'ll| will) (?:serve you well|bring you joy))(?: (?:it|them|your \\p{L}+(?: \\p{L}+)?))?",
      "enjoy(?: (?:it|them|your \\p{L}+))?!", "(?:is|are) in good hands", "we appreciate you", "happy (?:shopping|crafting|gardening|cooking|riding|reading)!?",
    ],
    help: [
      "(?:please )?(?:let us know|contact us|reach out|get in touch|feel free to (?:contact|message|reach|ask))(?: \\p{L}+){0,6} (?:questions?|problems?|issues?|concerns?|help|anything)",
      "(?:we(?:'re| are)|we(?:'ll| will) be) (?:always |happy |glad )?(?:here|available|happy|glad) to help",
      "if (?:there(?:'s| is) (?:ever )?)?anything (?:else )?we can do", "don't hesitate to (?:contact|message|reach|ask)",
      "if you (?:have|need) (?:any )?(?:questions?|help|assistance)",
      "(?:we(?:'re| are)|I(?:'m| am)) (?:always |just )?(?:here|around) (?:for you|if you need (?:anything|us|help|something))",
      "if you need (?:anything|something)(?: else)?(?: at all)?", "if anything comes up", "just reply (?:here|to this (?:message|e-?mail))", "(?:any|with) questions?,? (?:just )?(?:ask|reply|message us|write to us)",
      "(?:we(?:'re| are)) (?:always )?(?:just )?a message away",
    ],
    orderConfirmed: [
      "(?:we(?:'ve| have)|we) (?:received|got) your order", "your order (?:is|has been|was) (?:confirmed|received|placed|accepted)",
      "(?:is|are) being (?:prepared|processed|packed)", "this is to confirm", "confirm(?:ing)? (?:that )?(?:we(?:'ve| have) received )?your order",
      "order confirmation",
    ],
    shipped: [
      "(?:has|have|was|were) (?:been )?(?:shipped|dispatched|sent out|handed (?:over )?to the (?:carrier|courier))",
      "(?:is|are) on (?:its|their|the) way", "(?:you'll|you will) (?:get|receive) (?:another|a) (?:message|e-?mail|notification) when (?:it|they|your order) ships?",
      "shipping confirmation", "shipment (?:confirmation|notification)", "(?:will|should) arrive (?:soon|shortly)",
      "(?:is|are) out for delivery", "we(?:'ve| have)? (?:just )?(?:sent|shipped|dispatched|mailed) (?:out )?your (?:order|package|parcel|item|items)",
    ],
    substance: [
      "but", "however", "unfortunately", "sorry", "apolog\\p{L}*", "delay(?:ed|s)?", "missing", "damaged",
      "instead", "please (?:confirm|reply|send|tell|check|choose|select|provide|verify)", "could you", "would you",
      "need (?:you|your)", "out of stock", "problem with", "change(?:d)? to", "cancel\\p{L}*", "until",
    ],
    greeting: [
      "(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\b.*", "(?:best|kind|warm)(?:est)? (?:regards|wishes)",
      "regards", "sincerely", "cheers", "yours (?:truly|sincerely)", "(?:the )?\\p{L}+ team",
    ],
  },
  examples: [
    { text: "Hi Juniper,\n\nThanks so much for shopping with us! Let us know if there's ever anything we can do for you.\n\nRosehip Botanics", expect: "thank-you-only" },
    { text: "Hello,\n\nThank you for your order. We're here to help if you have any questions.\n\nBest regards,\nMaple Blocks Toys", expect: "thank-you-only" },
    { text: "Hi Marisa,\n\nThis is to confirm we've received your order and it is being prepared. You'll get another message when it ships.\n\nMaple Blocks Toys", expect: "order-confirmation" },
    { text: "Hi Tom,\n\nGood news: your order has shipped and is on its way!\n\nThanks,\nSpokehaus", expect: "shipping-confirmation" },
    { text: "Hi Tom,\n\nThank you for your order. Unfortunately the blue version is out of stock; would you like the green one instead?\n\nSpokehaus", expect: null },
    { text: "Hi Tom,\n\nYour order has shipped. To fit the rack, tighten the two M5 bolts to 4 Nm before the first ride.\n\nSpokehaus", expect: null },
    { text: "Hi Sam,\n\nThank you for your order! We're here if you need anything.\n\nBest,\nLumen Lighting", expect: "thank-you-only" },
    { text: "Hi Sam,\n\nThanks for shopping with us. Any questions, just reply. We're always a message away!\n\nLumen Lighting", expect: "thank-you-only" },
    { text: "Hi Ana,\n\nThank you for choosing Oak & Thread! Your order is in good hands. We hope you love it.\n\nOak & Thread", expect: "thank-you-only" },
    { text: "Hi Ana,\n\nWe have sent your order today and it is out for delivery tomorrow.\n\nOak & Thread", expect: "shipping-confirmation" },
    { text: "Hello,\n\nThe garden kneeler is delayed at our warehouse and will ship on Friday.\n\nGreenfern", expect: null },
  ],
});
