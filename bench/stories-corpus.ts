/**
 * The stories benchmark corpus: a deterministic, unbounded stream of FICTIONAL news articles in
 * publication order, with gold story labels. Everything is invented — people, places, outlets,
 * companies, organisations, domains (all `.example`), figures, quotes and events; names are built
 * from syllables, so any resemblance to real ones is accidental.
 *
 *   node --import tsx bench/stories-corpus.ts [--count 1000] [--out bench/corpus/stories.jsonl]
 *
 * The stream (see docs/benchmarks.md, "Stories", for the full description):
 *
 * - Every ~70 s of simulated time (exponential gaps) either an unrelated article appears (22 %)
 *   or a **source report** is published by a fictional outlet: an event of one of 8 kinds (fire,
 *   budget cut, court ruling, troop movement, strike, utility failure, procurement probe,
 *   contract) with its facts drawn once — a place, a second place, an organisation, a company,
 *   an official, an expert, the publishing outlet, three counts, a sum of money, a percentage,
 *   a date, a year and a quote.
 * - The report is retold by 1–12 **rewrites** (P(k) ∝ k^-1.3) on rewriter domains, each
 *   0.2–12 h later: other template variants for every fact, facts dropped and reordered, the
 *   publishing outlet and expert cited as the source, filler commentary; 12 % are near-verbatim
 *   **copies** (a paragraph dropped, a new headline); 10 % round one figure.
 * - 30 % of reports get a **translation** (en ↔ ru ↔ uk) of the original or of a rewrite, 8 % a
 *   second: the same template variants rendered from the translated templates.
 * - 15 % of events also get an **independent report**: another outlet, other figures, another
 *   expert and quote, same place, organisation, company and date — a story of its own (with 0–2
 *   rewrites of its own).
 * - Unrelated articles (sport, weather, festivals, product launches, and unretold hard news)
 *   are stories of one.
 *
 * Name pools are built from ~1,100 Latin/Cyrillic syllable pairs (so a name has a Russian and
 * Ukrainian spelling with the same script-independent key) and drawn with a Zipf–Mandelbrot
 * law, P(rank k) ∝ 1/(k + q): millions of possible surnames, places and companies, of which a
 * few hundred thousand occur in a million articles. Lower-case "jargon" words (syllables +
 * -ation/-ment/-ism/-ity) give the vocabulary a long tail. Articles are 300–700 words.
 *
 * `stream(seed)` yields articles lazily (memory stays flat at any size); the first N articles are
 * the same whatever the total, so the 10k corpus is a prefix of the 1M one. `skipTextBelow: k`
 * yields the first k articles as labels only (no text), for resuming a stream quickly;
 * `renderIf` renders only the articles it accepts (parallel producers split a stream that way).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random.js';

export const STORIES_SEED = 20261126;
export type Lang = 'en' | 'ru' | 'uk';
export type Kind = 'original' | 'rewrite' | 'copy' | 'translation' | 'independent' | 'unrelated';
const LANGS: readonly Lang[] = ['en', 'ru', 'uk'];
const LI: Record<Lang, 0 | 1 | 2> = { en: 0, ru: 1, uk: 2 };

/** A fact the text states, as the generator rendered it (for the --lookup-only fingerprints). */
export interface ArticleFacts {
  /** Names as written: people, places, organisations' proper parts, companies, outlets. */
  names: string[];
  /** Person full names (a subset of `names`): fingerprints add their surname on its own. */
  persons: string[];
  /** Numbers as values, the way the number recogniser reads the rendered figures. */
  numbers: string[];
  /** Dates as MM-DD. */
  dates: string[];
  /** Years mentioned. */
  years: string[];
  /** Cited chains, outermost first, as names (no article/quote marks). */
  chains: string[][];
}

/**
 * One rendered sentence-sized unit: which template produced it (`shape`, the same for every
 * rendering of that template whatever its slot values), where it is in the text, and the names
 * rendered into it. The synthetic fingerprints use it to reuse per-template analyses.
 */
export interface RenderedPart {
  shape: string;
  start: number;
  end: number;
  names: string[];
}

export interface GenArticle {
  /** Position in the stream (0-based), which is publication order. */
  n: number;
  id: string;
  url: string;
  domain: string;
  published: string;
  title: string;
  lang: Lang;
  text: string;
  words: number;
  /** Gold story: articles retelling one source report share it. */
  gold: number;
  kind: Kind;
  facts: ArticleFacts;
  parts: RenderedPart[];
  fictional: true;
}

// ------------------------------------------------------------------ randomness

export type Rng = () => number;

const pickI = (r: Rng, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[pickI(r, xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: Rng, p: number): boolean => r() < p;

/** Zipf–Mandelbrot rank in [0, v): P(k) ∝ 1/(k + 1 + q), by inverting the continuous law. */
function zipf(r: Rng, v: number, q: number): number {
  const lo = Math.log(q + 1);
  const hi = Math.log(v + q + 1);
  const k = Math.floor(Math.exp(lo + r() * (hi - lo)) - q - 1);
  return Math.min(v - 1, Math.max(0, k));
}

/** A fixed pseudo-random permutation of rank → pool index (so rank 0 is not "Ba Ba"). */
function scramble(k: number, v: number): number {
  // Affine map with an odd multiplier coprime to v (v is never a multiple of the multiplier's primes here).
  return Number((BigInt(k) * 2654435761n + 97n) % BigInt(v));
}

// ------------------------------------------------------------------ syllables and names

/** Latin and Cyrillic spellings that transliterate to the same key (see src/mentions/keys.ts). */
const ONSETS: ReadonlyArray<readonly [string, string]> = [
  ['b', 'б'], ['v', 'в'], ['d', 'д'], ['z', 'з'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['f', 'ф'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'],
  ['g', 'г'], ['kh', 'х'], ['ts', 'ц'], ['br', 'бр'], ['dr', 'др'], ['kr', 'кр'], ['st', 'ст'],
  ['tr', 'тр'], ['gr', 'гр'], ['sl', 'сл'], ['pr', 'пр'], ['vl', 'вл'],
];
const VOWELS: ReadonlyArray<readonly [string, string, string]> = [
  ['a', 'а', 'а'], ['o', 'о', 'о'], ['u', 'у', 'у'], ['e', 'е', 'е'], ['i', 'и', 'і'],
];
const CODAS: ReadonlyArray<readonly [string, string]> = [['', ''], ['n', 'н'], ['r', 'р'], ['l', 'л'], ['s', 'с'], ['k', 'к'], ['m', 'м'], ['v', 'в']];
const SYL = ONSETS.length * VOWELS.length * CODAS.length; // 1,120

/** One syllable by number: [latin, russian, ukrainian]. */
function syllable(i: number): [string, string, string] {
  const o = ONSETS[i % ONSETS.length];
  const v = VOWELS[Math.floor(i / ONSETS.length) % VOWELS.length];
  const c = CODAS[Math.floor(i / (ONSETS.length * VOWELS.length)) % CODAS.length];
  return [o[0] + v[0] + c[0], o[1] + v[1] + c[1], o[1] + v[2] + c[1]];
}

const capW = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A word in three spellings. */
export type Tri = readonly [string, string, string];

/**
 * Syllables from the digits of `x` in base SYL, then a suffix; a vowel-initial suffix after an
 * open syllable gets a linking consonant (v/в), so "bora" + "ov" is "Boravov", not "Boraov".
 */
function word(x: number, syllables: number, suffix: Tri): Tri {
  const out: [string, string, string] = ['', '', ''];
  for (let s = 0; s < syllables; s++) {
    const y = syllable(x % SYL);
    x = Math.floor(x / SYL);
    out[0] += y[0];
    out[1] += y[1];
    out[2] += y[2];
  }
  if (/^[aeiouy]/.test(suffix[0]) && /[aeiou]$/.test(out[0])) {
    out[0] += 'v';
    out[1] += 'в';
    out[2] += 'в';
  }
  return [out[0] + suffix[0], out[1] + suffix[1], out[2] + suffix[2]];
}

interface Person {
  name: Tri;
  last: Tri;
  female: boolean;
}

const SURNAME_SUFFIX: ReadonlyArray<{ m: Tri; f: Tri }> = [
  { m: ['ov', 'ов', 'ов'], f: ['ova', 'ова', 'ова'] },
  { m: ['in', 'ин', 'ін'], f: ['ina', 'ина', 'іна'] },
  ...(
    [
      ['enko', 'енко', 'енко'], ['uk', 'ук', 'ук'], ['ich', 'ич', 'іч'], ['ak', 'ак', 'ак'], ['son', 'сон', 'сон'],
      ['ton', 'тон', 'тон'], ['berg', 'берг', 'берг'], ['ani', 'ани', 'ані'], ['ez', 'ез', 'ез'], ['ley', 'лей', 'лей'],
      ['man', 'ман', 'ман'], ['ard', 'ард', 'ард'],
    ] as Tri[]
  ).map((t) => ({ m: t, f: t })),
];
const FIRST_POOL = 12_000;
const SURNAME_POOL = SYL * SYL * SURNAME_SUFFIX.length; // ≈ 17.6 M

function person(r: Rng): Person {
  const female = chance(r, 0.4);
  const f = scramble(zipf(r, FIRST_POOL, 30), FIRST_POOL);
  // Feminine first names end in -a, masculine ones never do (Slavic readers infer gender from it).
  let first = word(f, 2, ['', '', '']);
  if (/[aeiou]$/.test(first[0])) first = female ? (first.map((w) => w.slice(0, -1) + (w === first[0] ? 'a' : 'а')) as unknown as Tri) : [first[0] + 'n', first[1] + 'н', first[2] + 'н'];
  else if (female) first = [first[0] + 'a', first[1] + 'а', first[2] + 'а'];
  const l = scramble(zipf(r, SURNAME_POOL, 60), SURNAME_POOL);
  const suf = SURNAME_SUFFIX[l % SURNAME_SUFFIX.length];
  const last = word(Math.floor(l / SURNAME_SUFFIX.length), 2, female ? suf.f : suf.m);
  const name: Tri = [0, 1, 2].map((i) => `${capW(first[i])} ${capW(last[i])}`) as unknown as Tri;
  return { name, last: last.map(capW) as unknown as Tri, female };
}

const PLACE_SUFFIX: readonly Tri[] = [
  ['grad', 'град', 'град'], ['sk', 'ск', 'ськ'], ['ovo', 'ово', 'ово'], ['burg', 'бург', 'бург'], ['port', 'порт', 'порт'],
  ['ino', 'ино', 'іно'], ['dal', 'даль', 'даль'], ['stad', 'стад', 'стад'], ['mir', 'мир', 'мир'], ['vets', 'вец', 'вець'],
];
const PLACE_POOL = SYL * SYL * PLACE_SUFFIX.length; // ≈ 12.5 M

function place(r: Rng, q = 25): Tri {
  const k = scramble(zipf(r, PLACE_POOL, q), PLACE_POOL);
  return word(Math.floor(k / PLACE_SUFFIX.length), 2, PLACE_SUFFIX[k % PLACE_SUFFIX.length]).map(capW) as unknown as Tri;
}

const COMPANY_TYPE = ['Logistics', 'Energy', 'Steel', 'Foods', 'Systems', 'Shipping', 'Holdings', 'Pharma', 'Construction', 'Telecom'];
const COMPANY_POOL = SYL * SYL * 8;

interface Company {
  /** Brand, three spellings. */
  brand: Tri;
  type: string;
}
function company(r: Rng): Company {
  const k = scramble(zipf(r, COMPANY_POOL, 40), COMPANY_POOL);
  return { brand: word(Math.floor(k / 8), 2, ['', '', '']).map(capW) as unknown as Tri, type: COMPANY_TYPE[k % COMPANY_TYPE.length] };
}

/** Organisation types: English name after the place; Russian and Ukrainian nominative, genitive, locative, instrumental before it. */
type Forms4 = readonly [string, string, string, string];
/** Grammatical gender in Russian and Ukrainian (for verb agreement). */
type Gender = 0 | 1 | 2;
const ORG_TYPES: ReadonlyArray<{ en: string; ru: Forms4; uk: Forms4; g: readonly [Gender, Gender] }> = [
  { en: 'Harbour Authority', ru: ['управление порта', 'управления порта', 'управлении порта', 'управлением порта'], uk: ['управління порту', 'управління порту', 'управлінні порту', 'управлінням порту'], g: [2, 2] },
  { en: 'Water Board', ru: ['водоканал города', 'водоканала города', 'водоканале города', 'водоканалом города'], uk: ['водоканал міста', 'водоканалу міста', 'водоканалі міста', 'водоканалом міста'], g: [0, 0] },
  { en: 'City Council', ru: ['городской совет', 'городского совета', 'городском совете', 'городским советом'], uk: ['міська рада', 'міської ради', 'міській раді', 'міською радою'], g: [0, 1] },
  { en: 'Transport Department', ru: ['департамент транспорта', 'департамента транспорта', 'департаменте транспорта', 'департаментом транспорта'], uk: ['департамент транспорту', 'департаменту транспорту', 'департаменті транспорту', 'департаментом транспорту'], g: [0, 0] },
  { en: 'District Court', ru: ['районный суд', 'районного суда', 'районном суде', 'районным судом'], uk: ['районний суд', 'районного суду', 'районному суді', 'районним судом'], g: [0, 0] },
  { en: 'Energy Agency', ru: ['энергетическое агентство', 'энергетического агентства', 'энергетическом агентстве', 'энергетическим агентством'], uk: ['енергетичне агентство', 'енергетичного агентства', 'енергетичному агентстві', 'енергетичним агентством'], g: [2, 2] },
  { en: 'Health Inspectorate', ru: ['санитарная инспекция', 'санитарной инспекции', 'санитарной инспекции', 'санитарной инспекцией'], uk: ['санітарна інспекція', 'санітарної інспекції', 'санітарній інспекції', 'санітарною інспекцією'], g: [1, 1] },
  { en: 'Defence Command', ru: ['штаб обороны', 'штаба обороны', 'штабе обороны', 'штабом обороны'], uk: ['штаб оборони', 'штабу оборони', 'штабі оборони', 'штабом оборони'], g: [0, 0] },
  { en: 'Audit Office', ru: ['контрольно-счётная палата', 'контрольно-счётной палаты', 'контрольно-счётной палате', 'контрольно-счётной палатой'], uk: ['рахункова палата', 'рахункової палати', 'рахунковій палаті', 'рахунковою палатою'], g: [1, 1] },
  { en: 'Housing Authority', ru: ['жилищное управление', 'жилищного управления', 'жилищном управлении', 'жилищным управлением'], uk: ['житлове управління', 'житлового управління', 'житловому управлінні', 'житловим управлінням'], g: [2, 2] },
];

interface Org {
  type: (typeof ORG_TYPES)[number];
  place: Tri;
}

const OUTLET_TYPE: ReadonlyArray<{ en: string; ru: string; uk: string }> = [
  { en: 'Courier', ru: 'курьер', uk: "кур'єр" },
  { en: 'Herald', ru: 'вестник', uk: 'вісник' },
  { en: 'Observer', ru: 'обозреватель', uk: 'оглядач' },
  { en: 'Telegraph', ru: 'телеграф', uk: 'телеграф' },
  { en: 'Chronicle', ru: 'хроникёр', uk: 'хронікер' },
  { en: 'Messenger', ru: 'посыльный', uk: 'посланець' },
];

interface Outlet {
  /** "Lornburg Courier" / «Лорнбургский курьер» / «Лорнбурзький кур'єр» (without the article or marks). */
  name: Tri;
  domain: string;
}

/** Russian/Ukrainian adjective of a place name: Лорнбург → Лорнбургский / Лорнбурзький (simplified). */
function placeAdj(p: string, uk: boolean): string {
  const stem = /[аоеиі]$/.test(p) ? p.slice(0, -1) : p;
  return stem + (uk ? 'ський' : 'ский');
}

function outlet(r: Rng): Outlet {
  const p = place(r, 5);
  const t = pick(r, OUTLET_TYPE);
  return {
    name: [`${p[0]} ${t.en}`, `${placeAdj(p[1], false)} ${t.ru}`, `${placeAdj(p[2], true)} ${t.uk}`],
    domain: `${p[0].toLowerCase()}-${t.en.toLowerCase()}.example`,
  };
}

const REWRITER_SUFFIX = ['news', 'today', 'daily', 'info', '24', 'post', 'times', 'wire', 'digest', 'now'];
const REWRITER_POOL = 6000;
function rewriterDomain(r: Rng): string {
  const k = scramble(zipf(r, REWRITER_POOL, 10), REWRITER_POOL);
  const w = word(Math.floor(k / REWRITER_SUFFIX.length) + 7, 2, ['', '', ''])[0];
  return `${w}${REWRITER_SUFFIX[k % REWRITER_SUFFIX.length]}.example`;
}

const JARGON_SUFFIX: readonly Tri[] = [['ation', 'ация', 'ація'], ['ment', 'мент', 'мент'], ['ism', 'изм', 'ізм'], ['ity', 'итет', 'ітет'], ['ure', 'ура', 'ура']];
const JARGON_POOL = SYL * 40 * JARGON_SUFFIX.length;
/** A lower-case pseudo-word of the vocabulary's long tail ("borvation" / "борвация" / "борвація"). */
function jargon(r: Rng): Tri {
  const k = scramble(zipf(r, JARGON_POOL, 200), JARGON_POOL);
  return word(Math.floor(k / JARGON_SUFFIX.length), 2, JARGON_SUFFIX[k % JARGON_SUFFIX.length]);
}

// ------------------------------------------------------------------ slot vocabularies

const EXPERT_ROLES: readonly Tri[] = [
  ['military analyst', 'военный аналитик', 'військовий аналітик'],
  ['economist', 'экономист', 'економіст'],
  ['political scientist', 'политолог', 'політолог'],
  ['energy analyst', 'энергетический аналитик', 'енергетичний аналітик'],
  ['independent expert', 'независимый эксперт', 'незалежний експерт'],
  ['labour lawyer', 'юрист по трудовым спорам', 'юрист із трудових спорів'],
  ['transport researcher', 'исследователь транспорта', 'дослідник транспорту'],
  ['former prosecutor', 'бывший прокурор', 'колишній прокурор'],
  ['local journalist', 'местный журналист', 'місцевий журналіст'],
];
const OFFICIAL_ROLES: readonly Tri[] = [
  ['the mayor of {place}', 'мэр города {place}', 'мер міста {place}'],
  ['a spokesperson for the {org}', 'пресс-секретарь {orgGen}', 'речник {orgGen}'],
  ['the head of the {org}', 'глава {orgGen}', 'голова {orgGen}'],
  ['deputy head of the {org}', 'заместитель главы {orgGen}', 'заступник голови {orgGen}'],
  ['a regional councillor', 'депутат областного совета', 'депутат обласної ради'],
];
const ISSUES: readonly Tri[] = [
  ['public procurement', 'госзакупок', 'держзакупівель'], ['local budgets', 'местных бюджетов', 'місцевих бюджетів'],
  ['energy prices', 'цен на энергоносители', 'цін на енергоносії'], ['housing repairs', 'ремонта жилья', 'ремонту житла'],
  ['water supply', 'водоснабжения', 'водопостачання'], ['road safety', 'безопасности на дорогах', 'безпеки на дорогах'],
  ['public transport', 'общественного транспорта', 'громадського транспорту'], ['waste collection', 'вывоза мусора', 'вивезення сміття'],
  ['school funding', 'финансирования школ', 'фінансування шкіл'], ['hospital staffing', 'нехватки врачей', 'нестачі лікарів'],
  ['port logistics', 'портовой логистики', 'портової логістики'], ['grain exports', 'экспорта зерна', 'експорту зерна'],
  ['fuel supplies', 'поставок топлива', 'постачання пального'], ['heating tariffs', 'тарифов на отопление', 'тарифів на опалення'],
  ['military recruitment', 'военного призыва', 'військового призову'], ['border controls', 'пограничного контроля', 'прикордонного контролю'],
  ['tax collection', 'сбора налогов', 'збору податків'], ['small business', 'малого бизнеса', 'малого бізнесу'],
  ['pension payments', 'пенсионных выплат', 'пенсійних виплат'], ['flood defences', 'защиты от наводнений', 'захисту від повеней'],
  ['rail freight', 'железнодорожных перевозок', 'залізничних перевезень'], ['air quality', 'качества воздуха', 'якості повітря'],
  ['coastal erosion', 'размыва берегов', 'розмиву берегів'], ['land registration', 'регистрации земли', 'реєстрації землі'],
  ['municipal debt', 'муниципального долга', 'муніципального боргу'], ['food prices', 'цен на продукты', 'цін на продукти'],
  ['wage arrears', 'задолженности по зарплатам', 'заборгованості із зарплат'], ['mining safety', 'безопасности на шахтах', 'безпеки на шахтах'],
  ['bridge maintenance', 'содержания мостов', 'утримання мостів'], ['rural clinics', 'сельских больниц', 'сільських лікарень'],
  ['emergency services', 'экстренных служб', 'екстрених служб'], ['labour migration', 'трудовой миграции', 'трудової міграції'],
  ['internet access', 'доступа к интернету', 'доступу до інтернету'], ['court backlogs', 'судебной волокиты', 'судової тяганини'],
  ['childcare places', 'мест в детских садах', 'місць у дитсадках'], ['rent controls', 'регулирования аренды', 'регулювання оренди'],
  ['cross-border trade', 'приграничной торговли', 'прикордонної торгівлі'], ['river shipping', 'речного судоходства', 'річкового судноплавства'],
  ['forest management', 'управления лесами', 'управління лісами'], ['veterans’ benefits', 'льгот ветеранам', 'пільг ветеранам'],
  ['medicine shortages', 'нехватки лекарств', 'нестачі ліків'], ['farm subsidies', 'аграрных субсидий', 'аграрних субсидій'],
  ['electricity tariffs', 'тарифов на электроэнергию', 'тарифів на електроенергію'], ['police reform', 'реформы полиции', 'реформи поліції'],
  ['vocational training', 'профессионального обучения', 'професійного навчання'], ['airport expansion', 'расширения аэропорта', 'розширення аеропорту'],
  ['sewage treatment', 'очистки сточных вод', 'очищення стічних вод'], ['public tenders', 'публичных тендеров', 'публічних тендерів'],
  ['customs clearance', 'таможенного оформления', 'митного оформлення'], ['disability services', 'помощи людям с инвалидностью', 'допомоги людям з інвалідністю'],
  ['ambulance response times', 'времени приезда скорой', 'часу прибуття швидкої'], ['local elections', 'местных выборов', 'місцевих виборів'],
  ['coal imports', 'импорта угля', 'імпорту вугілля'], ['steel output', 'выпуска стали', 'виробництва сталі'],
  ['irrigation canals', 'оросительных каналов', 'зрошувальних каналів'], ['university funding', 'финансирования университетов', 'фінансування університетів'],
  ['bus routes', 'автобусных маршрутов', 'автобусних маршрутів'], ['storm drains', 'ливневой канализации', 'зливової каналізації'],
  ['gas storage', 'хранения газа', 'зберігання газу'], ['data protection', 'защиты данных', 'захисту даних'],
];

/** Commentary built from parts: [opener,] subject + verb + clause — thousands of combinations. */
const OPENERS: readonly T3[] = [
  ['In recent weeks,', 'В последние недели', 'Останніми тижнями'], ['By most accounts,', 'По большинству оценок,', 'За більшістю оцінок,'],
  ['At the same time,', 'В то же время', 'Водночас'], ['In practice,', 'На практике', 'На практиці'],
  ['Even so,', 'Тем не менее', 'Попри це'], ['Privately,', 'В частных беседах', 'У приватних розмовах'],
  ['Behind closed doors,', 'За закрытыми дверями', 'За зачиненими дверима'], ['Since the spring,', 'С весны', 'Від весни'],
  ['Over the past decade,', 'За последнее десятилетие', 'За останнє десятиліття'], ['On social media,', 'В соцсетях', 'У соцмережах'],
  ['In the provinces,', 'В провинции', 'У провінції'], ['Across the region,', 'По всему региону', 'По всьому регіону'],
  ['For months,', 'Месяцами', 'Місяцями'], ['Predictably,', 'Как и следовало ожидать,', 'Як і слід було очікувати,'],
  ['Meanwhile,', 'Тем временем', 'Тим часом'], ['In interviews,', 'В интервью', 'В інтерв’ю'],
  ['Elsewhere in the country,', 'В других частях страны', 'В інших частинах країни'], ['Not for the first time,', 'Уже не в первый раз', 'Уже не вперше'],
  ['Judging by the reaction,', 'Судя по реакции,', 'Судячи з реакції,'], ['Looking ahead,', 'Заглядывая вперёд,', 'Зазираючи наперед,'],
  ['In fairness,', 'Справедливости ради,', 'Справедливості заради,'], ['As things stand,', 'При нынешнем положении дел', 'За нинішнього стану речей'],
];
const SUBJECTS: readonly T3[] = [
  ['local traders', 'местные торговцы', 'місцеві торговці'], ['several councillors', 'несколько депутатов', 'кілька депутатів'],
  ['transport unions', 'транспортные профсоюзы', 'транспортні профспілки'], ['pensioners’ groups', 'объединения пенсионеров', 'об’єднання пенсіонерів'],
  ['independent auditors', 'независимые аудиторы', 'незалежні аудитори'], ['opposition deputies', 'оппозиционные депутаты', 'опозиційні депутати'],
  ['farmers in the district', 'фермеры района', 'фермери району'], ['small landlords', 'мелкие арендодатели', 'дрібні орендодавці'],
  ['hospital managers', 'руководители больниц', 'керівники лікарень'], ['school directors', 'директора школ', 'директори шкіл'],
  ['freight operators', 'грузоперевозчики', 'вантажоперевізники'], ['energy traders', 'энергетические трейдеры', 'енергетичні трейдери'],
  ['municipal engineers', 'муниципальные инженеры', 'муніципальні інженери'], ['consumer advocates', 'защитники прав потребителей', 'захисники прав споживачів'],
  ['retired officials', 'отставные чиновники', 'відставні посадовці'], ['young families', 'молодые семьи', 'молоді родини'],
  ['taxi drivers', 'таксисты', 'таксисти'], ['bank economists', 'банковские экономисты', 'банківські економісти'],
  ['insurance brokers', 'страховые брокеры', 'страхові брокери'], ['construction firms', 'строительные фирмы', 'будівельні фірми'],
  ['civic activists', 'гражданские активисты', 'громадські активісти'], ['environmental campaigners', 'экологические активисты', 'екологічні активісти'],
  ['legal scholars', 'правоведы', 'правознавці'], ['port workers', 'портовые рабочие', 'портові робітники'],
  ['shopkeepers in the old town', 'владельцы лавок в старом городе', 'власники крамниць у старому місті'], ['district doctors', 'участковые врачи', 'дільничні лікарі'],
  ['volunteer firefighters', 'пожарные-добровольцы', 'пожежники-добровольці'], ['regional bloggers', 'региональные блогеры', 'регіональні блогери'],
  ['property developers', 'застройщики', 'забудовники'], ['academic researchers', 'университетские исследователи', 'університетські дослідники'],
  ['trade associations', 'отраслевые ассоциации', 'галузеві асоціації'], ['commuters', 'пассажиры пригородных поездов', 'пасажири приміських поїздів'],
  ['rural mayors', 'сельские главы', 'сільські голови'], ['budget analysts', 'бюджетные аналитики', 'бюджетні аналітики'],
  ['tenant associations', 'объединения жильцов', 'об’єднання мешканців'], ['grain exporters', 'экспортёры зерна', 'експортери зерна'],
  ['fishing cooperatives', 'рыболовецкие кооперативы', 'рибальські кооперативи'], ['logistics managers', 'логисты', 'логісти'],
  ['military veterans', 'ветераны', 'ветерани'], ['human rights lawyers', 'правозащитники', 'правозахисники'],
];
const VERBS_THAT: readonly T3[] = [
  ['warn that', 'предупреждают, что', 'попереджають, що'], ['argue that', 'утверждают, что', 'стверджують, що'],
  ['fear that', 'опасаются, что', 'побоюються, що'], ['suspect that', 'подозревают, что', 'підозрюють, що'],
  ['point out that', 'указывают, что', 'вказують, що'], ['complain that', 'жалуются, что', 'скаржаться, що'],
  ['insist that', 'настаивают, что', 'наполягають, що'], ['believe that', 'считают, что', 'вважають, що'],
  ['doubt that', 'сомневаются, что', 'сумніваються, що'], ['have long said that', 'давно говорят, что', 'давно кажуть, що'],
  ['predict that', 'прогнозируют, что', 'прогнозують, що'], ['expect that', 'ожидают, что', 'очікують, що'],
  ['note that', 'отмечают, что', 'зазначають, що'], ['admit that', 'признают, что', 'визнають, що'],
  ['claim that', 'заявляют, что', 'заявляють, що'], ['worry that', 'беспокоятся, что', 'непокояться, що'],
  ['have repeatedly warned that', 'неоднократно предупреждали, что', 'неодноразово попереджали, що'], ['remain convinced that', 'по-прежнему убеждены, что', 'досі переконані, що'],
  ['say privately that', 'в частных беседах говорят, что', 'у приватних розмовах кажуть, що'], ['agree that', 'соглашаются, что', 'погоджуються, що'],
];
const CLAUSES: readonly T3[] = [
  ['the debate over {issue} is far from over', 'споры вокруг {issue} далеки от завершения', 'суперечки навколо {issue} далекі від завершення'],
  ['spending on {issue} has been cut too often', 'расходы в сфере {issue} урезали слишком часто', 'видатки у сфері {issue} урізали надто часто'],
  ['the rules on {issue} are routinely ignored', 'правила в сфере {issue} регулярно игнорируются', 'правила у сфері {issue} регулярно ігнорують'],
  ['{place} cannot afford another year of delays', 'город {place} не может позволить себе ещё год задержек', 'місто {place} не може дозволити собі ще рік затримок'],
  ['the so-called {jargon} will only make things worse', 'явление, известное как {jargon}, лишь ухудшит положение', 'явище, відоме як {jargon}, лише погіршить становище'],
  ['nobody has a clear plan for {issue}', 'ни у кого нет ясного плана в сфере {issue}', 'ні в кого немає чіткого плану у сфері {issue}'],
  ['the problem of {issue} was visible years ago', 'проблема {issue} была заметна ещё годы назад', 'проблема {issue} була помітна ще роки тому'],
  ['the real costs of {issue} are hidden from the public', 'реальная стоимость {issue} скрыта от общества', 'реальна вартість {issue} прихована від суспільства'],
  ['the figures on {issue} do not add up', 'цифры в сфере {issue} не сходятся', 'цифри у сфері {issue} не сходяться'],
  ['the reform of {issue} has stalled', 'реформа {issue} застопорилась', 'реформа {issue} загальмувала'],
  ['{jargon} is being used as an excuse', '{jargon} служит удобным оправданием', '{jargon} слугує зручним виправданням'],
  ['the authorities underestimated {issue}', 'власти недооценили проблему {issue}', 'влада недооцінила проблему {issue}'],
  ['money meant for {issue} ends up in the wrong hands', 'деньги на нужды {issue} оказываются не в тех руках', 'гроші на потреби {issue} опиняються не в тих руках'],
  ['the trouble with {issue} will spread to {rplace}', 'проблемы в сфере {issue} перекинутся на город {rplace}', 'проблеми у сфері {issue} пошириться на місто {rplace}'],
  ['the next winter will test {issue} again', 'следующая зима снова станет испытанием для {issue}', 'наступна зима знову стане випробуванням для {issue}'],
  ['{place} is paying for decisions taken elsewhere', 'город {place} расплачивается за решения, принятые в другом месте', 'місто {place} розплачується за рішення, ухвалені деінде'],
  ['the public mood has shifted', 'настроения в обществе изменились', 'настрої в суспільстві змінилися'],
  ['inspections rarely lead to real change', 'проверки редко приводят к реальным переменам', 'перевірки рідко призводять до реальних змін'],
  ['the so-called {jargon} has quietly become the norm', 'практика, известная как {jargon}, незаметно стала нормой', 'практика, відома як {jargon}, непомітно стала нормою'],
  ['the cost of {issue} will keep rising', 'стоимость {issue} продолжит расти', 'вартість {issue} і далі зростатиме'],
];
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// ------------------------------------------------------------------ templates
//
// Every template is a triple [English, Russian, Ukrainian] of one meaning, so a translation
// renders the same variant in another language. Slots: {place} {place2} {org} {orgGen} {orgLoc}
// {company} {companyGen} {outlet} {outletGen} {outletDat} {expert} {expertLast} {expRole}
// {official} {offRole} {n1} {n2} {n3} {money} {pct} {date} {day} {year} {quote} {issue}
// {jargon} {rplace} {rperson}; [masculine|feminine:expert] agrees with a person's gender.

type T3 = readonly [string, string, string];

interface EventKind {
  name: string;
  /** ORG_TYPES the event's organisation is drawn from (default: the civil ones). */
  orgs?: readonly number[];
  head: readonly T3[];
  /** Clauses (no final stop) that a lead wraps: "According to X, <clause>." */
  core: readonly T3[];
  detail: readonly T3[];
  cons: readonly T3[];
  quote: readonly T3[];
}

const HARD: readonly EventKind[] = [
  {
    name: 'fire',
    head: [
      ['Fire at {company} warehouse in {place} injures {n1}', 'Пожар на складе {companyGen} в городе {place}: пострадавших более {n1}', 'Пожежа на складі {companyGen} у місті {place}: постраждалих понад {n1}'],
      ['{place} warehouse blaze: {company} counts the damage', 'Пожар в городе {place}: {company} подсчитывает ущерб', 'Пожежа у місті {place}: {company} підраховує збитки'],
    ],
    core: [
      ['a fire broke out at a warehouse of {company} in {place} on {date}, injuring more than {n1} workers', 'на складе {companyGen} в городе {place} {date} вспыхнул пожар, пострадали более {n1} рабочих', 'на складі {companyGen} у місті {place} {date} спалахнула пожежа, постраждали понад {n1} працівників'],
      ['more than {n1} workers were hurt when fire swept through a {company} depot in {place} on {date}', 'более {n1} рабочих пострадали при пожаре на базе {companyGen} в городе {place} {date}', 'понад {n1} працівників постраждали під час пожежі на базі {companyGen} у місті {place} {date}'],
      ['firefighters spent the night of {date} fighting a blaze at the {company} site in {place}, where more than {n1} people were injured', 'в ночь на {date} пожарные тушили возгорание на объекте {companyGen} в городе {place}, пострадали более {n1} человек', 'у ніч на {date} рятувальники гасили пожежу на об’єкті {companyGen} у місті {place}, постраждали понад {n1} осіб'],
    ],
    detail: [
      ['According to the emergency services, {n2} fire crews were sent to the site and the flames covered about {n3} square metres.', 'По данным спасателей, на место направили {n2~пожарный расчёт~пожарных расчёта~пожарных расчётов}, площадь возгорания составила около {n3} квадратных метров.', 'За даними рятувальників, на місце направили {n2~пожежний розрахунок~пожежні розрахунки~пожежних розрахунків}, площа займання становила близько {n3} квадратних метрів.'],
      ['The company estimated its losses at {money}.', 'Компания оценила свои потери в {money}.', 'Компанія оцінила свої втрати у {money}.'],
      ['Of the injured, {n2} were taken to hospital in {place2}.', 'Из пострадавших {n2} доставлены в больницу в городе {place2}.', 'З постраждалих {n2} доставили до лікарні у місті {place2}.'],
    ],
    cons: [
      ['Inspectors from the {org} have opened an investigation into fire safety at the depot.', 'Инспекторы {orgGen} начали проверку пожарной безопасности на складе.', 'Інспектори {orgGen} розпочали перевірку пожежної безпеки на складі.'],
      ['Work at the site has been suspended until at least {year}, the company said.', 'Работы на объекте приостановлены как минимум до {year} года, сообщили в компании.', 'Роботи на об’єкті призупинено щонайменше до {year} року, повідомили в компанії.'],
    ],
    quote: [
      ['The alarms at that depot had not worked for {n2} months', 'Сигнализация на этом складе не работала {n2~месяц~месяца~месяцев}', 'Сигналізація на цьому складі не працювала {n2~місяць~місяці~місяців}'],
      ['Everyone in {place} knew this warehouse was a fire trap', 'Все в городе {place} знали, что этот склад опасен', 'Усі в місті {place} знали, що цей склад небезпечний'],
    ],
  },
  {
    name: 'budget',
    head: [
      ['{org} to cut spending by {pct}', '{org} сократит расходы на {pct}', '{org} скоротить видатки на {pct}'],
      ['Budget squeeze in {place}: {org} plans deep cuts', 'Бюджет под нож: {org} готовит сокращения', 'Бюджет під ніж: {org} готує скорочення'],
    ],
    core: [
      ['the {org} plans to cut its spending by {pct} next year, including {money} from repair programmes', '{org} планирует сократить расходы на {pct} в следующем году, в том числе {money} на ремонтные программы', '{org} планує скоротити видатки на {pct} наступного року, зокрема {money} на ремонтні програми'],
      ['the {org} will trim {pct} from its budget, a draft approved on {date} shows', '{org} урежет бюджет на {pct}, следует из проекта, одобренного {date}', '{org} зменшить бюджет на {pct}, свідчить проєкт, схвалений {date}'],
      ['a draft budget approved on {date} would leave the {org} with {pct} less money and about {n1} fewer staff', 'по проекту бюджета, одобренному {date}, {org} лишится {pct} средств и около {n1} сотрудников', 'за проєктом бюджету, схваленим {date}, {org} втратить {pct} коштів і близько {n1} працівників'],
    ],
    detail: [
      ['The plan foresees about {n1} job losses and the closure of {n2} offices.', 'План предусматривает сокращение около {n1} рабочих мест и закрытие {n2~отделения~отделений~отделений}.', 'План передбачає скорочення близько {n1} робочих місць і закриття {n2~відділення~відділень~відділень}.'],
      ['Savings of {money} are expected by the end of {year}.', 'К концу {year} года ожидается экономия в {money}.', 'До кінця {year} року очікують економію у {money}.'],
      ['Some {n3} projects in {place} and {place2} would be postponed.', 'Около {n3} проектов в городах {place} и {place2} будут отложены.', 'Близько {n3} проєктів у містах {place} та {place2} буде відкладено.'],
    ],
    cons: [
      ['The draft still has to be approved by the regional assembly.', 'Проект ещё должен утвердить областной совет.', 'Проєкт ще має затвердити обласна рада.'],
      ['Trade unions have called a protest for {date}.', 'Профсоюзы назначили акцию протеста на {date}.', 'Профспілки призначили акцію протесту на {date}.'],
    ],
    quote: [
      ['We are being asked to do more with {pct} less', 'От нас требуют делать больше, имея на {pct} меньше', 'Від нас вимагають робити більше, маючи на {pct} менше'],
      ['These cuts will be felt in every district of {place}', 'Эти сокращения почувствует каждый район города {place}', 'Ці скорочення відчує кожен район міста {place}'],
    ],
  },
  {
    name: 'court',
    orgs: [4],
    head: [
      ['Court orders {company} to pay {money}', 'Суд обязал {companyAcc} выплатить {money}', 'Суд зобов’язав {companyAcc} виплатити {money}'],
      ['{company} loses case over {place} contract', '{company} проиграла дело о контракте в городе {place}', '{company} програла справу щодо контракту у місті {place}'],
    ],
    core: [
      ['the {org} ordered {company} on {date} to pay {money} to {n1} former employees', '{org} {date} обязал {companyAcc} выплатить {money} {n1} бывшим сотрудникам', '{org} {date} зобов’язав {companyAcc} виплатити {money} {n1} колишнім працівникам'],
      ['{company} must pay {money} in compensation after losing a case brought by {n1} workers, the {org} ruled on {date}', '{company} должна выплатить {money} компенсации после иска {n1~работника~работников~работников}, постановил {org} {date}', '{company} має виплатити {money} компенсації після позову {n1~працівника~працівників~працівників}, ухвалив {org} {date}'],
      ['in a ruling on {date}, the {org} sided with {n1} former staff of {company} and awarded them {money}', 'в решении от {date} {org} встал на сторону {n1~бывшего сотрудника~бывших сотрудников~бывших сотрудников} {companyGen} и присудил им {money}', 'у рішенні від {date} {org} став на бік {n1~колишнього працівника~колишніх працівників~колишніх працівників} {companyGen} і присудив їм {money}'],
    ],
    detail: [
      ['The case had been pending for {n2} months.', 'Дело рассматривалось {n2~месяц~месяца~месяцев}.', 'Справа розглядалася {n2~місяць~місяці~місяців}.'],
      ['The judge found that the company had withheld wages on {n3} occasions.', 'Судья установил, что компания задерживала зарплату {n3~раз~раза~раз}.', 'Суддя встановив, що компанія затримувала зарплату {n3~раз~рази~разів}.'],
      ['Lawyers for the workers had sought {pct} more.', 'Адвокаты работников требовали на {pct} больше.', 'Адвокати працівників вимагали на {pct} більше.'],
    ],
    cons: [
      ['The company has {n2} days to appeal.', 'У компании есть {n2~день~дня~дней} на обжалование.', 'Компанія має {n2~день~дні~днів} на оскарження.'],
      ['Similar claims are being prepared in {place2}.', 'Аналогичные иски готовятся в городе {place2}.', 'Аналогічні позови готують у місті {place2}.'],
    ],
    quote: [
      ['This ruling shows that nobody is above the law, not even {company}', 'Это решение показывает, что никто не выше закона, даже {company}', 'Це рішення показує, що ніхто не вищий за закон, навіть {company}'],
      ['We waited {n2} months for this day', 'Мы ждали этого дня {n2~месяц~месяца~месяцев}', 'Ми чекали на цей день {n2~місяць~місяці~місяців}'],
    ],
  },
  {
    name: 'troops',
    orgs: [7],
    head: [
      ['{n1} troops moved closer to {place}, expert says', 'Эксперт: к городу {place} переброшены {n1} военных', 'Експерт: до міста {place} перекинуто {n1} військових'],
      ['Troop build-up reported near {place}', 'У города {place} заметили скопление войск', 'Біля міста {place} помітили скупчення військ'],
    ],
    core: [
      ['about {n1} troops and {n2} armoured vehicles were moved closer to {place} on {date}', 'около {n1} военнослужащих и {n2} единиц бронетехники {date} переброшены ближе к городу {place}', 'близько {n1} військовослужбовців і {n2} одиниць бронетехніки {date} перекинуто ближче до міста {place}'],
      ['the {org} moved some {n1} soldiers to the outskirts of {place} on {date}', '{org} {date} перебросил около {n1} военных на окраины города {place}', '{org} {date} перекинув близько {n1} військових на околиці міста {place}'],
      ['satellite images taken on {date} show about {n2} vehicles and {n1} troops gathering near {place}', 'на спутниковых снимках от {date} видно около {n2} машин и {n1} военных у города {place}', 'на супутникових знімках від {date} видно близько {n2} машин і {n1} військових біля міста {place}'],
    ],
    detail: [
      ['The convoy stretched for about {n3} kilometres along the road from {place2}.', 'Колонна растянулась примерно на {n3~километр~километра~километров} по дороге из города {place2}.', 'Колона розтягнулася приблизно на {n3~кілометр~кілометри~кілометрів} дорогою з міста {place2}.'],
      ['At least {n2} field hospitals have been set up in the area.', 'В районе развернуто не менее {n2} полевых госпиталей.', 'У районі розгорнуто щонайменше {n2} польових шпиталів.'],
      ['The movement began {n3} hours before the announcement.', 'Переброска началась за {n3~час~часа~часов} до объявления.', 'Перекидання почалося за {n3~годину~години~годин} до оголошення.'],
    ],
    cons: [
      ['Residents of {place} were told to prepare for possible evacuation.', 'Жителям города {place} посоветовали готовиться к возможной эвакуации.', 'Мешканцям міста {place} порадили готуватися до можливої евакуації.'],
      ['Flights over the region were suspended until {date}.', 'Полёты над регионом приостановлены до {date}.', 'Польоти над регіоном призупинено до {date}.'],
    ],
    quote: [
      ['Nobody moves {n1} soldiers for an exercise', 'Никто не перебрасывает {n1~солдата~солдат~солдат} ради учений', 'Ніхто не перекидає {n1~солдата~солдатів~солдатів} заради навчань'],
      ['The next {n3} days will show what they intend', 'Следующие {n3~день~дня~дней} покажут, что они задумали', 'Наступні {n3~день~дні~днів} покажуть, що вони задумали'],
    ],
  },
  {
    name: 'strike',
    head: [
      ['{n1} workers strike at {company} in {place}', 'В городе {place} бастуют {n1~работник~работника~работников} {companyGen}', 'У місті {place} страйкують {n1~працівник~працівники~працівників} {companyGen}'],
      ['Strike halts {company} plant', 'Забастовка остановила завод {companyGen}', 'Страйк зупинив завод {companyGen}'],
    ],
    core: [
      ['some {n1} workers at the {company} plant in {place} walked out on {date}, demanding a {pct} pay rise', 'около {n1} рабочих завода {companyGen} в городе {place} {date} объявили забастовку, требуя повысить зарплату на {pct}', 'близько {n1} працівників заводу {companyGen} у місті {place} {date} оголосили страйк, вимагаючи підвищити зарплату на {pct}'],
      ['production at {company} in {place} stopped on {date} as {n1} employees went on strike over pay', 'производство {companyGen} в городе {place} остановилось {date}: {n1~сотрудник~сотрудника~сотрудников} бастуют из-за зарплат', 'виробництво {companyGen} у місті {place} зупинилося {date}: {n1~працівник~працівники~працівників} страйкують через зарплати'],
      ['a strike by {n1} workers brought the {company} plant in {place} to a standstill on {date}', 'забастовка {n1~рабочего~рабочих~рабочих} {date} парализовала завод {companyGen} в городе {place}', 'страйк {n1~працівника~працівників~працівників} {date} паралізував завод {companyGen} у місті {place}'],
    ],
    detail: [
      ['The union says wages have not been indexed for {n2} months.', 'Профсоюз утверждает, что зарплаты не индексировались {n2~месяц~месяца~месяцев}.', 'Профспілка стверджує, що зарплати не індексували {n2~місяць~місяці~місяців}.'],
      ['The company says each day of the strike costs it {money}.', 'Компания заявляет, что каждый день забастовки обходится ей в {money}.', 'Компанія заявляє, що кожен день страйку коштує їй {money}.'],
      ['About {n3} lorries are stuck at the plant gates.', 'У ворот завода застряли около {n3} грузовиков.', 'Біля воріт заводу застрягли близько {n3} вантажівок.'],
    ],
    cons: [
      ['Talks with the {org} are scheduled for {date}.', 'Переговоры при участии {orgGen} назначены на {date}.', 'Переговори за участі {orgGen} призначено на {date}.'],
      ['Workers at a sister plant in {place2} may join the strike.', 'К забастовке могут присоединиться рабочие завода в городе {place2}.', 'До страйку можуть долучитися працівники заводу у місті {place2}.'],
    ],
    quote: [
      ['We will not go back for less than {pct}', 'Мы не вернёмся меньше чем за {pct}', 'Ми не повернемося менше ніж за {pct}'],
      ['{company} made {money} last year and still says there is no money', '{company} заработала {money} в прошлом году и всё равно говорит, что денег нет', '{company} заробила {money} торік і все одно каже, що грошей немає'],
    ],
  },
  {
    name: 'utility',
    head: [
      ['{n1} homes in {place} left without heating', 'В городе {place} без отопления остались {n1~дом~дома~домов}', 'У місті {place} без опалення залишилися {n1~будинок~будинки~будинків}'],
      ['Pipe burst leaves {place} in the cold', 'Прорыв трубы оставил город {place} без тепла', 'Прорив труби залишив місто {place} без тепла'],
    ],
    core: [
      ['more than {n1} homes in {place} were left without heating on {date} after a main pipe burst', 'более {n1} домов в городе {place} {date} остались без отопления из-за прорыва магистральной трубы', 'понад {n1} будинків у місті {place} {date} залишилися без опалення через прорив магістральної труби'],
      ['a burst pipe cut heating to over {n1} buildings in {place} on {date}', 'прорыв трубы {date} отключил отопление в более чем {n1} зданиях города {place}', 'прорив труби {date} відключив опалення у понад {n1} будівлях міста {place}'],
      ['heating failed in about {n1} apartment blocks in {place} on {date}, the {org} confirmed', 'отопление отключилось примерно в {n1} многоквартирных домах города {place} {date}, подтвердили в {orgLoc}', 'опалення відключилося приблизно в {n1} багатоквартирних будинках міста {place} {date}, підтвердили в {orgLoc}'],
    ],
    detail: [
      ['Temperatures in the city fell to minus {n3} degrees overnight.', 'Ночью температура в городе опустилась до минус {n3} градусов.', 'Уночі температура в місті знизилася до мінус {n3} градусів.'],
      ['Repair crews expect to finish within {n2} hours.', 'Ремонтные бригады рассчитывают закончить за {n2~час~часа~часов}.', 'Ремонтні бригади розраховують завершити за {n2~годину~години~годин}.'],
      ['Repairs will cost about {money}, according to preliminary estimates.', 'По предварительным оценкам, ремонт обойдётся примерно в {money}.', 'За попередніми оцінками, ремонт коштуватиме близько {money}.'],
    ],
    cons: [
      ['Schools in {place} were closed until {date}.', 'Школы города {place} закрыты до {date}.', 'Школи міста {place} закрито до {date}.'],
      ['Heating points have been opened in {n2} schools.', 'В {n2} школах открыты пункты обогрева.', 'У {n2} школах відкрито пункти обігріву.'],
    ],
    quote: [
      ['This network was built for a city half the size of {place}', 'Эта сеть строилась для города вдвое меньше, чем {place}', 'Цю мережу будували для міста вдвічі меншого, ніж {place}'],
      ['We warned about these pipes {n2} times', 'Мы предупреждали об этих трубах {n2~раз~раза~раз}', 'Ми попереджали про ці труби {n2~раз~рази~разів}'],
    ],
  },
  {
    name: 'probe',
    orgs: [0, 1, 2, 3, 5, 6, 8, 9],
    head: [
      ['Audit finds {n1} violations at {org}', 'Проверка выявила {n1~нарушение~нарушения~нарушений} в {orgLoc}', 'Перевірка виявила {n1~порушення~порушення~порушень} у {orgLoc}'],
      ['Procurement probe widens in {place}', 'Расследование закупок в городе {place} расширяется', 'Розслідування закупівель у місті {place} розширюється'],
    ],
    core: [
      ['auditors found {n1} violations in contracts worth {money} signed by the {org}', 'аудиторы выявили {n1~нарушение~нарушения~нарушений} в контрактах {orgGen} на сумму {money}', 'аудитори виявили {n1~порушення~порушення~порушень} у контрактах {orgGen} на суму {money}'],
      ['an audit completed on {date} uncovered {n1} irregular contracts at the {org}, together worth {money}', 'проверка, завершённая {date}, выявила {n1~сомнительный контракт~сомнительных контракта~сомнительных контрактов} {orgGen} на общую сумму {money}', 'перевірка, завершена {date}, виявила {n1~сумнівний контракт~сумнівні контракти~сумнівних контрактів} {orgGen} на загальну суму {money}'],
      ['the {org} signed {n1} contracts worth {money} without tenders, according to an audit dated {date}', '{org} [заключил|заключила|заключило:org] {n1~контракт~контракта~контрактов} на {money} без тендеров, говорится в акте проверки от {date}', '{org} [уклав|уклала|уклало:org] {n1~контракт~контракти~контрактів} на {money} без тендерів, йдеться в акті перевірки від {date}'],
    ],
    detail: [
      ['{n2} of the contracts went to firms registered in {place2}.', '{n2~контракт~контракта~контрактов} получили фирмы, зарегистрированные в городе {place2}.', '{n2~контракт~контракти~контрактів} отримали фірми, зареєстровані у місті {place2}.'],
      ['Prices were on average {pct} above market rates.', 'Цены в среднем были на {pct} выше рыночных.', 'Ціни в середньому були на {pct} вищими за ринкові.'],
      ['The audit covered {n3} months of spending.', 'Проверка охватила {n3~месяц~месяца~месяцев} расходов.', 'Перевірка охопила {n3~місяць~місяці~місяців} видатків.'],
    ],
    cons: [
      ['Prosecutors in {place} have opened a case.', 'Прокуратура города {place} возбудила дело.', 'Прокуратура міста {place} відкрила справу.'],
      ['{n2} officials have been suspended pending the inquiry.', 'На время проверки отстранены {n2~чиновник~чиновника~чиновников}.', 'На час перевірки відсторонено {n2~посадовця~посадовців~посадовців}.'],
    ],
    quote: [
      ['Nobody signs {n1} contracts by accident', 'Никто не подписывает {n1} контрактов случайно', 'Ніхто не підписує {n1} контрактів випадково'],
      ['The money meant for {place} ended up in {place2}', 'Деньги для города {place} оказались в городе {place2}', 'Гроші для міста {place} опинилися у місті {place2}'],
    ],
  },
  {
    name: 'contract',
    head: [
      ['{company} wins {money} deal with {org}', '{company} получила контракт на {money}', '{company} отримала контракт на {money}'],
      ['{org} signs {money} contract for {place} works', '{org} [подписал|подписала|подписало:org] контракт на {money}', '{org} [підписав|підписала|підписало:org] контракт на {money}'],
    ],
    core: [
      ['{company} signed a {money} contract with the {org} on {date} to rebuild {n1} kilometres of road near {place}', '{company} {date} подписала с {orgInst} контракт на {money} на ремонт {n1~километра~километров~километров} дорог у города {place}', '{company} {date} підписала з {orgInst} контракт на {money} на ремонт {n1~кілометра~кілометрів~кілометрів} доріг біля міста {place}'],
      ['the {org} awarded {company} a contract worth {money} on {date} for works in {place}', '{org} {date} [заключил|заключила|заключило:org] с {companyInst} контракт стоимостью {money} на работы в городе {place}', '{org} {date} [уклав|уклала|уклало:org] з {companyInst} контракт вартістю {money} на роботи у місті {place}'],
      ['a {money} deal between {company} and the {org}, signed on {date}, covers {n1} sites around {place}', 'сделка между {companyInst} и {orgInst} на {money}, подписанная {date}, охватывает {n1~объект~объекта~объектов} вокруг города {place}', 'угода між {companyInst} та {orgInst} на {money}, підписана {date}, охоплює {n1~об’єкт~об’єкти~об’єктів} навколо міста {place}'],
    ],
    detail: [
      ['Work is due to start within {n2} weeks and finish in {year}.', 'Работы должны начаться в течение {n2~недели~недель~недель} и завершиться в {year} году.', 'Роботи мають розпочатися протягом {n2~тижня~тижнів~тижнів} і завершитися в {year} році.'],
      ['{company} outbid {n3} competitors.', '{company} обошла {n3~конкурента~конкурентов~конкурентов}.', '{company} обійшла {n3~конкурента~конкурентів~конкурентів}.'],
      ['The price is {pct} higher than the initial estimate.', 'Цена на {pct} выше первоначальной оценки.', 'Ціна на {pct} вища за початкову оцінку.'],
    ],
    cons: [
      ['Rival bidders say they will challenge the award.', 'Проигравшие участники намерены оспорить итоги тендера.', 'Учасники, що програли, мають намір оскаржити результати тендеру.'],
      ['The deal still needs approval from the council in {place2}.', 'Сделку ещё должен одобрить совет города {place2}.', 'Угоду ще має схвалити рада міста {place2}.'],
    ],
    quote: [
      ['For {money} we expect every kilometre to be perfect', 'За {money} мы ждём, что каждый километр будет идеальным', 'За {money} ми чекаємо, що кожен кілометр буде ідеальним'],
      ['The tender was decided before it was announced', 'Тендер был решён ещё до объявления', 'Тендер було вирішено ще до оголошення'],
    ],
  },
];

const SOFT: readonly EventKind[] = [
  {
    name: 'sport',
    head: [
      ['{place} beat {place2} {n2}–{n3} in the cup', '{place} обыграл {place2} со счётом {n2}:{n3}', '{place} переміг {place2} з рахунком {n2}:{n3}'],
      ['Late goal sends {place} through', 'Поздний гол вывел {place} дальше', 'Пізній гол вивів {place} далі'],
    ],
    core: [
      ['the club from {place} beat {place2} {n2}–{n3} on {date} in front of {n1} fans', 'клуб из города {place} {date} обыграл {place2} со счётом {n2}:{n3} при {n1} зрителях', 'клуб з міста {place} {date} переміг {place2} з рахунком {n2}:{n3} за {n1} глядачів'],
      ['{n1} spectators watched {place} defeat {place2} on {date}', '{n1~зритель~зрителя~зрителей} видели победу города {place} над {place2} {date}', '{n1~глядач~глядачі~глядачів} бачили перемогу міста {place} над {place2} {date}'],
    ],
    detail: [
      ['Coach {rperson} praised the defence.', 'Тренер {rperson} похвалил защиту.', 'Тренер {rperson} похвалив захист.'],
      ['The winning goal came in the {n3}th minute.', 'Победный гол был забит на {n3}-й минуте.', 'Переможний гол забили на {n3}-й хвилині.'],
    ],
    cons: [['The next round will be played on {date}.', 'Следующий тур пройдёт {date}.', 'Наступний тур відбудеться {date}.']],
    quote: [
      ['The fans in {place} deserved this', 'Болельщики в городе {place} это заслужили', 'Уболівальники у місті {place} це заслужили'],
      ['We played the best {n3} minutes of the season', 'Мы провели лучшие {n3} минут сезона', 'Ми провели найкращі {n3} хвилин сезону'],
    ],
  },
  {
    name: 'weather',
    head: [
      ['Storm brings {n1} millimetres of rain to {place}', 'Шторм принёс в город {place} {n1~миллиметр~миллиметра~миллиметров} осадков', 'Шторм приніс у місто {place} {n1~міліметр~міліметри~міліметрів} опадів'],
      ['Forecasters warn of frost in {place}', 'Синоптики предупреждают о заморозках в городе {place}', 'Синоптики попереджають про заморозки у місті {place}'],
    ],
    core: [
      ['a storm dropped {n1} millimetres of rain on {place} on {date}', 'шторм {date} принёс в город {place} {n1~миллиметр~миллиметра~миллиметров} осадков', 'шторм {date} приніс у місто {place} {n1~міліметр~міліметри~міліметрів} опадів'],
      ['forecasters expect temperatures in {place} to drop to minus {n3} degrees by {date}', 'синоптики ожидают, что к {date} температура в городе {place} опустится до минус {n3} градусов', 'синоптики очікують, що до {date} температура у місті {place} знизиться до мінус {n3} градусів'],
    ],
    detail: [
      ['Wind gusts reached {n2} metres per second.', 'Порывы ветра достигали {n2} метров в секунду.', 'Пориви вітру сягали {n2} метрів на секунду.'],
      ['About {n2} trees fell in {place2}.', 'В городе {place2} упали около {n2} деревьев.', 'У місті {place2} впали близько {n2} дерев.'],
    ],
    cons: [['Drivers were advised to avoid the coastal road.', 'Водителям посоветовали объезжать прибрежную трассу.', 'Водіям порадили об’їжджати прибережну трасу.']],
    quote: [
      ['We have not seen rain like this in {n3} years', 'Такого дождя не было {n3~год~года~лет}', 'Такого дощу не було {n3~рік~роки~років}'],
      ['Stay at home if you can', 'Оставайтесь дома, если можете', 'Залишайтеся вдома, якщо можете'],
    ],
  },
  {
    name: 'festival',
    head: [
      ['{n1} visitors at {place} film festival', 'Кинофестиваль в городе {place} посетили {n1~человек~человека~человек}', 'Кінофестиваль у місті {place} відвідали {n1~особа~особи~осіб}'],
      ['{place} festival opens with record programme', 'Фестиваль в городе {place} открылся рекордной программой', 'Фестиваль у місті {place} відкрився рекордною програмою'],
    ],
    core: [
      ['the film festival in {place} opened on {date} with {n2} films from {n3} countries', 'кинофестиваль в городе {place} открылся {date}: {n2~фильм~фильма~фильмов} из {n3~страны~стран~стран}', 'кінофестиваль у місті {place} відкрився {date}: {n2~фільм~фільми~фільмів} з {n3~країни~країн~країн}'],
      ['more than {n1} visitors are expected at the festival in {place}, which opened on {date}', 'на фестиваль в городе {place}, открывшийся {date}, ожидают более {n1} гостей', 'на фестиваль у місті {place}, що відкрився {date}, очікують понад {n1} гостей'],
    ],
    detail: [
      ['Director {rperson} chairs the jury.', 'Жюри возглавляет режиссёр {rperson}.', 'Журі очолює режисер {rperson}.'],
      ['Tickets sold out in {n3} hours.', 'Билеты раскупили за {n3~час~часа~часов}.', 'Квитки розкупили за {n3~годину~години~годин}.'],
    ],
    cons: [['The festival runs until {date}.', 'Фестиваль продлится до {date}.', 'Фестиваль триватиме до {date}.']],
    quote: [
      ['Cinema is alive in {place}', 'В городе {place} кино живо', 'У місті {place} кіно живе'],
      ['We chose {n2} films out of thousands', 'Мы выбрали {n2~фильм~фильма~фильмов} из тысяч', 'Ми обрали {n2~фільм~фільми~фільмів} із тисяч'],
    ],
  },
  {
    name: 'launch',
    head: [
      ['{company} unveils new service', '{company} представила новый сервис', '{company} представила новий сервіс'],
      ['{company} launches app in {place}', '{company} запустила приложение в городе {place}', '{company} запустила застосунок у місті {place}'],
    ],
    core: [
      ['{company} launched a new delivery service in {place} on {date}, promising delivery within {n3} minutes', '{company} {date} запустила в городе {place} сервис доставки, обещая доставку за {n3~минуту~минуты~минут}', '{company} {date} запустила у місті {place} сервіс доставки, обіцяючи доставку за {n3~хвилину~хвилини~хвилин}'],
      ['customers in {place} can order through the new {company} app from {date}', 'с {date} жители города {place} могут заказывать через новое приложение {companyGen}', 'з {date} мешканці міста {place} можуть замовляти через новий застосунок {companyGen}'],
    ],
    detail: [
      ['The company plans to hire {n1} couriers.', 'Компания планирует нанять {n1~курьера~курьеров~курьеров}.', 'Компанія планує найняти {n1~кур’єра~кур’єрів~кур’єрів}.'],
      ['The service will reach {place2} by {year}.', 'К {year} году сервис заработает в городе {place2}.', 'До {year} року сервіс запрацює у місті {place2}.'],
    ],
    cons: [['Competitors cut their prices by {pct} the same day.', 'Конкуренты в тот же день снизили цены на {pct}.', 'Конкуренти того ж дня знизили ціни на {pct}.']],
    quote: [
      ['Speed is everything for our customers', 'Для наших клиентов скорость — это всё', 'Для наших клієнтів швидкість — це все'],
      ['{place} is our test market', 'Город {place} — наш тестовый рынок', 'Місто {place} — наш тестовий ринок'],
    ],
  },
];

/** Leads: wrap a core clause. Index 0 states it plainly; the others cite the outlet and/or expert. */
const LEADS: readonly T3[] = [
  ['{clause}.', '{clause}.', '{clause}.'],
  ['According to {outlet}, {clause}.', 'Как сообщает {outlet}, {clause}.', 'Як повідомляє {outlet}, {clause}.'],
  ['{outlet} reported that {clause}.', '{outlet} сообщило, что {clause}.', '{outlet} повідомило, що {clause}.'],
  ['{expRole} {expert} told {outlet} that {clause}.', '{expRole} {expert} [рассказал|рассказала:expert] {outletDat}, что {clause}.', '{expRole} {expert} [розповів|розповіла:expert] {outletDat}, що {clause}.'],
  ['{clause}, {outlet} reported, citing {expRole} {expert}.', '{clause}, сообщает {outlet} со ссылкой на эксперта {expert}.', '{clause}, повідомляє {outlet} з посиланням на експерта {expert}.'],
  ['{outlet}, citing {expRole} {expert}, reported that {clause}.', '{outlet}, ссылаясь на эксперта {expert}, сообщило, что {clause}.', '{outlet}, посилаючись на експерта {expert}, повідомило, що {clause}.'],
];
/** Leads that cite the source (for rewrites, which always name where the story came from). */
const CITING_LEADS = [1, 2, 3, 4, 5];

const SOURCE_LINES: readonly T3[] = [
  ['The account was first published by {outlet}, which cited {expRole} {expert}.', 'Впервые об этом написало {outlet}, сославшись на эксперта {expert}.', 'Уперше про це написало {outlet}, пославшись на експерта {expert}.'],
  ['{outlet} was the first to report the news, citing {expRole} {expert}.', 'Первым об этом сообщило {outlet} со ссылкой на эксперта {expert}.', 'Першим про це повідомило {outlet} з посиланням на експерта {expert}.'],
  ['The details come from {expert}, {expRole}, who spoke to {outlet}.', 'Подробности сообщил {expRole} {expert} в беседе с {outletInst}.', 'Подробиці повідомив {expRole} {expert} у розмові з {outletInst}.'],
];
const QUOTE_LINES: readonly T3[] = [
  ['"{quote}," {expert} told {outlet}.', '«{quote}», — [сказал|сказала:expert] {expert} {outletDat}.', '«{quote}», — [сказав|сказала:expert] {expert} {outletDat}.'],
  ['"{quote}," said {expert}, {expRole}.', '«{quote}», — [отметил|отметила:expert] {expRole} {expert}.', '«{quote}», — [зазначив|зазначила:expert] {expRole} {expert}.'],
  ['{expertLast} put it bluntly: "{quote}."', '{expertLast} [высказался|высказалась:expert] прямо: «{quote}».', '{expertLast} [висловився|висловилася:expert] прямо: «{quote}».'],
];
const REACTIONS: readonly T3[] = [
  ['The {org} did not respond to a request for comment.', 'В {orgLoc} не ответили на запрос о комментарии.', 'У {orgLoc} не відповіли на запит щодо коментаря.'],
  ['A spokesperson for the {org} declined to comment.', 'Представитель {orgGen} отказался от комментариев.', 'Представник {orgGen} відмовився від коментарів.'],
  ['{official}, {offRole}, said the matter was "under review".', '{official}, {offRole}, [заявил|заявила:official], что вопрос «изучается».', '{official}, {offRole}, [заявив|заявила:official], що питання «вивчається».'],
  ['{official}, {offRole}, promised an update by {date}.', '{offRole} {official} [пообещал|пообещала:official] сообщить подробности до {date}.', '{offRole} {official} [пообіцяв|пообіцяла:official] повідомити подробиці до {date}.'],
];

/** Commentary: the padding rewrites are made of. Story-neutral, with vocabulary slots. */
const FILLER: readonly T3[] = [
  ['The episode is likely to add to the debate over {issue} in {place}.', 'Этот эпизод, вероятно, усилит споры вокруг {issue} в городе {place}.', 'Цей епізод, імовірно, посилить суперечки навколо {issue} у місті {place}.'],
  ['Critics have long argued that {issue} receives too little attention.', 'Критики давно утверждают, что проблеме {issue} уделяют слишком мало внимания.', 'Критики давно стверджують, що проблемі {issue} приділяють надто мало уваги.'],
  ['For many residents, the news raises uncomfortable questions about {issue}.', 'Для многих жителей эта новость поднимает неудобные вопросы {issue}.', 'Для багатьох мешканців ця новина порушує незручні питання {issue}.'],
  ['Observers note that the so-called {jargon} approach has been tried before, with mixed results.', 'Наблюдатели отмечают, что подход, известный как {jargon}, уже пробовали, с переменным успехом.', 'Спостерігачі зазначають, що підхід, відомий як {jargon}, вже пробували, зі змінним успіхом.'],
  ['It is not the first time the region has faced such a problem.', 'Регион сталкивается с подобной проблемой не впервые.', 'Регіон стикається з подібною проблемою не вперше.'],
  ['The situation remains fluid, and further details are expected in the coming days.', 'Ситуация остаётся неопределённой, подробности ожидаются в ближайшие дни.', 'Ситуація залишається невизначеною, подробиці очікуються найближчими днями.'],
  ['Similar concerns were raised in {rplace} last year, when officials promised a review of {issue}.', 'Похожие опасения звучали в прошлом году в городе {rplace}, когда чиновники обещали пересмотреть вопросы {issue}.', 'Схожі побоювання лунали торік у місті {rplace}, коли посадовці обіцяли переглянути питання {issue}.'],
  ['Analysts say the case underlines how fragile {issue} has become.', 'Аналитики говорят, что этот случай показывает, насколько хрупкой стала сфера {issue}.', 'Аналітики кажуть, що цей випадок показує, наскільки крихкою стала сфера {issue}.'],
  ['Local media have covered the story extensively, and social networks are full of speculation.', 'Местные СМИ подробно освещают историю, а соцсети полны домыслов.', 'Місцеві ЗМІ докладно висвітлюють історію, а соцмережі сповнені здогадок.'],
  ['The development comes at a sensitive time for the authorities.', 'Это происходит в непростое для властей время.', 'Це відбувається в непростий для влади час.'],
  ['Some experts describe the pattern as a textbook case of {jargon}.', 'Некоторые эксперты называют происходящее хрестоматийным примером явления, известного как {jargon}.', 'Деякі експерти називають те, що відбувається, хрестоматійним прикладом явища, відомого як {jargon}.'],
  ['Whether the authorities will act remains to be seen.', 'Примут ли власти меры, пока неясно.', 'Чи вживе влада заходів, поки неясно.'],
  ['The story quickly spread beyond {place}, drawing comment from across the country.', 'История быстро вышла за пределы города {place} и вызвала отклики по всей стране.', 'Історія швидко вийшла за межі міста {place} і викликала відгуки по всій країні.'],
  ['Residents interviewed on the street expressed frustration and fatigue.', 'Опрошенные на улице жители говорили о раздражении и усталости.', 'Опитані на вулиці мешканці говорили про роздратування і втому.'],
  ['Opposition politicians were quick to seize on the news.', 'Оппозиционные политики поспешили воспользоваться новостью.', 'Опозиційні політики поспішили скористатися новиною.'],
  ['Questions about oversight and accountability are likely to follow.', 'Вероятно, последуют вопросы о надзоре и ответственности.', 'Імовірно, виникнуть питання щодо нагляду та відповідальності.'],
  ['In a commentary, {rperson} compared the situation to the {jargon} crisis of the previous decade.', 'В комментарии {rperson} [сравнил|сравнила:rperson] ситуацию с кризисом, который называли {jargon}, в прошлом десятилетии.', 'У коментарі {rperson} [порівняв|порівняла:rperson] ситуацію з кризою, яку називали {jargon}, у попередньому десятилітті.'],
  ['The figures could not be independently verified.', 'Независимо проверить эти данные не удалось.', 'Незалежно перевірити ці дані не вдалося.'],
  ['Supporters of the current policy insist that {issue} is improving, pointing to recent investment.', 'Сторонники нынешней политики настаивают, что ситуация в сфере {issue} улучшается, ссылаясь на недавние инвестиции.', 'Прихильники нинішньої політики наполягають, що ситуація у сфері {issue} покращується, посилаючись на нещодавні інвестиції.'],
  ['The broader context matters: {issue} has been a recurring theme in regional politics.', 'Важен и более широкий контекст: тема {issue} постоянно возникает в региональной политике.', 'Важливий і ширший контекст: тема {issue} постійно виникає в регіональній політиці.'],
  ['For now, officials are urging calm.', 'Пока чиновники призывают к спокойствию.', 'Поки що посадовці закликають до спокою.'],
  ['The episode serves as a stark reminder of the pressures facing {place}.', 'Этот эпизод — наглядное напоминание о трудностях, с которыми сталкивается город {place}.', 'Цей епізод — наочне нагадування про труднощі, з якими стикається місто {place}.'],
  ['A report published by researchers in {rplace} described {jargon} as the main risk for the sector.', 'В докладе исследователей из города {rplace} главным риском для отрасли назван феномен {jargon}.', 'У доповіді дослідників з міста {rplace} головним ризиком для галузі названо феномен {jargon}.'],
  ['Neighbouring communities are watching closely.', 'Соседние общины внимательно следят за происходящим.', 'Сусідні громади уважно стежать за подіями.'],
  ['Environmental groups have also weighed in, warning about long-term consequences.', 'Экологические организации также высказались, предупреждая о долгосрочных последствиях.', 'Екологічні організації також висловилися, попереджаючи про довгострокові наслідки.'],
  ['The timing has prompted speculation about political motives.', 'Время событий породило домыслы о политических мотивах.', 'Час подій породив здогадки про політичні мотиви.'],
  ['Business owners in {place} say they are already feeling the effects.', 'Предприниматели города {place} говорят, что уже ощущают последствия.', 'Підприємці міста {place} кажуть, що вже відчувають наслідки.'],
  ['The local chamber of commerce, led by {rperson}, called for a public hearing.', 'Местная торговая палата во главе с {rperson} призвала провести публичные слушания.', 'Місцева торгова палата на чолі з {rperson} закликала провести публічні слухання.'],
  ['Experts disagree on how much {issue} contributed to the outcome.', 'Эксперты расходятся во мнениях о том, насколько повлияла на исход проблема {issue}.', 'Експерти розходяться в думках щодо того, наскільки вплинула на результат проблема {issue}.'],
  ['The incident has reignited calls for a full review of {issue}, as well as of the {jargon} rules.', 'Инцидент вновь вызвал призывы к полному пересмотру {issue}, а также правил, известных как {jargon}.', 'Інцидент знову викликав заклики до повного перегляду {issue}, а також правил, відомих як {jargon}.'],
];

// ------------------------------------------------------------------ stories and plans

interface EventFacts {
  kind: EventKind;
  hard: boolean;
  place: Tri;
  place2: Tri;
  org: Org;
  company: Company;
  official: Person;
  offRole: number;
  /** Time of the event (ms). */
  time: number;
}

interface Report {
  event: EventFacts;
  gold: number;
  lang: Lang;
  outlet: Outlet;
  expert: Person;
  expRole: number;
  n1: number;
  n2: number;
  n3: number;
  /** Millions, one decimal. */
  money: number;
  pct: number;
  date: { m: number; d: number };
  year: number;
  quote: number;
}

/** One rendered unit: a template family, variant and (for filler) its own slot choices. */
interface Part {
  t: 'lead' | 'detail' | 'cons' | 'quote' | 'src' | 'react' | 'filler';
  v: number;
  /** For leads: the wrapper (LEADS index). */
  w?: number;
  /** Composed filler: opener (−1: none), subject, verb, clause. */
  c?: readonly [number, number, number, number];
  /** Filler vocabulary. */
  issue?: number;
  jargon?: Tri;
  rplace?: Tri;
  rperson?: Person;
  /** Starts a new paragraph. */
  br?: boolean;
}

interface Plan {
  report: Report;
  kind: Kind;
  lang: Lang;
  domain: string;
  time: number;
  head: number;
  parts: Part[];
  /** A figure rounded by this copy. */
  override?: { n1?: number; n2?: number };
  serial: number;
}

let serialCounter = 0;

function makeReport(r: Rng, event: EventFacts, gold: number, lang: Lang): Report {
  const d = new Date(event.time - int(r, 0, 1) * 86_400_000);
  return {
    event,
    gold,
    lang,
    outlet: outlet(r),
    expert: person(r),
    expRole: pickI(r, EXPERT_ROLES.length),
    n1: int(r, 5, 900),
    n2: int(r, 2, 60),
    n3: int(r, 3, 120),
    money: int(r, 2, 950) / (chance(r, 0.3) ? 10 : 1),
    pct: int(r, 3, 45),
    date: { m: d.getUTCMonth(), d: d.getUTCDate() },
    year: d.getUTCFullYear() + int(r, 0, 2),
    quote: pickI(r, 2),
  };
}

const CIVIL_ORGS = [0, 1, 2, 3, 5, 6, 9];

function makeEvent(r: Rng, time: number, hard: boolean): EventFacts {
  const p = place(r);
  const kind = hard ? pick(r, HARD) : pick(r, SOFT);
  return {
    kind,
    hard,
    place: p,
    place2: place(r),
    org: { type: ORG_TYPES[pick(r, kind.orgs ?? CIVIL_ORGS)], place: chance(r, 0.7) ? p : place(r) },
    company: company(r),
    official: person(r),
    offRole: pickI(r, OFFICIAL_ROLES.length),
    time,
  };
}

function fillerPart(r: Rng, v: number): Part {
  return { t: 'filler', v, issue: pickI(r, ISSUES.length), jargon: jargon(r), rplace: place(r), rperson: person(r) };
}

/** A composed commentary sentence: [opener,] subject + verb + clause (≈ 14 words). */
function composedPart(r: Rng): Part {
  const c = [chance(r, 0.4) ? pickI(r, OPENERS.length) : -1, pickI(r, SUBJECTS.length), pickI(r, VERBS_THAT.length), pickI(r, CLAUSES.length)] as const;
  return { t: 'filler', v: -1, c, issue: pickI(r, ISSUES.length), jargon: jargon(r), rplace: place(r) };
}
const COMPOSED_WORDS = 14;

/** Approximate words of a template in English (slots count as one word, issues as two). */
const templateWords = (t: string): number => t.replace(/\{issue\}/g, 'x x').split(/\s+/).filter(Boolean).length;
const FILLER_WORDS = FILLER.map((f) => templateWords(f[0]));
/** Fact units are longer than filler (names, figures, roles): measured ≈ 21 words in English. */
const FACT_WORDS = 21;

const shuffle = <T>(r: Rng, xs: T[]): T[] => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = pickI(r, i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};

/** The parts of an original report or a rewrite. */
function composeParts(r: Rng, report: Report, rewrite: boolean): Part[] {
  const k = report.event.kind;
  const lead: Part = { t: 'lead', v: pickI(r, k.core.length), w: rewrite ? pick(r, CITING_LEADS) : chance(r, 0.5) ? 0 : pick(r, [3, 0]) };
  const body: Part[] = [];
  const details = shuffle(r, k.detail.map((_, i) => i));
  const nDetails = rewrite ? int(r, 1, details.length) : int(r, 2, details.length);
  for (const v of details.slice(0, nDetails)) body.push({ t: 'detail', v });
  if (!rewrite || chance(r, 0.75)) body.push({ t: 'quote', v: pickI(r, QUOTE_LINES.length) });
  if (rewrite ? chance(r, 0.7) : lead.w === 0) body.push({ t: 'src', v: pickI(r, SOURCE_LINES.length) });
  if (!rewrite || chance(r, 0.7)) body.push({ t: 'cons', v: pickI(r, k.cons.length) });
  if (chance(r, rewrite ? 0.5 : 0.8)) body.push({ t: 'react', v: pickI(r, REACTIONS.length) });
  if (rewrite) shuffle(r, body);
  return [lead, ...body];
}

/** Pads parts with filler up to a word target, grouping 2–4 units per paragraph. */
function padParts(r: Rng, parts: Part[], words: number, rewrite: boolean): Part[] {
  const out: Part[] = [{ ...parts[0], br: true }];
  const fillers: Part[] = [];
  // Filler sentences, drawn without repeats (cycling through a fresh shuffle if one is not enough).
  let have = parts.length * FACT_WORDS;
  let order: number[] = [];
  while (have < words || fillers.length < 2) {
    // Two thirds composed commentary, one third set phrases (no set phrase twice in an article).
    if (chance(r, 0.67)) {
      fillers.push(composedPart(r));
      have += COMPOSED_WORDS;
      continue;
    }
    if (order.length === 0) order = shuffle(r, FILLER.map((_, i) => i));
    const v = order.pop()!;
    fillers.push(fillerPart(r, v));
    have += FILLER_WORDS[v];
  }
  const rest = [...parts.slice(1)];
  // Interleave: rewrites scatter filler among facts; originals put most of it at the end.
  const seq: Part[] = [];
  while (rest.length || fillers.length) {
    const takeFact = rest.length > 0 && (fillers.length === 0 || chance(r, rewrite ? 0.45 : 0.8));
    seq.push(takeFact ? rest.shift()! : fillers.shift()!);
  }
  let inPara = 0;
  let size = int(r, 2, 4);
  for (const p of seq) {
    const q = { ...p };
    if (inPara === 0 || inPara >= size) {
      q.br = true;
      inPara = 0;
      size = int(r, 2, 4);
    }
    inPara++;
    out.push(q);
  }
  return out;
}

// ------------------------------------------------------------------ rendering

function fmtNum(n: number, lang: Lang): string {
  if (n < 1000) return String(n);
  const s = String(n);
  const sep = lang === 'en' ? ',' : '\u00a0';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

class Ctx {
  readonly facts: ArticleFacts = { names: [], persons: [], numbers: [], dates: [], years: [], chains: [] };
  constructor(
    readonly plan: Plan,
    readonly lang: Lang,
  ) {}

  private personSlot(p: Person): string {
    const s = p.name[LI[this.lang]];
    this.facts.names.push(s);
    this.facts.persons.push(s);
    return s;
  }

  private name(s: string): string {
    this.facts.names.push(s);
    return s;
  }

  private num(n: number): string {
    const s = fmtNum(n, this.lang);
    // The number recogniser reads "12,400" as one value, "12 400" as two.
    if (this.lang === 'en' || n < 1000) this.facts.numbers.push(String(n));
    else for (const g of s.split('\u00a0')) this.facts.numbers.push(String(Number(g)));
    return s;
  }

  slot(key: string, part: Part): string | undefined {
    const rep = this.plan.report;
    const ev = rep.event;
    const L = this.lang;
    const i = LI[L];
    const org = ev.org;
    switch (key) {
      case 'place':
        return this.name(ev.place[i]);
      case 'place2':
        return this.name(ev.place2[i]);
      case 'org':
      case 'orgGen':
      case 'orgLoc':
      case 'orgInst': {
        const p = this.name(org.place[i]);
        if (L === 'en') {
          this.facts.names.push(`${org.place[0]} ${org.type.en}`);
          return `${org.place[0]} ${org.type.en}`;
        }
        const forms = L === 'ru' ? org.type.ru : org.type.uk;
        return `${forms[key === 'org' ? 0 : key === 'orgGen' ? 1 : key === 'orgLoc' ? 2 : 3]} ${p}`;
      }
      case 'company':
      case 'companyGen':
      case 'companyInst':
      case 'companyAcc': {
        const c = ev.company;
        if (L === 'en') return this.name(`${c.brand[0]} ${c.type}`);
        const b = this.name(c.brand[i]);
        const noun = L === 'ru' ? ['компания', 'компании', 'компанией', 'компанию'] : ['компанія', 'компанії', 'компанією', 'компанію'];
        return `${noun[['company', 'companyGen', 'companyInst', 'companyAcc'].indexOf(key)]} «${b}»`;
      }
      case 'outlet':
      case 'outletGen':
      case 'outletDat':
      case 'outletInst': {
        const o = rep.outlet.name[i];
        this.facts.names.push(o);
        if (L === 'en') return `the ${o}`;
        const noun =
          L === 'ru'
            ? { outlet: 'издание', outletGen: 'издания', outletDat: 'изданию', outletInst: 'изданием' }[key]
            : { outlet: 'видання', outletGen: 'видання', outletDat: 'виданню', outletInst: 'виданням' }[key];
        return `${noun} «${o}»`;
      }
      case 'expert':
        return this.personSlot(rep.expert);
      case 'expertLast': {
        const s = rep.expert.last[i];
        this.facts.names.push(s);
        return s;
      }
      case 'expRole':
        return EXPERT_ROLES[rep.expRole][i];
      case 'official':
        return this.personSlot(ev.official);
      case 'offRole':
        return this.fill(OFFICIAL_ROLES[ev.offRole][i], part);
      case 'n1':
        return this.num(this.plan.override?.n1 ?? rep.n1);
      case 'n2':
        return this.num(this.plan.override?.n2 ?? rep.n2);
      case 'n3':
        return this.num(rep.n3);
      case 'money': {
        const m = rep.money;
        const s = L === 'en' ? String(m) : String(m).replace('.', ',');
        this.facts.numbers.push(String(m));
        if (L === 'en') {
          this.facts.numbers.push('1000000');
          return `$${s} million`;
        }
        return L === 'ru' ? `${s} млн долларов` : `${s} млн доларів`;
      }
      case 'pct':
        this.facts.numbers.push(String(rep.pct));
        return `${rep.pct}%`;
      case 'date': {
        const { m, d } = rep.date;
        this.facts.dates.push(`${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        return L === 'en' ? `${MONTHS.en[m]} ${d}` : `${d} ${MONTHS[L][m]}`;
      }
      case 'day':
        return WEEKDAYS[new Date(ev.time).getUTCDay()];
      case 'year':
        this.facts.years.push(String(rep.year));
        return String(rep.year);
      case 'quote':
        return this.fill(ev.kind.quote[rep.quote][i], part);
      case 'issue':
        return ISSUES[part.issue ?? 0][i];
      case 'jargon':
        return (part.jargon ?? ['', '', ''])[i];
      case 'rplace':
        return this.name((part.rplace ?? ev.place2)[i]);
      case 'rperson':
        return this.personSlot(part.rperson ?? ev.official);
      default:
        return undefined;
    }
  }

  fill(template: string, part: Part, depth = 0): string {
    const withGender = template.replace(/\[([^|\]]*)\|([^|:\]]*)(?:\|([^:\]]*))?:(\w+)\]/g, (_m, masc: string, fem: string, neut: string | undefined, who: string) => {
      if (who === 'org') {
        const g = this.plan.report.event.org.type.g[this.lang === 'uk' ? 1 : 0];
        return g === 0 ? masc : g === 1 ? fem : (neut ?? masc);
      }
      const p = who === 'official' ? this.plan.report.event.official : who === 'rperson' ? (part.rperson ?? this.plan.report.event.official) : this.plan.report.expert;
      return p.female ? fem : masc;
    });
    // {n2~месяц~месяца~месяцев}: a figure and its noun in the agreeing form (ru/uk).
    const withPlurals = withGender.replace(/\{(\w+)~([^~}]+)~([^~}]+)~([^~}]+)\}/g, (_m, k: string, one: string, few: string, many: string) => {
      const v = this.slot(k, part) ?? '';
      const n = Number(v.replace(/\D/g, ''));
      const d = n % 10;
      const dd = n % 100;
      return `${v} ${d === 1 && dd !== 11 ? one : d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? few : many}`;
    });
    return withPlurals.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = this.slot(k, part);
      if (v === undefined) return m;
      return depth < 3 && v.includes('{') ? this.fill(v, part, depth + 1) : v;
    });
  }
}

const capFirst = (s: string): string => {
  // Capitalise the first letter, skipping an opening quotation mark.
  const m = /^([«"“]?)(\p{Ll})/u.exec(s);
  return m ? m[1] + m[2].toUpperCase() + s.slice(m[0].length) : s;
};

/** The template identity of a part (slot values aside). Composed filler keeps only whether it has an opener. */
function shapeOf(plan: Plan, lang: Lang, p: Part): string {
  const k = plan.report.event.kind.name;
  switch (p.t) {
    case 'lead':
      return `${lang}:lead:${k}:${p.v}:${p.w ?? 0}`;
    case 'detail':
    case 'cons':
      return `${lang}:${p.t}:${k}:${p.v}`;
    case 'quote':
      return `${lang}:quote:${p.v}:${k}:${plan.report.quote}`;
    case 'filler':
      return p.c ? `${lang}:comp:${p.c[0] >= 0 ? 1 : 0}:${p.c[1]}:${p.c[2]}` : `${lang}:filler:${p.v}`;
    default:
      return `${lang}:${p.t}:${p.v}`;
  }
}

function renderPart(ctx: Ctx, p: Part): string {
  const k = ctx.plan.report.event.kind;
  const i = LI[ctx.lang];
  switch (p.t) {
    case 'lead': {
      const clause = ctx.fill(k.core[p.v][i], p);
      const wrapper = LEADS[p.w ?? 0][i];
      if ((p.w ?? 0) !== 0) {
        const chain = [ctx.plan.report.outlet.name[i]];
        if (wrapper.includes('{expert}')) chain.push(ctx.plan.report.expert.name[i]);
        ctx.facts.chains.push(chain);
      }
      return capFirst(ctx.fill(wrapper.replace('{clause}', clause), p));
    }
    case 'detail':
      return capFirst(ctx.fill(k.detail[p.v][i], p));
    case 'cons':
      return capFirst(ctx.fill(k.cons[p.v][i], p));
    case 'quote':
      ctx.facts.chains.push([ctx.plan.report.expert.name[i]]);
      return capFirst(ctx.fill(QUOTE_LINES[p.v][i], p));
    case 'src':
      ctx.facts.chains.push([ctx.plan.report.outlet.name[i], ctx.plan.report.expert.name[i]]);
      return capFirst(ctx.fill(SOURCE_LINES[p.v][i], p));
    case 'react':
      return capFirst(ctx.fill(REACTIONS[p.v][i], p));
    case 'filler': {
      if (p.c) {
        const [o, subj, verb, clause] = p.c;
        const body = `${SUBJECTS[subj][i]} ${VERBS_THAT[verb][i]} ${CLAUSES[clause][i]}.`;
        return capFirst(ctx.fill(o >= 0 ? `${OPENERS[o][i]} ${body}` : body, p));
      }
      return capFirst(ctx.fill(FILLER[p.v][i], p));
    }
  }
}

const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function render(plan: Plan, n: number): GenArticle {
  const ctx = new Ctx(plan, plan.lang);
  const k = plan.report.event.kind;
  // The title is not part of the analysed text: its facts go to a throw-away context.
  const title = capFirst(new Ctx(plan, plan.lang).fill(k.head[plan.head][LI[plan.lang]], { t: 'lead', v: 0 }));
  let text = '';
  const parts: RenderedPart[] = [];
  for (const p of plan.parts) {
    const before = ctx.facts.names.length;
    const s = renderPart(ctx, p);
    text += text === '' ? '' : p.br ? '\n\n' : ' ';
    parts.push({ shape: shapeOf(plan, plan.lang, p), start: text.length, end: text.length + s.length, names: ctx.facts.names.slice(before) });
    text += s;
  }
  text += '\n';
  const date = new Date(plan.time);
  const id = `s${String(n).padStart(7, '0')}`;
  const path = plan.lang === 'en' ? slug(title) : `${plan.report.event.kind.name}-${plan.serial}`;
  return {
    n,
    id,
    url: `https://${plan.domain}/${date.toISOString().slice(0, 10).replace(/-/g, '/')}/${path}-${plan.serial}`,
    domain: plan.domain,
    published: date.toISOString().replace('.000Z', 'Z'),
    title,
    lang: plan.lang,
    text,
    words: wordCount(text),
    gold: plan.report.gold,
    kind: plan.kind,
    facts: ctx.facts,
    parts,
    fictional: true,
  };
}

/** An article's labels without its text (`stream(seed, { skipTextBelow })`): text, title and facts empty. */
function label(plan: Plan, n: number): GenArticle {
  const id = `s${String(n).padStart(7, '0')}`;
  return {
    n, id, url: '', domain: plan.domain, published: new Date(plan.time).toISOString(), title: '', lang: plan.lang, text: '', words: 0,
    gold: plan.report.gold, kind: plan.kind, facts: { names: [], persons: [], numbers: [], dates: [], years: [], chains: [] }, parts: [], fictional: true,
  };
}

// ------------------------------------------------------------------ the stream

/** Binary min-heap of plans by (time, serial). */
class Heap {
  private readonly a: Plan[] = [];
  get size(): number {
    return this.a.length;
  }
  peek(): Plan | undefined {
    return this.a[0];
  }
  push(p: Plan): void {
    const a = this.a;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const j = (i - 1) >> 1;
      if (!less(a[i], a[j])) break;
      [a[i], a[j]] = [a[j], a[i]];
      i = j;
    }
  }
  pop(): Plan | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
const less = (x: Plan, y: Plan): boolean => x.time < y.time || (x.time === y.time && x.serial < y.serial);

const START = Date.UTC(2031, 0, 5, 6, 0, 0);
const MEAN_GAP_MS = 70_000;
const HOUR = 3_600_000;

/** Number of rewrites: 1–12, P(k) ∝ k^-1.3. */
const REWRITE_CDF = (() => {
  const w = Array.from({ length: 12 }, (_, i) => (i + 1) ** -1.3);
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
})();
function rewriteCount(r: Rng): number {
  const u = r();
  const i = REWRITE_CDF.findIndex((c) => u <= c);
  return (i < 0 ? 11 : i) + 1;
}

function pickLang(r: Rng): Lang {
  const u = r();
  return u < 0.6 ? 'en' : u < 0.85 ? 'ru' : 'uk';
}

/** Planned length; Russian and Ukrainian render ≈ 15 % fewer words from the same templates. */
function wordsTarget(r: Rng, lang: Lang): number {
  return Math.round(int(r, 340, 700) * (lang === 'en' ? 1 : 1.18));
}

/** Schedules the articles of one source report: original, rewrites, copies, translations. */
function scheduleReport(r: Rng, heap: Heap, report: Report, t0: number, rewrites: number, kindOfOriginal: Kind): void {
  const lang = report.lang;
  const original: Plan = {
    report,
    kind: kindOfOriginal,
    lang,
    domain: report.outlet.domain,
    time: t0,
    head: pickI(r, 2),
    parts: padParts(r, composeParts(r, report, false), wordsTarget(r, lang), false),
    serial: serialCounter++,
  };
  heap.push(original);
  const family: Plan[] = [original];
  for (let i = 0; i < rewrites; i++) {
    // Lognormal delay around ~1.5 h, within 12 h.
    const delay = Math.min(12 * HOUR, Math.max(0.2 * HOUR, Math.exp(Math.log(1.5 * HOUR) + 0.9 * gauss(r))));
    const time = t0 + Math.round(delay);
    let plan: Plan;
    if (chance(r, 0.12)) {
      // Near-verbatim copy: the original's parts, one paragraph dropped, a new headline.
      const parts = original.parts.slice();
      const paraStarts = parts.map((p, j) => (p.br ? j : -1)).filter((j) => j > 0);
      if (paraStarts.length > 1) {
        const s = pick(r, paraStarts);
        let e = s + 1;
        while (e < parts.length && !parts[e].br) e++;
        parts.splice(s, e - s);
      }
      plan = { report, kind: 'copy', lang, domain: rewriterDomain(r), time, head: 1 - original.head, parts, serial: serialCounter++ };
    } else {
      plan = { report, kind: 'rewrite', lang, domain: rewriterDomain(r), time, head: pickI(r, 2), parts: padParts(r, composeParts(r, report, true), wordsTarget(r, lang), true), serial: serialCounter++ };
      if (chance(r, 0.1)) plan.override = chance(r, 0.5) ? { n1: roundish(report.n1) } : { n2: roundish(report.n2) };
    }
    heap.push(plan);
    family.push(plan);
  }
  const translations = chance(r, 0.3) ? (chance(r, 0.27) ? 2 : 1) : 0;
  for (let i = 0; i < translations; i++) {
    const parent = pick(r, family);
    const to = pick(r, LANGS.filter((l) => l !== parent.lang));
    const parts = parent.parts.slice();
    const time = parent.time + Math.round((0.5 + r() * 8) * HOUR);
    const plan: Plan = { report, kind: 'translation', lang: to, domain: rewriterDomain(r), time, head: parent.head, parts, serial: serialCounter++ };
    if (parent.override) plan.override = parent.override;
    heap.push(plan);
  }
}

function roundish(n: number): number {
  if (n >= 100) return Math.round(n / 50) * 50 || n;
  if (n >= 20) return Math.round(n / 10) * 10 || n;
  return n + 1;
}

function gauss(r: Rng): number {
  const u = Math.max(1e-12, r());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/**
 * The stream: articles in publication order, forever. `gold` numbers are assigned in order of
 * creation (a story's number is fixed when its source report is drawn).
 */
export function* stream(seed = STORIES_SEED, opts: { skipTextBelow?: number; renderIf?: (n: number) => boolean } = {}): Generator<GenArticle> {
  serialCounter = 0;
  const skip = opts.skipTextBelow ?? 0;
  const renderIf = opts.renderIf ?? ((): boolean => true);
  const r = seededRandom(seed);
  const heap = new Heap();
  let clock = START;
  let gold = 0;
  let n = 0;
  for (;;) {
    clock += Math.max(1000, Math.round(-Math.log(Math.max(1e-12, r())) * MEAN_GAP_MS));
    if (chance(r, 0.22)) {
      // Unrelated: soft news mostly, some unretold hard news; a story of one.
      const ev = makeEvent(r, clock, chance(r, 0.3));
      const rep = makeReport(r, ev, gold++, pickLang(r));
      heap.push({ report: rep, kind: 'unrelated', lang: rep.lang, domain: rep.outlet.domain, time: clock, head: pickI(r, 2), parts: padParts(r, composeParts(r, rep, false), wordsTarget(r, rep.lang), false), serial: serialCounter++ });
    } else {
      const ev = makeEvent(r, clock, true);
      const rep = makeReport(r, ev, gold++, pickLang(r));
      scheduleReport(r, heap, rep, clock, rewriteCount(r), 'original');
      if (chance(r, 0.15)) {
        // An independent report of the same event: same place, organisation, company, date;
        // its own outlet, expert, figures and quote. A story of its own, with 0–2 rewrites.
        const ind = makeReport(r, ev, gold++, pickLang(r));
        ind.date = rep.date;
        scheduleReport(r, heap, ind, clock + Math.round(r() * 6 * HOUR), int(r, 0, 2), 'independent');
      }
    }
    while (heap.size > 0 && heap.peek()!.time <= clock) {
      const plan = heap.pop()!;
      // Rendering draws no random numbers, so skipping it leaves the stream unchanged.
      yield n < skip || !renderIf(n) ? label(plan, n++) : render(plan, n++);
    }
  }
}

/** The first `count` articles. */
export function* take(count: number, seed = STORIES_SEED): Generator<GenArticle> {
  if (count <= 0) return;
  let i = 0;
  for (const a of stream(seed)) {
    yield a;
    if (++i >= count) return;
  }
}

/** SHA-256 (first 16 hex digits) over the texts, as the corpus is streamed. */
export class Digest {
  private readonly h = createHash('sha256');
  add(a: GenArticle): void {
    this.h.update(a.text).update('\u0000');
  }
  hex(): string {
    return this.h.digest('hex').slice(0, 16);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(fileURLToPath(import.meta.url));
  const arg = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const count = Number(arg('--count') ?? 1000);
  const out = resolve(arg('--out') ?? resolve(here, 'corpus', 'stories.jsonl'));
  mkdirSync(dirname(out), { recursive: true });
  const lines: string[] = [];
  const digest = new Digest();
  let words = 0;
  const kinds = new Map<string, number>();
  for (const a of take(count)) {
    digest.add(a);
    words += a.words;
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    const { facts: _facts, parts: _parts, n: _n, words: _w, ...rest } = a;
    lines.push(JSON.stringify(rest));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`${count} fictional articles, mean ${Math.round(words / count)} words, kinds ${JSON.stringify(Object.fromEntries(kinds))}, digest ${digest.hex()} → ${out}\n`);
}
