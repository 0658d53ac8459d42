/** Words for reading publication dates (src/article/date.ts, date-fallback.ts). */

/**
 * Month names → month number, for publication dates written out ("18 July 2025", "18 июля 2025").
 * English (with abbreviations), Russian and Ukrainian (nominative and genitive), German and French.
 * Keys are lower case; matching is case-insensitive. Names shared by several languages
 * (april, august, september, november, mai) agree on the number.
 */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  // Russian: genitive ("18 июля"), then nominative ("июль 2025")
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12,
  январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8, сентябрь: 9, октябрь: 10,
  ноябрь: 11, декабрь: 12,
  // Ukrainian: genitive ("18 липня"), then nominative ("липень 2025")
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10,
  листопада: 11, грудня: 12,
  січень: 1, лютий: 2, березень: 3, квітень: 4, травень: 5, червень: 6, липень: 7, серпень: 8, вересень: 9,
  жовтень: 10, листопад: 11, грудень: 12,
  // German
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // French
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/**
 * Labels that may stand before a dateline on its line ("Published on 18 July 2025", "Publié le
 * 1er juillet 2025"), besides a single word or anything ending in a separator. Lower case; an
 * optional "on" / "le" / "am" and a colon may follow.
 */
export const DATELINE_LABELS: readonly string[] = [
  'published', 'updated', 'posted', 'last updated',
  'опубликовано', 'обновлено', 'дата публикации',
  'опубліковано', 'оновлено', 'дата публікації',
  'veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert',
  'publié', 'mis à jour', 'publié le', 'mis à jour le',
];
