import { testRule } from "../support/rule-tester.js";

const pdf = (name: string, size = 1000, purpose: string = "instructions") => ({ name, size, type: "application/pdf", purpose: purpose as "instructions" });

testRule("attachments", {
  valid: [
    { message: { body: "Files", attachments: [pdf("a.pdf", 4_200_000), pdf("b.png", 3_400_000), pdf("c.docx", 2_300_000, "warranty")] } },
    { message: { body: "Files", attachments: ["a.txt", "b.doc", "c.jpg", "d.jpeg", "e.gif"].map((n) => pdf(n)) } },
    { message: { body: "Report", attachments: [pdf("report.v2.final.pdf")] }, name: "dots in a name are not a double extension" },
    { message: { body: "No attachments" } },
    { message: { body: "Scan", attachments: [pdf("scan.jpeg.png")] }, name: "two accepted image types are not a disguise" },
    { message: { body: "Odt", attachments: [pdf("notes.odt")] }, options: { allowedTypes: [".odt", ".pdf"] }, name: "allowedTypes may be written with a dot" },
  ],
  invalid: [
    { message: { body: "x", attachments: [pdf("istruzioni.rar")] }, errors: [{ messageId: "file-type", field: "attachments", attachment: 0, text: "istruzioni.rar" }] },
    { message: { body: "x", attachments: [pdf("Pflegeanleitung.odt"), pdf("catalog.pptx")] }, errors: [{ messageId: "file-type", attachment: 0 }, { messageId: "file-type", attachment: 1 }] },
    { message: { body: "x", attachments: [pdf("invoice.pdf.exe")] }, errors: [{ messageId: "executable" }] },
    { message: { body: "x", attachments: [pdf("説明書.pdf.lnk")] }, errors: [{ messageId: "executable" }] },
    { message: { body: "x", attachments: [pdf("photo.jpg.zip")] }, errors: [{ messageId: "double-extension" }] },
    { message: { body: "x", attachments: [pdf("README")] }, errors: [{ messageId: "no-extension" }] },
    { message: { body: "x", attachments: [pdf("factura.pdf", 14_000_000, "invoice")] }, errors: [{ messageId: "too-large", attachment: 0 }] },
    { message: { body: "x", attachments: [pdf("a.pdf", 5_000_000), pdf("b.pdf", 5_000_000)] }, errors: [{ messageId: "too-large", attachment: 1 }], name: "exactly 10,000,000 bytes is too much" },
    { message: { body: "x", attachments: Array.from({ length: 7 }, (_, i) => pdf(`step-${i}.png`)) }, errors: [{ messageId: "too-many", attachment: 5 }] },
    { message: { body: "x", attachments: [pdf("flyer.pdf", 1000, "other")] }, errors: [{ messageId: "purpose" }] },
    { message: { body: "x", attachments: [{ name: "tool.pdf", type: "application/x-msdownload" }] }, errors: [{ messageId: "executable-type" }] },
  ],
});
