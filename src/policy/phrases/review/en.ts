import type { ReviewCatalog } from "./types.js";

export const en = (): ReviewCatalog => ({
  lang: "en",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      // "review" as a noun: plural, after a determiner or adjective, or followed by on/of/for/about.
      // As a verb ("we will review your request", "please review the mock-up") it is not a review.
      "reviews",
      "(?<=(?:\\b(?:a|an|the|your|our|my|their|honest|quick|short|brief|product|customer|buyer|seller|star|positive|negative|good|great|nice|glowing|bad|poor|written|kind|lovely|new|first|favou?rable|excellent|fair|[1-5]|one|two|three|four|five)[- ]{1,2}))review",
      "review(?= (?:on|of|for|about|at) )", "(?:leave|write|post|submit|share|give|drop)(?: us| me)? (?:a |an |your )?review",
      "feedback", "ratings?", "rate (?:us|it|them|the \\p{L}+|your \\p{L}+|this \\p{L}+|our \\p{L}+)",
      // Reviews asked for without the word: "share your experience (on Amazon)".
      "(?:share|sharing|post|posting|write|writing|tell|telling|leave|leaving)(?: us| others| other (?:buyers|customers|shoppers))?(?: about)? your (?:honest )?(?:experience|thoughts|opinion|impressions?|verdict)",
      "testimonials?", "stars? rating",
    ],
    positive: [
      "positive", "good", "great", "glowing", "favou?rable", "excellent", "nice", "awesome", "amazing",
      "perfect", "high(?:est)? (?:rating|score)", "top (?:rating|score|marks)", "raving",
    ],
    topStars: [
      "(?:5|five|4|four)[- ]?stars?", "full (?:marks|stars)", "★★★★★?", "(?:5|five) out of (?:5|five)", "(?:5/5|10/10)",
    ],
    lowStars: ["(?:1|one|2|two|3|three)[- ]?stars?"],
    neutral: [
      "positive or (?:negative|critical|not)", "good or bad", "good,? bad or (?:anything|somewhere) in between",
      "whatever (?:it is|you think|your (?:opinion|experience))", "(?:the )?good and (?:the )?bad",
      "(?:positive|favou?rable) or (?:un\\p{L}+|otherwise)", "honest,? whatever", "negative or positive",
      "bad or good", "whether (?:positive|good) or (?:negative|bad|not)",
      // Thanking a buyer for a review already written is not asking for one.
      "thanks? (?:you )?(?:so much |very much )?for (?:your|the|such a) (?:kind|great|positive|lovely|wonderful|nice|good|glowing)",
    ],
    ifHappy: [
      "if you(?:'re| are| were| have been| feel)? (?:happy|satisfied|pleased|delighted|thrilled|content)",
      "if you (?:liked?|loved?|enjoy(?:ed)?|like|love) (?:it|them|the|your|our|this)",
      "if (?:it|they|the \\p{L}+|your \\p{L}+) (?:met|meets|exceeded|exceeds|lived up to) your expectations",
      "(?:happy|satisfied|pleased) with (?:it|them|your \\p{L}+|the \\p{L}+|our \\p{L}+)\\s*\\?",
      "(?:are you |were you )?(?:happy|satisfied)\\s*\\?", "if (?:all is|everything(?:'s| is| was)) (?:well|good|fine|ok|okay)",
      "if you had a (?:good|great|positive) experience", "only if you(?:'re| are) happy",
    ],
    incentive: [
      "free", "gifts?", "gift cards?", "vouchers?", "coupons?", "discounts?", "refund(?:ed|s)?",
      "reimburs\\p{L}*", "rebates?", "cash ?back", "rewards?", "compensat\\p{L}*", "bonus", "in return",
      "in exchange", "\\d+ ?% off", "money back", "freebies?", "complimentary", "store credit", "(?:\\$|€|£)\\s?\\d+",
      "(?:as a |our )?(?:small |little )?thank[- ]you (?:gift|present|bonus)", "as a (?:small |little )?thank[- ]you",
      "early access", "surprise",
    ],
    // Changing or removing aimed at a review, rating or feedback: the verb with the review as its object
    // ("remove your 1-star review"), or the review made the subject of the change ("review is taken down").
    // A change of something else ("update the listing based on your feedback") does not count.
    change: [
      "(?:remove|removing|delete|deleting|take down|taking down|withdraw|withdrawing|retract|retracting|edit|editing|change|changing|update|updating|revise|revising|amend|amending|modify|modifying|reconsider|reconsidering|rewrite|rewriting|revisit|revisiting|adjust|adjusting|raise|raising|improve|improving|bump|bumping)(?: (?:your|the|that|this|my|its|their|any|these|those|her|his))?(?: [\\p{L}\\d-]+){0,3} (?:reviews?|feedback|ratings?|stars?|comments?)",
      "(?:take|taking) (?:it|them|the \\p{L}+|your \\p{L}+) down",
      "(?:reviews?|feedback|ratings?|comments?)(?: [\\p{L}\\d-]+){0,3} (?:is |are |was |were |be |being |gets? |got |has been |have been )?(?:taken down|removed|deleted|changed|updated|edited|revised|withdrawn|retracted|amended|modified|raised|improved)",
      "(?:removal|deletion|withdrawal|revision|update|change) of (?:your|the|that|this)(?: [\\p{L}\\d-]+){0,3} (?:reviews?|feedback|ratings?)",
    ],
    negative: [
      "negative", "not (?:happy|satisfied|pleased)", "unhappy", "dissatisfied", "unsatisfied", "disappointed",
      "bad (?:review|rating|feedback)", "poor (?:review|rating|feedback)", "less than (?:5|five)",
      "any (?:problems?|issues?|concerns?)", "something (?:is|was|went) wrong", "critical",
    ],
    contactFirst: [
      "(?:contact|message|email|e-mail|write to|reach out to|tell|talk to) us first",
      "first give us a chance", "give us a chance to (?:fix|make it right|resolve)",
    ],
    beforeReview: [
      "before (?:you )?(?:leave|leaving|post|posting|write|writing|submit|submitting|rate|rating)",
      "instead of (?:leaving|posting|writing)", "rather than (?:leaving|posting|writing)",
    ],
  },
  neutralRequest:
    "If you have a moment, we would appreciate an honest review of your purchase on Amazon, whatever your experience.",
  examples: [
    { text: "If you love the mug, please leave us a 5-star review!", expect: "star-rating" },
    { text: "We'd really appreciate five stars on Amazon.", expect: "star-rating" },
    { text: "If you are happy with your order, please leave a positive review.", expect: "positive-only" },
    { text: "Happy with them? Then a quick review would make our day.", expect: "positive-only" },
    { text: "A glowing review would mean the world to us.", expect: "positive-only" },
    { text: "Leave a review and we will send you a free gift.", expect: "incentive" },
    { text: "Post a review and get 20% off your next order.", expect: "incentive" },
    { text: "We'll refund you in full once your review is taken down.", expect: "change-review" },
    { text: "Would you consider updating your 1-star review now that the issue is fixed?", expect: "change-review" },
    { text: "Please remove the negative feedback you left.", expect: "change-review" },
    { text: "If you are not happy, please contact us first before leaving feedback.", expect: "gating" },
    { text: "Not happy? Message us first and we'll fix it before you post anything.", expect: "gating" },
    { text: "We would be grateful if you took a moment to rate it on Amazon; every honest opinion, positive or critical, is useful.", expect: null },
    { text: "Other pet owners rely on buyer reviews on Amazon, so your view, whatever it is, is welcome there.", expect: null },
    { text: "If you have a moment, please share your experience in a review on Amazon.", expect: null },
    { text: "We refunded the price difference through Amazon.", expect: null },
    { text: "We reviewed your request and a new pen ships today.", expect: null },
    { text: "The gift box is included free of charge.", expect: null },
    { text: "We will update you when the replacement ships.", expect: null },
    { text: "Thank you so much for your kind review of the lamp!", expect: null },
    { text: "Our team will review your return request and send a free replacement.", expect: null },
    { text: "Please review the attached mock-up and tell us if we should change anything.", expect: null },
    { text: "We will update the listing based on your feedback.", expect: null },
    { text: "Please leave a review on Amazon. If you are happy with the fit, keep the tags on.", expect: null },
    { text: "A 5/5 on Amazon would make our day.", expect: "star-rating" },
    { text: "Could you raise your rating now that the part arrived?", expect: "change-review" },
    { text: "As a small thank-you for sharing your experience on Amazon, we'll send you a bonus accessory.", expect: "incentive" },
    { text: "If you have a moment, please share your experience with other buyers on Amazon.", expect: null },
    { text: "Thank you for sharing your experience with us; a replacement is on its way.", expect: null },
  ],
});
