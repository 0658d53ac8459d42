/**
 * Words that end in a period without ending a sentence (lower-cased, without the period).
 * English titles, months and common abbreviations; Russian and Ukrainian short forms.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and honorifics
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'st', 'jr', 'sr', 'messrs', 'amb', 'atty', 'insp',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // common
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn', 'fig',
  'vol', 'p', 'pp', 'ft', 'mt', 'ave', 'blvd', 'rd', 'ph', 'al',
  // US states in AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
  // Russian / Ukrainian
  'г', 'гг', 'т', 'е', 'д', 'др', 'пр', 'им', 'ул', 'просп', 'стр', 'см', 'тыс', 'млн', 'млрд', 'руб',
  'коп', 'грн', 'ген', 'полк', 'проф', 'акад', 'чел', 'р', 'обл', 'пос', 'тис', 'вул', 'ім', 'див',
]);
