import { testRule } from "../support/rule-tester.js";

testRule("no-emoji", {
  valid: [
    { message: "★☆♪♫※〒①■□◆▲→⇒〜♡◎○●✓ and (^_^) are fine." },
    { message: "©2024 Shop™ and Brand®" },
    { message: "Press # and * together, then #2 and 2024." },
    { message: "☎ 03-1234-5678 ✉ ♨ ✔", name: "text-presentation symbols without VS16" },
  ],
  invalid: [
    { message: "¡Su pedido ya salió! 🚲\n\nBici Sol", errors: [{ messageId: "emoji", text: "🚲" }], output: "¡Su pedido ya salió!\n\nBici Sol" },
    { message: "Family 👨‍👩‍👧 time", errors: [{ messageId: "emoji", text: "👨‍👩‍👧" }], output: "Family time" },
    { message: "🇯🇵 flag", errors: [{ messageId: "emoji", text: "🇯🇵" }], output: "flag" },
    { message: "Step 1️⃣ done", errors: [{ messageId: "emoji", text: "1️⃣" }], output: "Step done" },
    { message: "Address updated ✔️ Your serum ships", errors: [{ messageId: "emoji", text: "✔️" }], output: "Address updated Your serum ships" },
    { message: "発送いたしました✨\n\n文具", errors: [{ messageId: "emoji", text: "✨" }], output: "発送いたしました\n\n文具" },
    { message: "Thumbs 👍🏽!", errors: [{ messageId: "emoji", text: "👍🏽" }], output: "Thumbs!" },
    { message: "a 😀 b 🙇‍♀️ c", errors: [{ messageId: "emoji", text: "😀" }, { messageId: "emoji", text: "🙇‍♀️" }], output: "a b c" },
    { message: { subject: "Shipped 📦", body: "Hi" }, errors: [{ messageId: "emoji", field: "subject", text: "📦" }], output: "Shipped", outputField: "subject" },
    { message: { body: "<p>Hi &#x1F600; there</p>", format: "html" }, errors: [{ messageId: "emoji", text: "&#x1F600;" }], output: "<p>Hi there</p>" },
    { message: { body: '<p>Hi</p><img src="https://cdn.example.com/party.gif">', format: "html" }, errors: [{ messageId: "gif", text: '<img src="https://cdn.example.com/party.gif">' }] },
    { message: "☎ call", options: { textPresentation: true }, errors: [{ messageId: "text-symbol", text: "☎", severity: "warning" }], output: "call" },
  ],
});

testRule("no-emoji", {
  valid: [],
  invalid: [
    { message: "Thank you ❤", errors: [{ messageId: "emoji", text: "❤" }], output: "Thank you" },
    { message: "See you ☺ soon", errors: [{ messageId: "emoji", text: "☺" }], output: "See you soon" },
  ],
});
