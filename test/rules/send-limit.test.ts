import { testRule } from "../support/rule-tester.js";

testRule("send-limit", {
  valid: [
    { message: "Hi", context: { volume: { sentToday: 1150, averageDailyOrders: 110 } }, name: "exactly at the limit" },
    { message: "Hi", context: { volume: { sentToday: 0, averageDailyOrders: 0 } } },
    { message: "Hi", context: {}, name: "no volume: no finding" },
    { message: "Hi", context: { volume: { sentToday: 1500, averageDailyOrders: 110 } }, options: { perOrder: 10 } },
  ],
  invalid: [
    { message: "Hi", context: { volume: { sentToday: 1500, averageDailyOrders: 110 } }, errors: [{ messageId: "over-limit", field: "context" }] },
    { message: "Hi", context: { volume: { sentToday: 601, averageDailyOrders: 0 } }, errors: [{ messageId: "over-limit" }] },
    { message: "Hi", context: { volume: { sentToday: 1101, averageDailyOrders: 120 } }, options: { base: 500 }, errors: [{ messageId: "over-limit" }], name: "the 5 × orders + 500 reading" },
  ],
});
