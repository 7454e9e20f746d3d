import type { RedundantCatalog } from "./types.js";

/*
 * "Tack" is also an English word, so a bare thank-you counts only as a sentence of its own ("Tack
 * igen!"); "tack för bilderna" thanks for something else. Shipping counts only for the order itself:
 * a replacement on its way is news the buyer needs, so "ersättning" is substance. "Men" is matched
 * only without an apostrophe after it ("men's"). Salutations count only as a line of their own.
 */
const ORDER = "(?:beställning(?:en)?|order(?:n)?|paket(?:et)?|försändelse(?:n)?|leverans(?:en)?|varor(?:na)?|varan|köp(?:et)?)";
const LINE_START = "(?<=(?:^|\\n)[ \\t]*)";
const LINE_END = "[ \\t]*[,!]?(?=[ \\t]*(?:\\r?\\n|$))";

export const sv = (): RedundantCatalog => ({
  lang: "sv",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      // A third-person subject: "the whole team thanks you for your order".
      `(?:hela )?(?:[\\p{L}-]*teamet|vi på [\\p{L}\\p{N}&.'’-]+) tackar (?:dig|er)(?: \\p{L}+){0,2} för (?:din|er|ditt|ert|dina|era) (?:\\p{L}+ )?(?:beställning|order|köp|förtroende)`,
      "(?:stort |varmt |tusen |hjärtligt )?tack(?: så (?:mycket|jättemycket)| igen| än en gång| återigen)? för (?:din|er|ditt|ert|dina|era) (?:\\p{L}+ )?(?:beställning|order|köp|förtroende|stöd|val)",
      "(?:stort |varmt |tusen )?tack(?: så mycket| igen)? för att (?:du|ni) (?:\\p{L}+ ){0,2}(?:handlade|handlat|handlar|valde|valt|väljer|beställde|beställt|köpte|köpt)",
      "vi (?:uppskattar|är (?:glada|tacksamma) för) (?:din|er|ditt|ert) (?:beställning|order|köp|förtroende)",
      "(?:(?:stort|varmt|tusen|hjärtligt) )?tack(?: så (?:mycket|jättemycket)| igen| än en gång| återigen)?(?=[ \\t]*(?:[!.]|\\r?\\n|$))",
      "vi hoppas att (?:du|ni) (?:kommer att )?(?:gilla|tycka om|bli nöjd|bli nöjda|njuta|trivas|få glädje)\\p{L}*",
      "(?:kul|roligt|vad roligt|härligt) att (?:du|ni) (?:valde|valt|handlade|handlat|beställde|beställt|köpte|köpt)",
      "(?:mycket )?(?:nöje|glädje) med (?:din|er|ditt|ert|dina|era) (?:nya )?\\p{L}+", "lycka till med (?:din|er|ditt|ert|dina|era) nya",
    ],
    help: [
      "(?:om|ifall) (?:du|ni) (?:har|skulle ha|undrar|behöver)(?: några| fler| andra| ytterligare)? (?:frågor|funderingar|synpunkter|hjälp|något|över något)",
      "vid (?:eventuella |andra |fler |ytterligare )?(?:frågor|funderingar)", "hör (?:gärna |bara )?av (?:dig|er)",
      "tveka inte att (?:kontakta|höra av|skriva|fråga)", "kontakta oss gärna", "kontakta oss (?:när som helst|om (?:du|ni) har frågor)",
      "vi (?:hjälper (?:dig|er) gärna|finns (?:här|alltid här|till hands)(?: för (?:dig|er))?|står (?:alltid )?till (?:din|er) tjänst|är (?:alltid )?(?:här|glada) (?:för att|att) hjälpa)",
      "(?:har du|har ni) (?:några |fler |andra )?(?:frågor|funderingar)", "undrar (?:du|ni) (?:något|över något)",
      "(?:du|ni) (?:är|är alltid) välkomna? att (?:kontakta|höra av|skriva)",
    ],
    orderConfirmed: [
      "vi har (?:nu )?(?:tagit emot|mottagit|fått|registrerat) (?:din|er|ditt|ert) (?:beställning|order|köp)",
      "(?:din|er) (?:beställning|order) (?:är|har) (?:nu )?(?:bekräftad|mottagen|registrerad|tagits emot|mottagits|registrerats|bekräftats)",
      `${ORDER} (?:\\p{L}+ ){0,3}(?:packas|förbereds|behandlas|plockas|bearbetas|iordningställs)`,
      "orderbekräftelse(?:n)?", "beställningsbekräftelse(?:n)?",
      "(?:härmed |vi )bekräftar (?:vi )?(?:att vi (?:har )?(?:tagit emot|mottagit) )?(?:din|er) (?:beställning|order)",
    ],
    shipped: [
      `${ORDER} (?:\\p{L}+ ){0,2}(?:har|är|blev) (?:nu |idag |i dag |precis |just |redan )?(?:skickats|skickad|skickat|avsänd|avsänt|postats|postad|utskickad|utskickat|på väg|lämnats (?:till|över till) \\p{L}+)`,
      `vi har (?:nu |idag |i dag |precis |just )?(?:skickat|postat|lämnat) (?:iväg )?(?:din|er|ditt|ert|dina|era) ${ORDER}`,
      "leveransavisering(?:en)?", "avsändningsbekräftelse(?:n)?", "fraktbekräftelse(?:n)?",
      "(?:när|så snart|så fort) (?:den|det|de|paketet|ordern|beställningen|varan|varorna) (?:har )?(?:skickas|skickats|lämnar (?:vårt )?lager)",
      `${ORDER} (?:bör|ska|kommer att|beräknas) (?:komma fram|anlända|levereras) (?:snart|inom kort)`,
    ],
    substance: [
      "men(?!['’])", "dock", "tyvärr", "beklag\\p{L}*", "ursäkt\\p{L}*", "försen\\p{L}*", "fördröj\\p{L}*", "saknas", "saknad\\p{L}*",
      "skada(?:d|t|de|dat|des)", "trasig\\p{L}*", "istället", "i stället", "slut i lager", "slutsåld\\p{L}*", "restnoter\\p{L}*",
      "problem med", "(?:ett|det|detta) problem", "ersättning\\p{L}*", "ny (?:vara|produkt)", "återbetal\\p{L}*", "retur\\p{L}*",
      "(?:kan|skulle|vill) (?:du|ni) (?:\\p{L}+ ){0,2}(?:bekräfta|skicka|kontrollera|svara|välja|meddela|berätta)",
      "vänligen (?:bekräfta|svara|skicka|kontrollera|meddela|välj|ange)", "(?:leverans|post|faktura|)adress(?:en|er)?",
      "ändr(?:a|at|ad|ade|ing)\\p{L}*", "avbok\\p{L}*", "annuller\\p{L}*", "obs", "observera", "viktigt",
      "(?:två|tre|flera|separata) (?:paket|försändelser|leveranser)", "delleverans\\p{L}*", "skickas separat", "kommer senare",
      "(?:ännu )?inte (?:kommit fram|levererats|skickats|mottagit)",
    ],
    greeting: [
      `${LINE_START}(?:hej|hejsan|hallå|kära|bästa|god (?:morgon|dag|kväll|eftermiddag))(?: [\\p{L}\\p{N}.'’&-]+){0,4}${LINE_END}`,
      "(?:med )?(?:vänliga|bästa|varma|hjärtliga) hälsningar", "vänligen(?=[ \\t]*,?[ \\t]*(?:\\r?\\n|$))", "mvh", "hälsningar",
      "ha en (?:fin|trevlig|bra|skön|härlig) (?:dag|helg|vecka|kväll)(?: \\p{L}+)?", "trevlig (?:dag|helg)",
      `${LINE_START}(?:team|kundtjänst) [\\p{L}\\p{N}.&'’ -]{1,30}?${LINE_END}`,
    ],
  },
  examples: [
    { text: "Hej Anna,\n\nTack så mycket för din beställning! Hör gärna av dig om du har några frågor.\n\nMed vänliga hälsningar,\nTrädgårdsbutiken", expect: "thank-you-only" },
    { text: "Hej!\n\nTack för att du handlade hos oss. Vi finns här för dig om du undrar över något.\n\nHälsningar,\nTeam Barnrummet", expect: "thank-you-only" },
    { text: "Hej Maria,\n\nVi har tagit emot din beställning och den packas just nu. Du får ett nytt meddelande när den har skickats.\n\nLampaffären", expect: "order-confirmation" },
    { text: "Hej Tom,\n\nGoda nyheter: din beställning har skickats idag och är på väg till dig!\n\nTack,\nCykelverkstaden", expect: "shipping-confirmation" },
    { text: "Hej Tom,\n\nTack för din beställning. Tyvärr är den blå modellen slut i lager; vill du ha den gröna i stället?\n\nCykelverkstaden", expect: null },
    { text: "Hej Tom,\n\nDin beställning har skickats. Dra åt de två M5-bultarna till 4 Nm före första turen.\n\nCykelverkstaden", expect: null },
    { text: "Hej,\n\nKnädynan är försenad på vårt lager och skickas på fredag.\n\nTrädgårdsbutiken", expect: null },
    { text: "Hej Anna,\n\nDin beställning har skickats, men lampskärmen saknas och kommer i ett separat paket nästa vecka.\n\nLampaffären", expect: null },
    { text: "Hej Anna,\n\nTack för din beställning! Tvätta överdraget i 30 grader och låt det torka liggande.\n\nBarnrummet", expect: null },
    { text: "Hej Anna!\n\nHela teamet tackar dig varmt för din beställning. Hör av dig om du undrar över något.\n\nBarnrummet", expect: "thank-you-only" },
    { text: "Hej Anna!\n\nHela teamet tackar dig för ditt köp. Den gula lampan är slutsåld; vill du ha den vita eller pengarna tillbaka?\n\nBarnrummet", expect: null },
  ],
});
