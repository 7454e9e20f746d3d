import { testRule } from "../support/rule-tester.js";

testRule("no-review-manipulation", {
  valid: [
    { message: "The Five Star 5-Subject notebooks you ordered are back with our supplier.", name: "a product called Five Star" },
    { message: "Our 5-star hotel pillows ship in two boxes." },
    { message: "It has been two weeks since your pen arrived. We would be grateful if you took a moment to rate it on Amazon; every honest opinion, positive or critical, is useful." },
    { message: "We reviewed your request: the nib was bent. A new pen ships today." },
    { message: "We refunded the $4.50 difference through Amazon; it shows as a discount on this order." },
    { message: "Thanks for your question! The set includes six cartridges." },
  ],
  invalid: [
    { message: "If anything falls short, please message us first before you post a review.", errors: [{ messageId: "gating" }], name: "contact us first before reviewing, without a negative word" },
    { message: "We'd really appreciate five stars on Amazon.", errors: [{ messageId: "star-rating" }] },
    {
      message: "Thanks for order 701-7325302-7264259! If the sketchbook met your expectations, we'd really appreciate 5 stars on Amazon.",
      errors: [{ messageId: "star-rating", text: "If the sketchbook met your expectations, we'd really appreciate 5 stars on Amazon." }],
    },
    {
      message: "Hope the levers work. Happy with them? Then a quick review would make our day. Not happy? Message us first and we'll fix it before you post anything.",
      errors: [
        { messageId: "positive-only", text: "Then a quick review would make our day." },
        { messageId: "gating", text: "Message us first and we'll fix it before you post anything." },
      ],
    },
    { message: "Post a review of the oil and we'll mail you a free travel-size bottle.", errors: [{ messageId: "incentive" }] },
    { message: "We'll also refund you in full once your 1-star review is taken down.", errors: [{ messageId: "change-review" }] },
    { message: { subject: "Leave us 5 stars!", body: "Hi" }, errors: [{ messageId: "star-rating", field: "subject", text: "Leave us 5 stars!" }] },
    {
      message: { body: "<p>If you love it, please leave a <b>5-star</b> review.</p>", format: "html" },
      errors: [{ messageId: "star-rating", text: "If you love it, please leave a <b>5-star</b> review." }],
    },
  ],
});
