import type { ReviewCatalog } from "./types.js";

/*
 * "Ocena" is also the seller's own assessment of a complaint ("po ocenie reklamacji"), so it does not
 * count after "po" or when it names such an assessment; "ocenić" counts only with the buyer rating
 * the seller or product. "Zwrot" alone is a product return, so only a return of money is an incentive.
 * Generic praise ("dobra", "świetna") counts only when a review noun follows closely ("Dzień dobry").
 */
const REVIEW_STEM = "(?:opini|ocen|recenzj|komentarz|gwiazd|not)";

export const pl = (): ReviewCatalog => ({
  lang: "pl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "opini(?:a|i|ę|ą|e|om|ami|ach)", "recenzj(?:a|i|ę|ą|e|om|ami|ach)", "recenzji", "\\p{L}*feedback",
      "(?<!po )ocen(?:a|y|ie|ę|ą|om|ami|ach|)(?! (?:reklamacji|uszkodze\\p{L}*|stanu|zgłoszenia|szkody|usterki|zwrotu|wniosku|sytuacji|sprawy))",
      "oceń(?:cie|)", "oceni(?:ć|enie|enia|eniu) (?:nas|produkt|zakup|sklep|przedmiot|towar|transakcję|sprzedawcę|naszą ofertę|nasz sklep|nasze produkty|nasz produkt|zamówienie)",
      "(?:prosimy|proszę|prosiłbym|prosiłabym|prosilibyśmy) (?:Pana |Panią |Państwa |Cię |)(?:o |)oceni\\p{L}*",
      "(?:wystaw|zostaw|pozostaw|napisz|dodaj)\\p{L}* (?:nam |)(?:\\p{L}+ |)komentarz\\p{L}{0,3}",
    ],
    positive: [
      "pozytywn\\p{L}*", "pochlebn\\p{L}*", "przychyln\\p{L}*", "entuzjastyczn\\p{L}*", "najlepsz\\p{L}* (?:ocen|opini|not)\\p{L}*",
      `(?<!dzień )(?:bardzo |)(?:dobr|świetn|wspaniał|doskonał|znakomit|super|fajn|piękn|wysok|mił)\\p{L}{0,3}(?=[\\p{L} -]{0,20}?${REVIEW_STEM})`,
    ],
    topStars: [
      "(?:5|pięć|pięciu|4|cztery|czterech)[- ]?gwiazd\\p{L}*", "(?:pięcio|cztero)gwiazdkow\\p{L}*", "(?:4|5|cztery|pięć) na (?:5|pięć)",
      "(?:4|5)/5", "maksymaln\\p{L}* (?:ocen\\p{L}*|not\\p{L}*|liczb\\p{L}* gwiazdek)", "najwyższ\\p{L}* (?:ocen\\p{L}*|not\\p{L}*)",
      "komplet gwiazdek", "★★★★★?",
    ],
    lowStars: [
      "(?:1|jedn\\p{L}{0,2}|2|dwie|dwóch|dwiema|dwoma|3|trzy|trzech|trzema)[- ]?gwiazd\\p{L}*", "(?:jedno|dwu|trzy)gwiazdkow\\p{L}*",
    ],
    thanked: [
      "dziękuj(?:emy|ę)(?: \\p{L}+)? za", "dzięki za",
    ],
    contrary: [
      "(?:lub|albo|czy) (?:mniej|nie tak|negatywn\\p{L}*|krytyczn\\p{L}*|zł\\p{L}{0,3})",
    ],
    contactUs: [
      "(?:skontaktuj|skontaktujcie|skontaktować|skontaktuje) się z nami", "(?:napisz|napiszcie|napisać|napisze) do nas", "kontakt z nami",
    ],
    neutral: [
      "dobr\\p{L}{0,3},? (?:czy|lub|albo) (?:mniej|nie tak) dobr\\p{L}{0,3}",
      "pozytywn\\p{L}*,? (?:czy |lub |albo |bądź |i |oraz |jak i |)negatywn\\p{L}*",
      "negatywn\\p{L}*,? (?:czy |lub |albo |bądź |i |oraz |jak i |)pozytywn\\p{L}*",
      "dobr\\p{L}{0,3},? (?:czy|lub|albo|i|oraz|jak i) zł\\p{L}{0,3}", "zł\\p{L}{0,3},? (?:czy|lub|albo|i) dobr\\p{L}{0,3}",
      "niezależnie od (?:tego|oceny|wrażeń)", "bez względu na (?:to|ocenę|wrażenia)", "jakakolwiek (?:by |)(?:ona |)(?:nie |)(?:była|jest|będzie)",
      "jaka by (?:nie |)(?:była|nie była)", "pochwał\\p{L}* (?:czy|lub|albo|i) krytyk\\p{L}*",
    ],
    ifHappy: [
      "(?:je[sś]li|je[zż]eli|o ile|skoro|gdy|kiedy)(?: (?:Pan|Pani|Państwo|Ty|ty)|) (?:jest|są|jesteś|jesteście|był|była|byli|byłeś|byłaś|byliście|będzie|będą|będziesz|będziecie)(?: (?:Pan|Pani|Państwo)|)(?: (?:bardzo|w pełni|całkowicie|naprawdę)|) (?:zadowol|usatysfakcjonowan)\\p{L}*",
      "(?:je[sś]li|je[zż]eli|o ile|skoro)[\\p{L} ]{0,30}?(?<!nie )(?:podoba\\p{L}*|spodoba\\p{L}*)",
      "(?:je[sś]li|je[zż]eli|o ile|skoro)[\\p{L} ]{0,30}?(?<!nie )spełni\\p{L}* (?:\\p{L}+ |)oczekiwania",
      "(?:je[sś]li|je[zż]eli|o ile) (?:zakup|produkt|towar|\\p{L}+) (?:Pana|Panią|Państwa|Cię|was) (?:zadowolił|zadowoli|usatysfakcjonował|przekonał|zachwycił)\\p{L}*",
      "(?:jest|są|jesteś|jesteście) (?:Pan |Pani |Państwo |)(?:zadowolon\\p{L}*|zadowoleni)(?: z \\p{L}+ \\p{L}+| z \\p{L}+|)\\s*\\?",
      "zadowolon\\p{L}*\\s*\\?", "(?<!nie )(?:podoba|spodobał\\p{L}*) (?:się |)(?:Panu|Pani|Państwu|Ci|wam)(?: \\p{L}+|)\\s*\\?",
      "(?<!nie )się (?:Panu|Pani|Państwu|Ci|wam) (?:podoba|spodobał\\p{L}*)\\s*\\?",
      "(?:je[sś]li|je[zż]eli|o ile) wszystko (?:jest w porządku|było w porządku|w porządku|jest ok|ok|dobrze|działa|poszło dobrze)",
      "(?:je[sś]li|je[zż]eli|o ile) (?:ma|miał|miała|mieli|masz|miałeś|miałaś|mają) (?:Pan |Pani |Państwo |)(?:dobre|pozytywne|miłe) (?:wrażenia|doświadczenia)",
    ],
    incentive: [
      "\\p{L}*rabat\\p{L}*", "zniżk\\p{L}*", "kupon\\p{L}*", "bon(?:u|y|em|ów|ami|)", "voucher\\p{L}*", "gratis\\p{L}*", "darmow\\p{L}*",
      "za darmo", "bezpłatn\\p{L}*", "prezent\\p{L}*", "upomin\\p{L}*", "nagrod\\p{L}*", "nagrodzi\\p{L}*", "w zamian",
      "w ramach podziękowania", "rekompensat\\p{L}*", "cashback", "bonus\\p{L}*", "\\d+ ?(?:zł|PLN|złotych)",
      "zwrot(?:u|em|) (?:pieniędzy|kosztów|środków|ceny|części|całości|należności|kwoty|\\d+)",
      "zwróci\\p{L}* (?:Panu |Pani |Państwu |Ci |wam |)(?:pieniądze|koszt\\p{L}*|część|całość|kwotę|pełną kwotę|\\d+)",
      "oddamy (?:Panu |Pani |Państwu |Ci |)(?:pieniądze|część|\\d+)", "\\d+ ?% (?:taniej|na)",
    ],
    change: [
      "usun\\p{L}*", "usuń\\p{L}*", "usuwa\\p{L}*", "skasow\\p{L}*", "skasuj\\p{L}*",
      "zmieni(?:ć|ł|ła|li|łby|łaby|liby|łaby Pani|enie|enia|)", "zmień(?:cie|)", "zmian(?:a|ę|y) (?:opinii|oceny|recenzji|komentarza)",
      "edyt\\p{L}*", "edycj\\p{L}*", "wycofa\\p{L}*", "wycofaj\\p{L}*", "zaktualizow\\p{L}*", "zaktualizuj\\p{L}*",
      "aktualizow\\p{L}*", "poprawi\\p{L}* (?:\\p{L}+ |)(?:opini|ocen|recenzj|komentarz)\\p{L}*",
      "podnie\\p{L}* (?:\\p{L}+ |)(?:ocen|liczb)\\p{L}*", "podwyższ\\p{L}*", "zrewid\\p{L}*", "ponownie rozważ\\p{L}*",
      "przemyśle\\p{L}*", "zmodyfikow\\p{L}*",
    ],
    negative: [
      "nie (?:jest |był |była |)(?:w pełni |do końca |)(?:idealn\\p{L}*|doskonał\\p{L}*)",
      "negatywn\\p{L}*", "niezadowolon\\p{L}*", "niezadowoleni",
      "nie (?:jest |są |jesteś |jesteście |był |była |byli |byłeś |byłaś |)(?:Pan |Pani |Państwo |)(?:w pełni |całkowicie |do końca |)zadowol\\p{L}*",
      "rozczarowan\\p{L}*", "zł(?:a|ą|ej|e|ych)", "słab(?:a|ą|ej|e|ych)", "nisk\\p{L}* ocen\\p{L}*", "problem(?:u|y|ów|ami|ach|em|ie)",
      "(?:jakiś|jakikolwiek|żaden|w razie|wystąpi|pojawi się|pojawił się|wystąpił) problem", "usterk\\p{L}*", "wad(?:a|y|ę|ą)",
      "reklamacj\\p{L}*", "krytyczn\\p{L}*", "coś (?:jest |było |poszło |)nie tak", "niezgodn\\p{L}*", "nie (?:podoba|spodobał)\\p{L}*",
    ],
    contactFirst: [
      "(?:prosimy|proszę) (?:o |)(?:najpierw|wcześniej|w pierwszej kolejności|uprzednio) (?:o |)(?:kontakt|skontaktować się|skontaktowanie się|napisanie|napisać|wiadomość|informację)",
      "najpierw (?:z nami |się z nami |się |)(?:skontaktować|skontaktuj|skontaktujcie|skontaktuje|kontakt|napisać|napisz|napiszcie|napisze|poinformować|poinformuj)",
      "(?:skontaktować się|skontaktuj się|skontaktujcie się|skontaktuje się|kontakt|napisać|napisz|napiszcie|napisze|poinformować|poinformuj) (?:z nami|do nas|nas) (?:najpierw|wcześniej|w pierwszej kolejności|zawczasu)",
      "(?:prosimy|proszę) o (?:wcześniejszy|uprzedni) kontakt", "(?:dać|daj|dajcie|da Pan|da Pani|dadzą Państwo) nam (?:szansę|okazję|możliwość)",
    ],
    beforeReview: [
      "zanim[\\p{L} ]{1,40}?(?:opini|recenzj|ocen|oceń|komentarz|gwiazd)\\p{L}*",
      "przed (?:wystawieniem|napisaniem|dodaniem|opublikowaniem|zostawieniem|pozostawieniem|ocenieniem|oceną)",
      "zamiast[\\p{L} ]{0,30}?(?:opini|recenzj|ocen|oceni|komentarz)\\p{L}*",
    ],
  },
  neutralRequest:
    "Jeśli znajdzie Pan chwilę, będziemy wdzięczni za szczerą opinię o zakupie na Amazon, niezależnie od tego, jakie są Pana wrażenia.",
  examples: [
    { text: "Będziemy bardzo wdzięczni za 5 gwiazdek na Amazon.", expect: "star-rating" },
    { text: "Jeśli produkt się Pani podoba, prosimy o pięciogwiazdkową opinię.", expect: "star-rating" },
    { text: "Jeśli jest Pan zadowolony z zakupu, prosimy o wystawienie opinii.", expect: "positive-only" },
    { text: "Pozytywna opinia na Amazon bardzo pomoże naszej małej firmie.", expect: "positive-only" },
    { text: "Czy są Państwo zadowoleni z zamówienia? Będziemy wdzięczni za ocenę.", expect: "positive-only" },
    { text: "Za wystawienie opinii otrzyma Pan kod rabatowy na kolejne zakupy.", expect: "incentive" },
    { text: "Po dodaniu recenzji zwrócimy Pani 20 zł.", expect: "incentive" },
    { text: "Czy mógłby Pan usunąć negatywną opinię, skoro problem został rozwiązany?", expect: "change-review" },
    { text: "Prosimy o zmianę oceny z jednej gwiazdki na pięć.", expect: "change-review" },
    { text: "Zwrócimy pełną kwotę, gdy tylko zaktualizuje Pani swoją recenzję.", expect: "change-review" },
    { text: "Jeśli nie jest Pan zadowolony, prosimy najpierw o kontakt, zanim wystawi Pan opinię.", expect: "gating" },
    { text: "W razie problemów prosimy skontaktować się z nami przed wystawieniem oceny.", expect: "gating" },
    { text: "Coś poszło nie tak? Najpierw napisz do nas, zamiast wystawiać negatywny komentarz.", expect: "gating" },
    { text: "Jeśli ma Pan chwilę, prosimy o szczerą opinię o produkcie na Amazon.", expect: null },
    { text: "Każda opinia, pozytywna czy negatywna, pomaga innym klientom w wyborze.", expect: null },
    { text: "Po ocenie reklamacji zwrócimy Panu pieniądze w ciągu 5 dni.", expect: null },
    { text: "Dzień dobry, zwrot pieniędzy za zamówienie został zlecony.", expect: null },
    { text: "Dzień dobry, dziękujemy za zakup i prosimy o opinię, jeśli znajdzie Pani czas.", expect: null },
    { text: "W razie pytań lub problemów prosimy o kontakt przez Amazon.", expect: null },
    { text: "Reklamacja została rozpatrzona pozytywnie i zwrócimy pieniądze.", expect: null },
    { text: "Zwrot towaru został przyjęty, dziękujemy za opinię.", expect: null },
    { text: "Dziękujemy za Państwa pozytywną opinię!", expect: null },
    { text: "Prosimy o kontakt z nami, zanim wystawią Państwo opinię.", expect: "gating" },
    { text: "Dobra czy mniej dobra, każda szczera opinia pomaga innym kupującym.", expect: null },
  ],
});
