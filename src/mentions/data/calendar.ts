/** Month names (and genitive forms) → month number, for date mentions in en, ru, uk. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12, январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8,
  сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10,
  листопада: 11, грудня: 12, січень: 1, лютий: 2, березень: 3, квітень: 4, травень: 5, червень: 6, липень: 7,
  серпень: 8, вересень: 9, жовтень: 10, листопад: 11, грудень: 12,
};

/** Number words → value, for quantities written out. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousand: 1000, thousands: 2000,
  million: 1e6, billion: 1e9,
  два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100,
  тысяча: 1000, тысячи: 1000, тысяч: 1000, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
  дві: 2, чотири: 4, "п'ять": 5, "п’ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, десять_: 10,
  одинадцять: 11, дванадцять: 12, двадцять: 20, тридцять: 30, тисяча: 1000, тисячі: 1000, тисяч: 1000,
  мільйон: 1e6,
};
