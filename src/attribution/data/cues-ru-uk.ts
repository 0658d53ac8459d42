/**
 * Russian and Ukrainian attribution cues. Verbs are given as stems with the endings they take,
 * so that one entry covers сообщил/сообщила/сообщили/сообщает. Prepositional cues take the
 * source right after them: "по словам X", "со ссылкой на X", "за словами X", "з посиланням на X".
 */

/** Verb stems; a token is a verb cue when it is a stem plus one of VERB_ENDINGS. */
export const SLAVIC_VERB_STEMS: readonly string[] = [
  // Russian
  'сообщ', 'заяв', 'сказа', 'отмет', 'подчеркн', 'рассказа', 'поясн', 'добав', 'указа', 'написа', 'пиш',
  'утвержда', 'счита', 'полага', 'призна', 'переда', 'уточн', 'говор', 'предупред', 'объясн', 'назва',
  'завер', 'уверя', 'опроверг', 'подтверд', 'выясн', 'обвин', 'напомн', 'резюмирова', 'констатирова',
  'отмеча', 'подчеркива', 'сообща', 'заявля', 'рассказыва', 'поясня', 'добавля', 'указыва', 'признава',
  // Ukrainian
  'повідом', 'повідомля', 'заявля', 'сказа', 'зазнач', 'зазнача', 'наголос', 'наголошу', 'розпов', 'розповіда',
  'поясн', 'поясню', 'дода', 'вказа', 'вказу', 'написа', 'пиш', 'стверджу', 'вважа', 'переда', 'уточн',
  'говор', 'попереди', 'підкресл', 'підкреслю', 'визна', 'підтверд', 'спростува', 'нагада', 'заяв',
];

export const SLAVIC_VERB_ENDINGS: readonly string[] = [
  'л', 'ла', 'ли', 'ло', 'ил', 'ила', 'или', 'ило', 'ал', 'ала', 'али', 'ало', 'ел', 'ела', 'ели',
  'ет', 'ют', 'ит', 'ят', 'ает', 'ают', 'ует', 'уют', 'ет', 'ит', 'ат', 'ят', 'ал', 'ив', 'ила', 'или',
  'ів', 'ла', 'ли', 'в', 'є', 'ють', 'ить', 'ять', 'ють', 'ує', 'ують', 'ає', 'ають', 'ив', 'іла', 'іли',
  'ув', 'ула', 'ули', 'ав', 'ала', 'али', 'ес', 'есла', 'если', 'ов', 'ова', 'ли',
  '', 'а', 'и', 'ут', 'ет', 'е',
];

/** Prepositional cues: the source follows. */
export const SLAVIC_PREP_CUES: ReadonlyArray<{ words: string[]; kind: 'according' | 'citing' }> = [
  { words: ['по', 'словам'], kind: 'according' },
  { words: ['по', 'данным'], kind: 'according' },
  { words: ['по', 'информации'], kind: 'according' },
  { words: ['по', 'мнению'], kind: 'according' },
  { words: ['по', 'сообщению'], kind: 'according' },
  { words: ['по', 'оценке'], kind: 'according' },
  { words: ['согласно'], kind: 'according' },
  { words: ['со', 'ссылкой', 'на'], kind: 'citing' },
  { words: ['ссылаясь', 'на'], kind: 'citing' },
  { words: ['за', 'словами'], kind: 'according' },
  { words: ['за', 'даними'], kind: 'according' },
  { words: ['за', 'інформацією'], kind: 'according' },
  { words: ['на', 'думку'], kind: 'according' },
  { words: ['згідно', 'з'], kind: 'according' },
  { words: ['з', 'посиланням', 'на'], kind: 'citing' },
  { words: ['посилаючись', 'на'], kind: 'citing' },
];

/** "Об этом сообщил X" / "Про це повідомив X": the content is the previous sentence. */
export const SLAVIC_ANAPHORIC: ReadonlySet<string> = new Set(['об', 'этом', 'про', 'це', 'о', 'том', 'этого']);

/** Words that end a source phrase in Russian/Ukrainian. */
export const SLAVIC_SOURCE_STOP: ReadonlySet<string> = new Set([
  'что', 'чтобы', 'и', 'но', 'а', 'или', 'как', 'когда', 'если', 'который', 'которая', 'которые', 'где',
  'що', 'щоб', 'і', 'й', 'та', 'але', 'або', 'коли', 'якщо', 'який', 'яка', 'які', 'де', 'не', 'это', 'це',
]);

export const SLAVIC_PRONOUNS: ReadonlySet<string> = new Set(['он', 'она', 'они', 'оно', 'він', 'вона', 'вони', 'воно', 'я', 'мы', 'ми']);

/** Complementisers that open the content after a verb cue. */
export const SLAVIC_THAT: ReadonlySet<string> = new Set(['что', 'що', 'будто', 'нібито', 'якобы']);
