/**
 * English attribution cues. Verb cues are listed with all their inflected forms; each verb says
 * whether it usually takes a person object before its content ("told reporters that …").
 */
export interface VerbCue {
  forms: string[];
  /** The verb takes an indirect object before the content ("told X that"). */
  object?: boolean;
}

export const EN_VERB_CUES: readonly VerbCue[] = [
  { forms: ['say', 'says', 'said', 'saying'] },
  { forms: ['tell', 'tells', 'told', 'telling'], object: true },
  { forms: ['report', 'reports', 'reported', 'reporting'] },
  { forms: ['claim', 'claims', 'claimed', 'claiming'] },
  { forms: ['state', 'states', 'stated', 'stating'] },
  { forms: ['note', 'notes', 'noted', 'noting'] },
  { forms: ['warn', 'warns', 'warned', 'warning'] },
  { forms: ['add', 'adds', 'added', 'adding'] },
  { forms: ['explain', 'explains', 'explained', 'explaining'] },
  { forms: ['describe', 'describes', 'described', 'describing'] },
  { forms: ['announce', 'announces', 'announced', 'announcing'] },
  { forms: ['confirm', 'confirms', 'confirmed', 'confirming'] },
  { forms: ['deny', 'denies', 'denied', 'denying'] },
  { forms: ['insist', 'insists', 'insisted', 'insisting'] },
  { forms: ['argue', 'argues', 'argued', 'arguing'] },
  { forms: ['suggest', 'suggests', 'suggested', 'suggesting'] },
  { forms: ['believe', 'believes', 'believed'] },
  { forms: ['think', 'thinks', 'thought'] },
  { forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  { forms: ['reveal', 'reveals', 'revealed', 'revealing'] },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'] },
  { forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { forms: ['allege', 'alleges', 'alleged'] },
  { forms: ['assert', 'asserts', 'asserted', 'asserting'] },
  { forms: ['contend', 'contends', 'contended'] },
  { forms: ['declare', 'declares', 'declared', 'declaring'] },
  { forms: ['estimate', 'estimates', 'estimated'] },
  { forms: ['predict', 'predicts', 'predicted'] },
  { forms: ['tweet', 'tweets', 'tweeted', 'tweeting'] },
  { forms: ['testify', 'testifies', 'testified'] },
  { forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'stress', 'stresses', 'stressed'] },
  { forms: ['point', 'points', 'pointed'] },
  { forms: ['recall', 'recalls', 'recalled'] },
  { forms: ['urge', 'urges', 'urged'], object: true },
  { forms: ['assure', 'assures', 'assured'], object: true },
  { forms: ['inform', 'informs', 'informed'], object: true },
  { forms: ['remind', 'reminds', 'reminded'], object: true },
  { forms: ['ask', 'asks', 'asked'], object: true },
  { forms: ['promise', 'promises', 'promised'] },
  { forms: ['vow', 'vows', 'vowed'] },
  { forms: ['pledge', 'pledges', 'pledged'] },
  { forms: ['accuse', 'accuses', 'accused'], object: true },
  { forms: ['blame', 'blames', 'blamed'] },
  { forms: ['complain', 'complains', 'complained'] },
  { forms: ['concede', 'concedes', 'conceded'] },
  { forms: ['conclude', 'concludes', 'concluded'] },
  { forms: ['observe', 'observes', 'observed'] },
  { forms: ['remark', 'remarks', 'remarked'] },
  { forms: ['reply', 'replies', 'replied', 'respond', 'responds', 'responded'] },
  { forms: ['shout', 'shouted', 'exclaimed', 'joked', 'quipped', 'mused', 'wondered'] },
  { forms: ['indicate', 'indicates', 'indicated'] },
  { forms: ['show', 'shows', 'showed', 'shown'] },
  { forms: ['find', 'finds', 'found'] },
  { forms: ['maintain', 'maintains', 'maintained'] },
  { forms: ['charge', 'charges', 'charged'] },
  { forms: ['predicted', 'forecast', 'forecasts'] },
  { forms: ['agree', 'agrees', 'agreed'] },
  { forms: ['hope', 'hopes', 'hoped'] },
  { forms: ['fear', 'fears', 'feared'] },
  { forms: ['expect', 'expects', 'expected'] },
  { forms: ['know', 'knows', 'knew'] },
  { forms: ['learn', 'learned', 'learnt'] },
  { forms: ['posted', 'posts'] },
  { forms: ['cite', 'cites', 'cited'] },
  { forms: ['quote', 'quotes', 'quoted'] },
];

/** Noun cues, for "Putin's statements about …", "claims by officials that …". */
export const EN_NOUN_CUES: ReadonlySet<string> = new Set([
  'statement', 'statements', 'claim', 'claims', 'remarks', 'remark', 'comments', 'comment', 'words',
  'assertion', 'assertions', 'allegation', 'allegations', 'report', 'reports', 'announcement', 'warning',
  'warnings', 'testimony', 'view', 'assessment', 'estimate', 'estimates', 'accusations', 'insistence',
]);

/** Speech verbs that may come before their source: "“…,” said Smith" (not "…, endorsed Clinton"). */
export const EN_INVERTING: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'explains',
  'noted', 'notes', 'continued', 'continues', 'recalled', 'recalls', 'replied', 'replies', 'responded', 'insisted',
  'argued', 'argues', 'warned', 'warns', 'stated', 'declared', 'announced', 'observed', 'remarked', 'reported',
  'reports', 'acknowledged', 'concluded', 'cautioned', 'conceded', 'countered', 'quipped', 'joked', 'claimed',
  'claims', 'suggested', 'suggests', 'tweeted', 'posted', 'recounted', 'agreed', 'complained', 'admitted',
  'predicted', 'confirmed', 'maintained', 'emphasized', 'stressed', 'exclaimed', 'shouted', 'murmured', 'whispered',
  'sighed', 'laughed', 'wondered', 'mused', 'offered', 'began', 'went', 'goes', 'according',
]);

/** Auxiliaries and adverbs that may stand between a source and its verb cue. */
export const EN_BETWEEN: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'also', 'later', 'previously', 'earlier', 'recently', 'repeatedly', 'publicly', 'then', 'again', 'further',
  'already', 'once', 'just', 'separately', 'similarly', 'never', 'not', "n't", 'did', 'does', 'do', 'been',
  'be', 'first', 'often', 'frequently', 'privately', 'openly', 'flatly', 'falsely', 'correctly', 'directly',
  'explicitly', 'reportedly', 'allegedly', 'last', 'week', 'yesterday', 'today', 'tonight', 'still',
  'initially', 'subsequently', 'consistently', 'always', 'even', 'only', 'quickly', 'immediately', 'in',
  'fact', 'indeed', 'however', 'itself', 'himself', 'herself', 'themselves',
  // Contractions: "he’s claiming", "she doesn't think".
  "'s", '’s', "'ve", '’ve', "'d", '’d', "doesn't", 'doesn’t', "didn't", 'didn’t', "don't", 'don’t', "hasn't", 'hasn’t',
  "haven't", 'haven’t', "hadn't", 'hadn’t', "wasn't", 'wasn’t', "isn't", 'isn’t', "won't", 'won’t', "wouldn't", 'wouldn’t',
]);

/** Words that end a source phrase when walking back from a cue. */
export const EN_SOURCE_STOP: ReadonlySet<string> = new Set([
  'that', 'which', 'whom', 'whose', 'and', 'but', 'or', 'because', 'since', 'when', 'while', 'as', 'if',
  'although', 'though', 'after', 'before', 'than', 'so', 'where', 'how', 'why', 'what', 'whether', 'to',
  'who', 'not', 'nor', 'once', 'unless', 'until', 'whereas', 'whatever', 'whoever', 'said', 'says', 'told',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
]);

/** Pronoun sources resolved by coreference. */
export const EN_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its']);

/** Words that introduce a source after them: "according to X", "citing X", "quoting X". */
export const EN_PREP_CUES: ReadonlyArray<{ words: string[]; kind: 'according' | 'citing' }> = [
  { words: ['according', 'to'], kind: 'according' },
  { words: ['citing'], kind: 'citing' },
  { words: ['quoting'], kind: 'citing' },
  { words: ['referring', 'to'], kind: 'citing' },
  { words: ['per'], kind: 'according' },
];
