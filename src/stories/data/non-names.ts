/**
 * Words that never name a source on their own (English, Russian, Ukrainian, lower case): pronouns
 * beyond the attribution lists (`EN_PRONOUNS`, `SLAVIC_PRONOUNS`), and the determiners that open a
 * descriptor ("the expert", "this report", "этот эксперт"). A source whose name is a pronoun, or
 * starts with one of these words and is not a known outlet ("The New York Times" is), is not a
 * named source.
 */
export const EXTRA_PRONOUNS: ReadonlySet<string> = new Set([
  'him', 'them', 'us', 'me', 'one', 'someone', 'somebody', 'everyone', 'nobody', 'who',
  'его', 'ему', 'ей', 'им', 'их', 'ним', 'нею', 'кто', 'його', 'йому', 'її', 'їх', 'їй', 'хто',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'such', 'another', 'some', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'этот', 'эта', 'это', 'эти', 'тот', 'та', 'те', 'такой', 'такая', 'его', 'её', 'ее', 'их', 'наш', 'наша',
  'цей', 'ця', 'це', 'ці', 'той', 'такий', 'така', 'його', 'її', 'їхній', 'наш',
]);
