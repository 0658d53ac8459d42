/**
 * Hedge cues: words and phrases that present a claim as unconfirmed without naming who claims it.
 * Each entry is a sequence of lower-case tokens.
 */
export const HEDGE_CUES: readonly string[] = [
  // English
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'rumored', 'rumoured',
  'it is claimed', 'it was claimed', 'it is said', 'it was said', 'it is reported', 'it was reported',
  'it is believed', 'it is alleged', 'it was alleged', 'is said to', 'are said to', 'was said to', 'were said to',
  'is believed to', 'are believed to', 'is thought to', 'are thought to', 'is alleged to', 'are alleged to',
  'unconfirmed reports', 'some reports', 'according to some reports', 'it appears', 'it seems',
  'some say', 'rumors', 'rumours', 'unverified',
  // Russian
  'якобы', 'предположительно', 'по некоторым данным', 'по неподтвержденным данным', 'по неподтверждённым данным',
  'по слухам', 'как сообщается', 'как утверждается', 'говорят', 'вероятно', 'по имеющимся данным',
  'по предварительным данным', 'по всей видимости',
  // Ukrainian
  'нібито', 'начебто', 'імовірно', 'ймовірно', 'за деякими даними', 'за неперевіреними даними',
  'як повідомляється', 'як стверджується', 'за чутками', 'кажуть', 'за попередніми даними', 'вочевидь',
];
