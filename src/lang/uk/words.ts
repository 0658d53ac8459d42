/** Ukrainian words and cues. */
import type { PrepCue } from '../types.js';

/** Frequent function words that tell Ukrainian from Russian when no distinctive letter does. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'що', 'це', 'як', 'був', 'була', 'було', 'були', 'його', 'від', 'або', 'вже', 'тільки', 'після', 'також',
  'який', 'які', 'у', 'і', 'та', 'він', 'вона', 'вони', 'але', 'ж', 'би', 'при', 'щоб', 'якщо', 'коли',
]);

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'р', 'рр', 'т', 'д', 'ім', 'вул', 'просп', 'див', 'тис', 'млн', 'млрд', 'грн', 'коп', 'ген', 'проф', 'акад', 'обл',
]);

export const STOPWORDS: ReadonlySet<string> = new Set([
  'також', 'після', 'більше', 'менше', 'повідомив', 'повідомила', 'повідомили', 'заявив', 'заявила',
  'словами', 'посиланням', 'котрий', 'який', 'яка', 'які', 'цього', 'цьому', 'були', 'було', 'буде', 'може',
  'можуть', 'тільки', 'коли', 'через', 'однак', 'проте', 'зараз', 'сьогодні', 'вчора', 'свого', 'своїх',
  'року', 'році',
]);

export const MONTHS: Readonly<Record<string, number>> = {
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10,
  листопада: 11, грудня: 12, січень: 1, лютий: 2, березень: 3, квітень: 4, травень: 5, червень: 6, липень: 7,
  серпень: 8, вересень: 9, жовтень: 10, листопад: 11, грудень: 12,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  дві: 2, два: 2, три: 3, чотири: 4, "п'ять": 5, 'п’ять': 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, 'дев’ять': 9,
  десять: 10, одинадцять: 11, дванадцять: 12, двадцять: 20, тридцять: 30, сорок: 40, сто: 100,
  тисяча: 1000, тисячі: 1000, тисяч: 1000, мільйон: 1e6,
};

export const HEDGES: readonly string[] = [
  'нібито', 'начебто', 'імовірно', 'ймовірно', 'за деякими даними', 'за неперевіреними даними',
  'як повідомляється', 'як стверджується', 'за чутками', 'кажуть', 'за попередніми даними', 'вочевидь',
];

export const HEADLINE_LABELS: ReadonlySet<string> = new Set(['терміново', 'ексклюзив', 'відео', 'блискавка']);

export const DESCRIPTORS: ReadonlySet<string> = new Set([
  'експерт', 'аналітик', 'політолог', 'міністр', 'президент', 'голова', 'представник', 'речник', 'джерело', 'посол',
  'командир', 'губернатор', 'мер', 'депутат', 'генерал', 'полковник', 'журналіст', 'кореспондент',
]);

/** Speech-verb stems (see east-slavic.ts for the endings). */
export const VERB_STEMS: readonly string[] = [
  'повідом', 'повідомля', 'заявля', 'сказа', 'зазнач', 'зазнача', 'наголос', 'наголошу', 'розпов', 'розповіда',
  'поясн', 'поясню', 'дода', 'вказа', 'вказу', 'написа', 'пиш', 'стверджу', 'вважа', 'переда', 'уточн',
  'говор', 'попереди', 'підкресл', 'підкреслю', 'визна', 'підтверд', 'спростува', 'нагада', 'заяв',
];

export const PREP_CUES: readonly PrepCue[] = [
  { words: ['за', 'словами'], kind: 'according' },
  { words: ['за', 'даними'], kind: 'according' },
  { words: ['за', 'інформацією'], kind: 'according' },
  { words: ['на', 'думку'], kind: 'according' },
  { words: ['згідно', 'з'], kind: 'according' },
  { words: ['з', 'посиланням', 'на'], kind: 'citing' },
  { words: ['посилаючись', 'на'], kind: 'citing' },
];

/** "Про це повідомив X": the content is the previous sentence. */
export const ANAPHORIC: ReadonlySet<string> = new Set(['про', 'це']);
export const SOURCE_STOP: ReadonlySet<string> = new Set([
  'що', 'щоб', 'і', 'й', 'та', 'а', 'але', 'або', 'як', 'коли', 'якщо', 'який', 'яка', 'які', 'де', 'не', 'це',
]);
export const PRONOUNS: ReadonlySet<string> = new Set(['він', 'вона', 'вони', 'воно', 'я', 'ми']);
export const THAT: ReadonlySet<string> = new Set(['що', 'нібито']);

/** Pronoun sources that refer back to a person, or to an outlet or organisation. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['він', 'вона']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['воно']);
