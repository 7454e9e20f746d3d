import type { MarketingCatalog } from "./types.js";

export const en = (): MarketingCatalog => ({
  lang: "en",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["at (?:the )?checkout", "when you (?:check out|pay)"],
    coupon: [
      "coupons?", "vouchers?(?: codes?)?", "promo(?:tional)? codes?", "discount codes?", "coupon codes?",
      "(?:use|enter|apply|with|redeem) (?:the )?code:? [A-Z0-9][A-Z0-9-]{3,}", "code [A-Z]+\\d+[A-Z0-9]*",
    ],
    discount: [
      "\\d+ ?% off", "(?:\\$|€|£)\\s?\\d+ off", "save (?:\\d+ ?%|(?:\\$|€|£)\\s?\\d+|up to)", "discounts?",
      "(?:a|an|our) (?:extra|exclusive|special) (?:\\d+ ?% )?(?:discount|deal|price)",
    ],
    future: [
      "(?:your|the) next (?:order|purchase|visit)", "future (?:orders?|purchases?)", "next time you (?:order|shop|buy)",
      "(?:on|for) (?:your )?next (?:order|purchase)",
    ],
    sale: [
      "on sale", "(?:big|summer|winter|spring|autumn|fall|holiday|clearance|flash|seasonal) sale",
      "sale (?:ends|starts|is on|now on)", "special offers?", "limited[- ]time (?:offer|deal|discount)",
      "black friday", "cyber monday", "prime day deals?", "promotions?", "deal of the day", "buy one,? get one",
      "bogo",
    ],
    crossSell: [
      "you(?:'ll| will| might| may| would)? also (?:like|love|enjoy)", "you(?:'ll| will| might| may| would) (?:like|love|enjoy) our", "(?:pairs|goes) (?:perfectly|well|great|nicely) with",
      "complete (?:the|your) (?:set|look|collection)", "you (?:may|might|could) (?:also )?be interested in", "customers (?:who bought this )?also bought",
      "(?:why not|don't forget to) (?:try|add|pick up|grab)", "perfect companion (?:for|to)",
    ],
    otherProducts: [
      "our (?:brand[- ])?new(?: [\\p{L}-]+){0,3}", "our (?:other|latest|full|whole|entire) (?:products?|range|line|collection|items?|models?|designs?|catalog(?:ue)?)",
      "(?:new|latest) (?:arrivals|collections?|products?|releases?|range|line)", "(?:the )?rest of our (?:range|line|collection|products)",
      "more (?:products|items|designs) (?:from|by) us", "(?:our|the) \\p{L}+ (?:range|line|collection)", "our (?:collection|range|catalog(?:ue)?|products)",
    ],
    invite: [
      "check out", "have you (?:seen|tried|discovered)", "discover", "(?:take|have) a (?:quick )?look at", "see (?:our|all our|more of our)", "don't miss", "browse",
      "explore", "be the first to (?:know|hear|see)", "stay (?:tuned|updated)", "keep up with", "visit",
      "(?:just|recently) launched", "launched (?:this|last) (?:week|month)", "shop (?:our|the)",
    ],
    follow: [
      "follow (?:us|our (?:page|shop|store|brand|account|channel))", "follow [\\p{L}\\d._-]+ on (?:instagram|facebook|tiktok|twitter|x|youtube|pinterest)",
      "like us on", "find us on (?:instagram|facebook|tiktok|twitter|youtube|pinterest)",
      "(?:subscribe|subscribing) to our (?:youtube )?channel", "(?:we(?:'re| are)|find us|catch us) (?:also )?on (?:instagram|facebook|tiktok|twitter|youtube|pinterest)",
      "(?:at|on) @[\\p{L}\\d._]+ on (?:instagram|facebook|tiktok|twitter|x|youtube|pinterest)", "come (?:and )?say hi", "join (?:us|our community) on (?:instagram|facebook|tiktok|twitter|youtube|pinterest|discord)",
    ],
    newsletter: [
      "newsletters?", "mailing list", "(?:sign|signing) up for our (?:emails?|updates|list)", "e-?mail list",
      "subscribe to our (?:emails?|updates|list)",
    ],
    offAmazon: [
      "(?:buy|order|purchase|shop)(?:ing)?(?: (?:it|them|more|again|from us|next time))? directly (?:from us|on|at|through|via) (?:our|us)",
      "(?:buy|order|purchase|shop)(?:ing)? directly from us", "outside (?:of )?amazon", "off amazon",
      "(?:cheaper|lower prices?|better prices?|better deals?) (?:on|at) our (?:own )?(?:web)?(?:site|shop|store)",
    ],
    ownSite: [
      "our (?:own )?(?:web ?site|web ?shop|online (?:shop|store)|e-?shop|site)", "our (?:own )?(?:website|webstore)",
    ],
    // Buying aimed at the seller's own channel. "order", "purchase" and "shopping" are also nouns ("while
    // your order is on its way"), so the verb counts only with where it buys from.
    buy: [
      "(?:buy|order|purchase|shop)(?:ing)?(?: (?:it|them|this|these|more|again|directly|online|anything|everything|next time|the [\\p{L}-]+|your [\\p{L}-]+|a [\\p{L}-]+)){0,2} (?:on|from|at|through|via|in) (?:our|my)",
      "(?:where|there|here) you can (?:also |now )?(?:buy|order|purchase|shop)", "(?:buy|order|purchase|shop)(?:ing)? direct(?:ly)?",
    ],
    store: [
      "our (?:amazon )?(?:store(?:front)?|shop|brand (?:store|page))", "our (?:amazon )?(?:seller )?page",
    ],
  },
  examples: [
    { text: "You can download the manual from our website while your order is on its way.", expect: null },
    { text: "Thanks for your purchase! The care guide is also on our website.", expect: null },
    { text: "Thanks for shopping with us; the assembly video is on our website.", expect: null },
    { text: "Next time, buy it directly from our website and skip the Amazon fees.", expect: "off-amazon" },
    { text: "Our web shop, where you can order with 10% off, opens next week.", expect: "off-amazon" },
    { text: "We post styling ideas daily at @oakandthread on Instagram - come say hi!", expect: "follow-us" },
    { text: "You might like our matching lids too.", expect: "other-products" },
    { text: "Here's 20% off your next order with code SPOKE20.", expect: "coupon" },
    { text: "As a thank-you, use coupon THANKS10 at checkout.", expect: "coupon" },
    { text: "Our summer sale is on now: everything in the garden range is 30% off.", expect: "promotion" },
    { text: "Since your pup loves the rope toy, you'll also like our chew bone set.", expect: "other-products" },
    { text: "Have you seen our new grooming kit?", expect: "other-products" },
    { text: "Follow us on Instagram for care tips and new arrivals.", expect: "follow-us" },
    { text: "Sign up for our newsletter to hear about new colours first.", expect: "newsletter" },
    { text: "Next time, order directly from us on our website and save 10%.", expect: "off-amazon" },
    { text: "Visit our Amazon storefront to see more designs.", expect: "storefront" },
    { text: "We have sent a new one; it should arrive on Friday.", expect: null },
    { text: "Please follow the instructions in the attached PDF.", expect: null },
    { text: "We refunded the price difference through Amazon.", expect: null },
    { text: "The manual is also on our website under Support.", expect: null },
    { text: "Our new courier will deliver the replacement tomorrow.", expect: null },
    { text: "Your order qualified for the discount shown at checkout.", expect: null },
    { text: "Please check out the attached photos and tell us which colour you prefer.", expect: null },
    { text: "Please visit our website to register your warranty.", expect: null },
    { text: "Please enter the code RMA12345 on the return label.", expect: null },
    { text: "Use code SAVE10 at checkout.", expect: "coupon" },
    { text: "Browse our collection of refill cartridges.", expect: "other-products" },
    { text: "Have a look at our other products.", expect: "other-products" },
    { text: "You may also be interested in our other products.", expect: "other-products" },
    { text: "See our other products on Amazon.", expect: "other-products" },
    { text: "Please see our reply below about the missing screw.", expect: null },
  ],
});
