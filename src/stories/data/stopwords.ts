/**
 * Frequent words that carry no story identity (English, Russian, Ukrainian), lower case.
 * Terms shorter than the minimum length are dropped anyway, so short function words are omitted.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'about', 'above', 'after', 'again', 'against', 'along', 'already', 'also', 'although', 'among', 'another',
  'around', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'could', 'does', 'doing', 'down',
  'during', 'each', 'either', 'even', 'ever', 'every', 'from', 'further', 'have', 'having', 'here', 'however',
  'into', 'itself', 'just', 'last', 'least', 'less', 'like', 'made', 'make', 'many', 'might', 'more', 'most',
  'much', 'must', 'never', 'news', 'once', 'only', 'other', 'others', 'over', 'own', 'rather', 'reported',
  'reports', 'said', 'same', 'says', 'several', 'should', 'since', 'some', 'still', 'such', 'than', 'that',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'under', 'until',
  'very', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'will', 'with', 'within', 'without',
  'would', 'year', 'years', 'your', 'according', 'citing', 'told', 'week', 'today', 'yesterday', 'people',
  'including', 'while', 'amid', 'across', 'raising', 'questions', 'underscores', 'reminder', 'stark',
  'situation', 'growing', 'recent', 'recently', 'continued', 'continue', 'however', 'meanwhile',
  // Russian
  'который', 'которые', 'которая', 'которого', 'также', 'после', 'более', 'менее', 'сообщил', 'сообщила',
  'сообщили', 'заявил', 'заявила', 'словам', 'ссылкой', 'время', 'этого', 'этом', 'этой', 'были', 'было',
  'будет', 'может', 'могут', 'чтобы', 'очень', 'только', 'когда', 'между', 'через', 'однако', 'сейчас',
  'сегодня', 'вчера', 'теперь', 'своей', 'своих', 'свою', 'своего', 'всего', 'всех', 'году', 'года',
  // Ukrainian
  'також', 'після', 'більше', 'менше', 'повідомив', 'повідомила', 'повідомили', 'заявив', 'заявила',
  'словами', 'посиланням', 'котрий', 'який', 'яка', 'які', 'цього', 'цьому', 'були', 'було', 'буде', 'може',
  'можуть', 'тільки', 'коли', 'через', 'однак', 'проте', 'зараз', 'сьогодні', 'вчора', 'свого', 'своїх',
  'року', 'році',
]);
