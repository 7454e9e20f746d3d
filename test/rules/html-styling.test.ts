import { testRule } from "../support/rule-tester.js";

const html = (body: string) => ({ body, format: "html" as const });

testRule("html-styling", {
  valid: [
    { message: html("<p>Hello,</p><p>Your replacement ships today.</p><br><br><p>Best regards</p>") },
    { message: html('<p><img src="https://example.com/logo.png" width="120" height="40" alt="Logo"></p>') },
    { message: html('<p style="margin: 0; font-weight: bold; background-color: #fff">Hi</p>') },
    { message: html('<p style="text-align: left">Hi</p>') },
    { message: html('<p><span style="font-size: 14px">a</span><span style="font-size:16px">b</span><span style="font-size: 12px">c</span><span style="font-size:14px">d</span></p>') },
    { message: "Plain text\n\n\n\nwith many breaks", name: "plain-text bodies are not HTML" },
    { message: html('<p><img src="https://example.com/p.png" width="80%"></p>') },
    { message: html('<p dir="rtl" style="text-align: right">مرحبا، سيتم شحن طلبك غدا.</p>'), name: "right alignment is the default of Arabic text" },
    { message: html('<div style="margin: 0 10%">Hi</div>') },
  ],
  invalid: [
    { message: html('<p>Hi</p><img src="https://t.example.com/p.gif?id=1" width="1" height="1">'), errors: [{ messageId: "tracking-pixel", text: '<img src="https://t.example.com/p.gif?id=1" width="1" height="1">' }] },
    { message: html('<img src="https://t.example.com/o.png" style="display:none">'), errors: [{ messageId: "tracking-pixel" }] },
    { message: html('<img src="http://example.com/logo.png" width="120">'), errors: [{ messageId: "http-image", text: "http://example.com/logo.png" }] },
    { message: html("<p>Hi</p><script>track()</script>"), errors: [{ messageId: "active-content", text: "<script>" }] },
    { message: html('<form action="https://example.com"><input name="q"></form>'), errors: [{ messageId: "active-content", text: '<form action="https://example.com">' }, { messageId: "active-content", text: '<input name="q">' }] },
    { message: html('<iframe src="https://example.com"></iframe>'), errors: [{ messageId: "active-content" }] },
    { message: html('<p style="text-align:center">大島 様</p>'), errors: [{ messageId: "alignment", text: "text-align:center" }] },
    { message: html("<center>Hi</center>"), errors: [{ messageId: "alignment", text: "<center>" }] },
    { message: html('<div align="center">Hi</div>'), errors: [{ messageId: "alignment", text: "center" }] },
    { message: html('<p><font face="Comic Sans MS">Ihr Ersatz wurde verschickt.</font></p>'), errors: [{ messageId: "font-override", text: "Comic Sans MS" }] },
    { message: html('<p style="line-height:2.2; color:#7a2e8f">Hi</p>'), errors: [{ messageId: "font-override", text: "line-height:2.2" }, { messageId: "font-override", text: "color:#7a2e8f" }] },
    { message: html('<p style="font-family: Georgia, serif">Hi</p>'), errors: [{ messageId: "font-override", text: "font-family: Georgia, serif" }] },
    {
      message: html('<h1 style="font-size:24px">A</h1><p style="font-size:14px">B</p><p style="font-size:12px">C</p><p style="font-size:10px">D</p>'),
      errors: [{ messageId: "font-sizes", text: "font-size:10px" }],
    },
    { message: html("<p>Hi</p><br><br>\n<br><p>Bye</p>"), errors: [{ messageId: "line-breaks", text: "<br><br>\n<br>" }] },
    { message: html('<img src="https://example.com/banner.png" width="100%">'), errors: [{ messageId: "wide-image" }] },
    { message: html('<div style="margin: 0 30%">Hi</div>'), errors: [{ messageId: "margin", text: "margin: 0 30%" }] },
    { message: html('<p style="text-align: right">Hi</p>'), errors: [{ messageId: "alignment" }], name: "right alignment of left-to-right text" },
  ],
});
