/**
 * Word lists the mention recognisers use to type capitalised names. Lower-case keys.
 */

/** Words that, inside a capitalised name, make it an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'forces', 'army', 'navy', 'agency', 'committee', 'council', 'party', 'government', 'department',
  'office', 'service', 'services', 'institute', 'university', 'bank', 'company', 'corporation', 'union',
  'parliament', 'duma', 'rada', 'kremlin', 'pentagon', 'nato', 'un', 'eu', 'command', 'brigade', 'battalion',
  'regiment', 'division', 'headquarters', 'administration', 'commission', 'court', 'police', 'guard',
  'federation', 'association', 'foundation', 'group', 'inc', 'corp', 'ltd', 'congress', 'senate', 'house',
  'white', 'fbi', 'cia', 'sbu', 'fsb', 'gru', 'osce', 'iaea', 'who', 'imf', 'raf', 'afu',
  'министерство', 'минобороны', 'мид', 'всу', 'зсу', 'вс', 'рф', 'кремль', 'госдума', 'дума', 'рада',
  'міністерство', 'міноборони', 'мзс', 'сбу', 'фсб', 'генштаб', 'штаб', 'нато', 'оон', 'ес', 'єс',
]);

/** Words that, inside or right after a capitalised name, make it a place. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'settlement', 'village', 'city', 'town', 'district', 'direction', 'province', 'county',
  'area', 'front', 'river', 'island', 'peninsula', 'republic', 'state', 'sea', 'mountains', 'valley',
  'область', 'области', 'село', 'селе', 'поселок', 'посёлок', 'город', 'района', 'район', 'направлении',
  'направление', 'напрямку', 'напрямок', 'місто', 'селище', 'районі', 'області',
]);

/** Countries, capitals, regions and cities frequent in the news Sift targets (lower case; keys). */
export const PLACES: ReadonlySet<string> = new Set([
  'ukraine', 'russia', 'belarus', 'moldova', 'georgia', 'poland', 'germany', 'france', 'britain', 'uk',
  'united kingdom', 'united states', 'us', 'usa', 'america', 'china', 'iran', 'israel', 'syria', 'turkey',
  'europe', 'crimea', 'donbass', 'donbas', 'donetsk', 'luhansk', 'lugansk', 'kharkiv', 'kharkov', 'kherson',
  'zaporizhzhia', 'zaporozhye', 'sumy', 'kyiv', 'kiev', 'moscow', 'odesa', 'odessa', 'lviv', 'dnipro',
  'mariupol', 'bakhmut', 'avdiivka', 'kursk', 'belgorod', 'bryansk', 'washington', 'london', 'paris',
  'berlin', 'brussels', 'warsaw', 'minsk', 'beijing', 'sevastopol', 'kupiansk', 'pokrovsk', 'chasiv yar',
  'украина', 'россия', 'украины', 'россии', 'украине', 'крым', 'донбасс', 'донецк', 'луганск', 'харьков',
  'херсон', 'запорожье', 'сумы', 'киев', 'москва', 'москве', 'україна', 'україни', 'росія', 'росії', 'крим',
  'донбас', 'харків', 'київ', 'суми', 'одеса', 'львів', 'дніпро', 'сша', 'европа', 'європа',
]);

/** Nationality and language adjectives: not names on their own. */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'ukrainian', 'russian', 'american', 'british', 'european', 'german', 'french', 'polish', 'chinese',
  'belarusian', 'western', 'eastern', 'soviet', 'nato', 'israeli', 'iranian', 'syrian', 'turkish',
  'democratic', 'republican', 'russian-speaking', 'pro-russian', 'pro-ukrainian', 'kremlin-backed',
]);

/** Capitalised words that begin sentences but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'with',
  'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'according', 'recent', 'recently',
  'however', 'meanwhile', 'also', 'yet', 'still', 'although', 'though', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'here', 'what', 'why', 'how', 'who',
  'where', 'which', 'amid', 'despite', 'during', 'since', 'until', 'compounding', 'conversely', 'for',
  'urgent', 'breaking', 'exclusive', 'update', 'one', 'some', 'many', 'most', 'all', 'no', 'not', 'both',
  'each', 'every', 'other', 'another', 'such', 'mr', 'mrs', 'ms', 'dr', 'по', 'в', 'на', 'и', 'но', 'как',
  'за', 'у', 'об', 'это', 'этот', 'ця', 'цей', 'це', 'як', 'та', 'і', 'й', 'он', 'она', 'они', 'він', 'вона',
  'вони', 'однако', 'проте', 'также', 'також',
]);
