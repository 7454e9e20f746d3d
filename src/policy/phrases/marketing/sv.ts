import type { MarketingCatalog } from "./types.js";

/*
 * "Vår nya …" is only a product when it is not a service noun ("vår nya transportör"). "Erbjudande"
 * alone is also an offer of a partial refund and "nyheter" also news about a delivery, so only their
 * promotional forms count. "Rea" is matched as a sale ("på rea", "sommarrean"), never as a bare
 * word. `buy` holds only forms that point at a purchase still to come: "köpt" and "beställningen"
 * name the order at hand, which a manual on "vår webbplats" may well be about. "Kolla in" and "kika
 * på" are also "look at the instruction video", so they count only before the seller's own things.
 * "Utanför Amazon" alone is also "we may not contact you outside Amazon", so it needs buying nearby.
 */
const SERVICE_NOUN =
  "(?:transportör\\p{L}*|speditör\\p{L}*|bud\\p{L}*|leverantör\\p{L}*|lager\\p{L}*|adress\\p{L}*|kundtjänst|kundservice|medarbetare|kollega|webbplats|hemsida|webbshop|manual\\p{L}*|bruksanvisning\\p{L}*|förpackning\\p{L}*|rutin\\p{L}*|telefonnummer|e-?post\\p{L}*|returadress|frakt\\p{L}*)";

export const sv = (): MarketingCatalog => ({
  lang: "sv",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["i kassan", "vid betalning(?:en)?", "i varukorgen"],
    coupon: [
      "\\p{L}*rabattkod(?:en|er|erna)?", "\\p{L}*kupong(?:en|er|erna)?", "kupongkod(?:en|er)?", "värdecheck(?:en|ar)?", "vouchers?(?:kod(?:en)?)?",
      "kampanjkod(?:en|er)?", "erbjudandekod(?:en)?", "presentkort(?:et)?",
      "(?:använd|ange|skriv in|uppge) (?:rabatt)?koden:? [A-Z]{3,12}\\d{1,3}", "koden:? [A-Z]{3,12}\\d{1,3} i kassan",
    ],
    discount: [
      "\\d+ ?% rabatt", "rabatt på \\d+ ?%", "\\d+ ?(?:kr|kronor|:-) (?:i )?rabatt", "\\p{L}*rabatt(?:en|er|erna)?",
      "spara (?:\\d+ ?%|\\d+ ?(?:kr|kronor)|upp till)", "\\d+ ?% billigare", "\\d+ ?% på (?:allt|hela|alla)", "halva priset", "nedsatt pris",
      "(?:extra|exklusiv|speciell) (?:\\d+ ?% )?rabatt",
    ],
    future: [
      "(?:ditt|ert) nästa (?:köp|besök)", "(?:din|er) nästa (?:beställning|order)", "nästa (?:köp|beställning|order)",
      "framtida (?:köp|beställningar|order|beställning)", "nästa gång (?:du|ni) (?:handlar|beställer|köper)",
    ],
    sale: [
      "på rea", "rean", "(?:sommar|vinter|mellandags|jul|vår|höst|lager|slut|black week-)rea(?:n)?", "reapris(?:er|et|erna)?", "utförsäljning(?:en|ar)?",
      "kampanj(?:en|er|erna)?", "kampanjpris(?:er|et)?", "(?:special|tidsbegränsat|exklusivt|särskilt)erbjudande(?:n|t|na)?",
      "(?:tidsbegränsat|exklusivt|särskilt|unikt|speciellt) erbjudande(?:n|t)?", "(?:våra|veckans|dagens|månadens) erbjudanden?",
      "black friday", "black week", "cyber monday", "prime day", "singles day", "(?:3 för 2|2 för 1|tre för två|två för en)",
      "köp \\d+,? betala för \\d+", "(?:just nu|för närvarande) (?:\\d+ ?% )?(?:rabatt|rea|billigare)", "fri frakt (?:över|vid köp)",
    ],
    crossSell: [
      "(?:du|ni) (?:kommer (?:också|även) att|kanske (?:också|även)|skulle (?:också|även)) (?:gilla|älska|tycka om|uppskatta)",
      "(?:kommer|skulle) (?:du|ni) (?:(?:också|även|säkert) ){1,2}(?:att )?(?:gilla|älska|tycka om|uppskatta)",
      "(?:kanske|säkert) (?:också|även) intressant för (?:dig|er)", "komplettera (?:med|setet|din|ditt|dina)",
      "gör (?:setet|looken|samlingen|kollektionen|serien) komplett", "kunder som (?:köpte|har köpt) (?:den här|denna|detta|denna produkt) (?:köpte|har köpt) (?:också|även)",
      "(?:glöm inte|varför inte) (?:att )?(?:prova|testa|lägga till|komplettera)", "perfekt komplement till",
      "matchande \\p{L}+ finns (?:också|även)", "prova (?:gärna |också |även ){0,3}(?:vår|våra|vårt)",
    ],
    otherProducts: [
      `(?:vår|våra|vårt) (?:helt )?nya(?! ${SERVICE_NOUN})(?: [\\p{L}-]+){1,3}`,
      "(?:våra|vårt) (?:andra|övriga|senaste|hela|breda) (?:produkter|varor|artiklar|modeller|kollektioner|sortiment|serier)",
      "(?:vårt|hela vårt) (?:\\p{L}+ )?sortiment", "(?:vår|hela vår) (?:nya |senaste |)kollektion(?:en)?", "våra nyheter",
      "(?:nya|senaste) (?:kollektionen|kollektioner|modellerna|serien)", "nyinkomn(?:a|et)", "nyinkommet", "fler (?:produkter|varor|modeller) från oss",
      "resten av (?:vårt sortiment|våra produkter|vår kollektion)",
    ],
    invite: [
      "(?:kolla in|kika (?:in |gärna )?på|kika in|spana in|ta en titt|titta)(?: (?:gärna|också|även|hos oss|bland|i|på|in på)){0,3} (?:vår|våra|vårt|hela|nya|senaste|andra|övriga)", "upptäck", "besök", "missa inte", "bläddra", "utforska",
      "håll (?:dig|er) uppdaterad", "bli (?:först|den första) (?:med att|att)", "(?:har du|har ni) (?:sett|provat|upptäckt|testat)",
      "nyligen lanserad(?:e)?", "(?:just|precis|nyss) lanserat", "passa på", "handla (?:i|på|från|bland) (?:vår|våra|vårt)",
    ],
    follow: [
      "följ (?:oss|vår (?:sida|butik|shop|kanal|profil)|vårt (?:konto|varumärke))", "följ [\\p{L}\\d._-]+ på (?:instagram|facebook|tiktok|twitter|x|youtube|pinterest)",
      "gilla oss på", "(?:hitta|hittar du) oss på (?:instagram|facebook|tiktok|twitter|youtube|pinterest)", "prenumerera på vår (?:youtube-?)?kanal",
      "gå med i vår (?:community|grupp|facebookgrupp)", "(?:följa|följer) oss på",
    ],
    newsletter: [
      "\\p{L}*nyhetsbrev(?:et|en)?", "utskickslista(?:n)?", "e-?postlista(?:n)?", "(?:mejl|mail)lista(?:n)?", "våra utskick",
      "prenumerera på (?:våra|vårt) (?:e-?post|mejl|mail|utskick|nyhetsbrev)", "(?:anmäl|registrera) (?:dig|er) (?:till|för) (?:våra|vårt) (?:utskick|nyhetsbrev|mejl|mail)",
    ],
    offAmazon: [
      "(?:köp|beställ|handla|köper|beställer|handlar|köpa|beställa)(?: \\p{L}+){0,3} direkt (?:från oss|av oss|hos oss|via (?:vår|vårt)|på (?:vår|vårt)|i (?:vår|vårt))",
      "direkt (?:hos|från|av) oss (?:istället|i stället)", "(?:köp|beställ|handla|köper|beställer|handlar|köpa|beställa)(?: \\p{L}+){0,3} utanför amazon",
      "utanför amazon (?:[\\p{L}\\p{N}%]+ ){0,5}(?:köpa|beställa|handla|köper|beställer|handlar|billigare)",
      "(?:billigare|lägre pris(?:er)?|bättre pris(?:er)?)(?: \\p{L}+){0,2} (?:på|i|hos) (?:vår|vårt) (?:egen |egna )?(?:webbplats|hemsida|webbshop|webbutik|butik|sajt|nätbutik)",
    ],
    ownSite: [
      "(?:vår|vårt) (?:egen |egna )?(?:webbplats|hemsida|webbshop|webbutik|nätbutik|onlinebutik|sajt|e-?handel|webbsida|nätshop)",
    ],
    buy: ["köp", "köpa", "köper", "köpas", "beställ", "beställa", "beställer", "beställas", "handla", "handlar", "shoppa", "finns att köpa"],
    store: [
      "(?:vår|vårt) (?:amazon-?)?(?:butik|shop|store|butikssida|varumärkessida|säljarsida|storefront|amazonbutik|varumärkesbutik)",
      "vår butik på amazon",
    ],
  },
  examples: [
    { text: "Som tack får du 15 % rabatt på ditt nästa köp.", expect: "coupon" },
    { text: "Använd rabattkoden TACK10 i kassan.", expect: "coupon" },
    { text: "Sommarrean är här: alla trädgårdskuddar är 30 % billigare.", expect: "promotion" },
    { text: "Passa på att handla på rea i vår butik!", expect: "promotion" },
    { text: "Eftersom din hund älskar repleksaken kommer du också att gilla vårt tuggbensset.", expect: "other-products" },
    { text: "Har du sett vårt nya trimset?", expect: "other-products" },
    { text: "Upptäck gärna våra andra produkter för trädgården.", expect: "other-products" },
    { text: "Följ oss på Instagram för skötselråd och nyheter.", expect: "follow-us" },
    { text: "Anmäl dig till vårt nyhetsbrev och få veta om nya färger först.", expect: "newsletter" },
    { text: "Nästa gång kan du beställa direkt från oss på vår webbplats och spara 10 %.", expect: "off-amazon" },
    { text: "Alla reservdelar finns att köpa på vår egen hemsida.", expect: "off-amazon" },
    { text: "Besök vår Amazon-butik för fler mönster.", expect: "storefront" },
    { text: "Vi har skickat en ny till dig, den bör komma fram på fredag.", expect: null },
    { text: "Följ instruktionerna i den bifogade manualen.", expect: null },
    { text: "Vi har återbetalat mellanskillnaden via Amazon.", expect: null },
    { text: "Manualen finns även på vår webbplats under Support.", expect: null },
    { text: "Vår nya transportör levererar ersättningsprodukten i morgon.", expect: null },
    { text: "Rabatten som visades i kassan har dragits av på din beställning.", expect: null },
    { text: "Kika på de bifogade bilderna och berätta vilken färg du föredrar.", expect: null },
    { text: "Du kan följa paketet via länken i leveransbekräftelsen från Amazon.", expect: null },
    { text: "Vi har tyvärr inga nyheter om leveransen ännu, men vi hör av oss i morgon.", expect: null },
  ],
});
