import type { RedundantCatalog } from "./types.js";

/*
 * Polish inflects, so most terms are stems with "\\p{L}*". A bare "dziękujemy" counts only as a
 * sentence of its own: "dziękujemy za zdjęcia" thanks for something else. Shipping counts only for
 * the order itself: a replacement on its way is news the buyer needs, so "wymiana" and "nowy
 * egzemplarz" are substance. Salutations count only as a line of their own.
 */
const ORDER = "(?:zamówieni\\p{L}*|paczk\\p{L}*|przesyłk\\p{L}*|zakup(?:y|ów)?|towar(?:y)?)";
const YOUR = "(?:Twoje|Twoja|Twój|twoje|twoja|twój|Pana|Pani|Państwa|wasze|Wasze)";
const LINE_START = "(?<=(?:^|\\n)[ \\t]*)";
const LINE_END = "[ \\t]*[,!]?(?=[ \\t]*(?:\\r?\\n|$))";

export const pl = (): RedundantCatalog => ({
  lang: "pl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      "(?:serdecznie |bardzo |gorąco |jeszcze raz )?dziękuj\\p{L}*(?: \\p{L}+){0,2} za (?:\\p{L}+ )?(?:zakup\\p{L}*|zamówieni\\p{L}*|zaufanie|wybór|wybranie|złożenie zamówienia|skorzystanie)",
      "dzięki za (?:\\p{L}+ )?(?:zakup\\p{L}*|zamówieni\\p{L}*)", "(?:serdeczne |wielkie )?podziękowania za (?:\\p{L}+ )?(?:zakup\\p{L}*|zamówieni\\p{L}*|zaufanie)",
      "(?:(?:serdecznie|bardzo|gorąco|jeszcze raz) )?(?:dziękujemy|dziękuję|dzięki)(?=[ \\t]*(?:[!.]|\\r?\\n|$))",
      "(?:cieszymy się|miło nam),? że (?:\\p{L}+ ){0,2}(?:wybrał\\p{L}*|zdecydował\\p{L}*|zamówił\\p{L}*|kupił\\p{L}*|zrobił\\p{L}* zakupy)",
      "(?:mamy nadzieję|liczymy),? że (?:\\p{L}+ ){0,3}(?:spodoba|spełni|przypadnie|będzie (?:Pan|Pani|Pan\\p{L}*|Pani\\p{L}*) zadowol|będziesz zadowol)\\p{L}*",
      "życzymy (?:udanych zakupów|satysfakcji|zadowolenia|przyjemnego użytkowania|miłego użytkowania|radości z)",
    ],
    help: [
      "(?:w razie|w przypadku) (?:jakichkolwiek |ewentualnych |dodatkowych |wszelkich )?(?:pytań|pytania|wątpliwości|problemów)",
      "(?:jeśli|jeżeli|gdyby)(?: \\p{L}+){0,2} (?:miał\\p{L}*|mają|masz|ma Pan|ma Pani|mają Państwo|pojawi\\p{L}* się) (?:jakieś |dodatkowe |jakiekolwiek |)(?:pytania|pytanie|wątpliwości)",
      "(?:jesteśmy|pozostajemy) (?:do (?:Państwa|Twojej|Pana|Pani|Waszej) dyspozycji|do dyspozycji)", "(?:chętnie|z przyjemnością) (?:pomożemy|odpowiemy|służymy pomocą)",
      "służymy pomocą", "zapraszamy do kontaktu", "(?:nie )?wahaj(?:cie)? się (?:z nami )?(?:skontaktować|napisać|pytać)", "nie krępuj(?:cie)? się",
      "(?:pisz|napisz|skontaktuj się)(?:cie)?(?: z nami)? śmiało", "(?:proszę|prosimy) (?:śmiało |o )?(?:kontakt|pisać)(?=[ \\t]*(?:[!.]|\\r?\\n|$))",
    ],
    orderConfirmed: [
      `(?:otrzymaliśmy|przyjęliśmy|dostaliśmy) (?:${YOUR} )?zamówienie`,
      `zamówienie(?: [\\p{L}\\p{N}#-]+){0,2} (?:zostało|jest) (?:już |właśnie )?(?:przyjęte|potwierdzone|złożone|zarejestrowane|przyjęte do realizacji|w realizacji|realizowane|kompletowane|pakowane|przygotowywane|w trakcie realizacji)`,
      `${ORDER} (?:\\p{L}+ ){0,2}(?:jest|są) (?:ono |ona |one )?(?:właśnie |teraz |już )?(?:przygotowywan|pakowan|kompletowan|realizowan)\\p{L}*`,
      "(?:przygotowujemy|pakujemy|kompletujemy|realizujemy) (?:\\p{L}+ )?(?:zamówienie|paczkę|przesyłkę)",
      "potwierdzamy (?:przyjęcie|otrzymanie|złożenie) (?:\\p{L}+ )?zamówienia", "potwierdzeni\\p{L}* (?:przyjęcia )?zamówienia",
    ],
    shipped: [
      `${ORDER}(?: [\\p{L}\\p{N}#-]+){0,3} (?:zostało|została|został|zostały|jest|są|już jest) (?:\\p{L}+ ){0,2}(?:wysłan\\p{L}*|nadan\\p{L}*|przekazan\\p{L}* (?:kurierowi|przewoźnikowi|firmie kurierskiej|do wysyłki)|w drodze)`,
      `(?:wysłaliśmy|nadaliśmy|przekazaliśmy kurierowi) (?:już |dziś |dzisiaj |właśnie )?(?:${YOUR} )?(?:zamówienie|paczkę|przesyłkę|zakupy|towar)`,
      "potwierdzeni\\p{L}* (?:wysyłki|nadania)", "powiadomieni\\p{L}* o wysyłce",
      "(?:otrzymasz|otrzyma Pan|otrzyma Pani|otrzymają Państwo) (?:osobn\\p{L}* |kolejn\\p{L}* )?(?:wiadomość|powiadomienie|e-?mail)\\p{L}*,? (?:gdy|kiedy|jak tylko|po) (?:\\p{L}+ ){0,2}(?:wyślemy|nadamy|nadaniu|wysyłce|(?:zostanie |zostaną |będzie |będą )?(?:wysłan|nadan)\\p{L}*)",
      `${ORDER} (?:\\p{L}+ )?(?:dotrze|dotrą|powinn\\p{L}* dotrzeć) (?:do (?:Ciebie|Pana|Pani|Państwa) )?(?:wkrótce|niebawem|niedługo)`,
    ],
    substance: [
      "ale", "jednak", "niestety", "przeprasza\\p{L}*", "przeprosi\\p{L}*", "przeprosin\\p{L}*", "opóźni\\p{L}*", "opóźnie\\p{L}*",
      "brak\\p{L}*", "uszkodz\\p{L}*", "zamiast", "niedostępn\\p{L}*", "wyprzedan\\p{L}*", "(?:problem\\p{L}*) z", "(?:ten|ta|ten sam) problem",
      "wymian\\p{L}*", "zastępcz\\p{L}*", "nowy egzemplarz", "zwrot\\p{L}*",
      "(?:prosimy|proszę) o (?:potwierdzenie|odpowiedź|przesłanie|sprawdzenie|podanie|informację|wybór|zdjęci\\p{L}*)",
      "(?:prosimy|proszę) (?:\\p{L}+ )?(?:potwierdzić|sprawdzić|odpowiedzieć|przesłać|podać|wybrać|potwierdź|sprawdź|odpisz)",
      "czy (?:mógłby|mogłaby|mogliby|może|możesz|mogą)", "adres\\p{L}*", "zmian\\p{L}*", "zmieni\\p{L}*", "anulowa\\p{L}*",
      "dopiero", "częściow\\p{L}*", "osobn\\p{L}* (?:paczk|przesyłk)\\p{L}*", "(?:dwóch|dwie|kilku|kilka|trzech|trzy) (?:paczk|przesyłk)\\p{L}*",
      "uwaga", "ważne", "(?:jeszcze )?nie (?:dotarł\\p{L}*|został\\p{L}* wysłan\\p{L}*)",
    ],
    greeting: [
      `${LINE_START}(?:dzień dobry|witam|witamy|cześć|hej|szanown\\p{L}*|drog\\p{L}*)(?: [\\p{L}\\p{N}.'’&-]+){0,4}${LINE_END}`,
      "(?:z )?(?:poważaniem|wyrazami szacunku)", "(?:serdeczne |najlepsze |ciepłe )?pozdrowienia", "pozdrawia(?:m|my)(?: serdecznie| cieplutko)?",
      "(?:miłego|udanego|dobrego) dnia", `${LINE_START}(?:zespół|ekipa|team|obsługa klienta) [\\p{L}\\p{N}.&'’ -]{1,30}?${LINE_END}`,
    ],
  },
  examples: [
    { text: "Dzień dobry,\n\nSerdecznie dziękujemy za zakupy w naszym sklepie! W razie jakichkolwiek pytań jesteśmy do Państwa dyspozycji.\n\nZ poważaniem,\nOgródek24", expect: "thank-you-only" },
    { text: "Cześć Kasiu!\n\nDzięki za zamówienie. Mamy nadzieję, że zabawka spodoba się Twojemu dziecku.\n\nPozdrawiamy,\nZespół Bajkowo", expect: "thank-you-only" },
    { text: "Dzień dobry Panie Tomaszu,\n\nOtrzymaliśmy Pana zamówienie i jest ono właśnie kompletowane. Otrzyma Pan osobną wiadomość, gdy paczka zostanie wysłana.\n\nZ poważaniem,\nLampy Nowak", expect: "order-confirmation" },
    { text: "Cześć Tomek,\n\nDobra wiadomość: Twoje zamówienie zostało dziś wysłane i jest już w drodze!\n\nPozdrawiamy,\nRowerownia", expect: "shipping-confirmation" },
    { text: "Dzień dobry,\n\nDziękujemy za zamówienie. Niestety niebieska wersja jest niedostępna; czy może Pan przyjąć zieloną?\n\nRowerownia", expect: null },
    { text: "Cześć Tomek,\n\nTwoje zamówienie zostało wysłane. Przed pierwszą jazdą dokręć dwie śruby M5 momentem 4 Nm.\n\nRowerownia", expect: null },
    { text: "Dzień dobry,\n\nMata do klęczenia jest opóźniona w naszym magazynie i wyślemy ją w piątek.\n\nOgródek24", expect: null },
    { text: "Dzień dobry,\n\nPaczka została wysłana, ale brakuje w niej abażuru; doślemy go w przyszłym tygodniu.\n\nLampy Nowak", expect: null },
    { text: "Dzień dobry,\n\nDziękujemy za zakup! Pokrowiec należy prać w 30 stopniach i suszyć na płasko.\n\nBajkowo", expect: null },
  ],
});
