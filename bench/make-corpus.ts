/**
 * The benchmark corpus: FICTIONAL news articles generated deterministically from sentence
 * templates written for this benchmark (no real text, people, outlets or events; any
 * resemblance is accidental). A seeded PRNG makes every run produce the same corpus, so
 * throughput numbers are comparable across commits. `corpusDigest` fingerprints it.
 *
 *   node --import tsx bench/make-corpus.ts [--out bench/corpus/articles.jsonl]
 *
 * writes the corpus as JSONL ({"id","lang","title","text","fictional":true}) for inspection;
 * bench/run.ts generates it in memory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random.js';

export interface BenchArticle {
  id: string;
  lang: 'en' | 'ru' | 'uk';
  title: string;
  text: string;
  fictional: true;
}

export const DEFAULT_SEED = 20240710;
export const DEFAULT_COUNTS = { en: 180, ru: 30, uk: 30 } as const;
/** Articles grow paragraph by paragraph until they reach this many words (±1 paragraph). */
export const TARGET_WORDS = 700;

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills `{slot}` placeholders from `slots`; each slot function may itself use placeholders. */
function fill(r: Rng, template: string, slots: Record<string, (r: Rng) => string>, depth = 0): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const f = slots[k];
    if (!f) return m;
    const v = f(r);
    return depth < 4 ? fill(r, v, slots, depth + 1) : v;
  });
}

// ---------------------------------------------------------------- English (fictional)

const EN_FIRST = ['Marta', 'Tobias', 'Ilona', 'Declan', 'Priya', 'Oskar', 'Helena', 'Rafael', 'Yusuf', 'Greta', 'Colm', 'Anneli', 'Bertrand', 'Saskia', 'Emeka', 'Lorna', 'Viktor', 'Noor', 'Fenna', 'Aurelio'];
const EN_LAST = ['Vantreel', 'Osgood', 'Hallikainen', 'Marchetti', 'Quillfeather', 'Dunmore', 'Okonjo', 'Brevik', 'Castellane', 'Thornbury', 'Ashdown', 'Kessler-Ruiz', 'Pemberly', 'Zaragosa', 'Lindqvist', 'Harrowgate', 'Moravec', 'Iqbal', 'Delacroix-Vane', 'Stroud'];
const EN_ROLES = ['a spokesperson for the {org}', 'the deputy minister of {field}', 'a senior analyst at the {org}', 'the mayor of {place}', 'a former adviser to the {org}', 'a professor of {field} at {place} University', 'the chief executive of {company}', 'an independent military expert', 'a member of the regional council', 'the head of the {org}'];
const EN_ORGS = ['Ministry of Transport', 'Harbour Authority', 'Institute for Civic Studies', 'Regional Water Board', 'Council for Energy Security', 'National Statistics Office', 'Coastal Defence Command', 'Federation of Small Farmers', 'Audit Chamber', 'Rail Workers Union'];
const EN_OUTLETS = ['the Northgate Courier', 'Radio Vellmar', 'the Lornby Gazette', 'Brightwater News', 'the Evening Ledger', 'Channel Seven Harwick', 'the Daily Meridian', 'Atlas Wire'];
const EN_COMPANIES = ['Pellham Logistics', 'Orrin Steel', 'Cadmus Energy', 'Tessaly Foods', 'Quarrow Systems', 'Blue Fen Shipping'];
const EN_PLACES = ['Harwick', 'Lornby', 'Vellmar', 'Oskarsund', 'East Tiller', 'Brannock', 'Saint Oda', 'Mirefield', 'Calder Point', 'New Ashby'];
const EN_FIELDS = ['economics', 'public health', 'energy', 'transport', 'agriculture', 'defence', 'housing', 'digital affairs'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const EN_SLOTS: Record<string, (r: Rng) => string> = {
  person: (r) => `${pick(r, EN_FIRST)} ${pick(r, EN_LAST)}`,
  last: (r) => pick(r, EN_LAST),
  role: (r) => pick(r, EN_ROLES),
  org: (r) => pick(r, EN_ORGS),
  outlet: (r) => pick(r, EN_OUTLETS),
  Outlet: (r) => cap(pick(r, EN_OUTLETS)),
  company: (r) => pick(r, EN_COMPANIES),
  place: (r) => pick(r, EN_PLACES),
  field: (r) => pick(r, EN_FIELDS),
  day: (r) => pick(r, EN_DAYS),
  date: (r) => `${pick(r, EN_MONTHS)} ${int(r, 1, 28)}`,
  year: (r) => String(int(r, 2019, 2031)),
  num: (r) => String(int(r, 3, 950)),
  pct: (r) => `${int(r, 2, 68)}.${int(r, 0, 9)} percent`,
  money: (r) => `$${int(r, 2, 900)} million`,
  claim: (r) =>
    pick(r, [
      'the {org} would cut its budget by {pct} next year',
      'at least {num} households in {place} had been left without heating',
      'the new bridge at {place} would open by {date}',
      '{company} had agreed to pay {money} to settle the dispute',
      'talks with the {org} had stalled over the timetable',
      'prices for {field} services rose {pct} in the second quarter',
      'the plan had been drafted without consulting the {org}',
      'about {num} troops had been moved closer to {place}',
      'the inspection found {num} violations at the {place} depot',
      'the reform would not be debated before {year}',
      'the contract was signed on {date} behind closed doors',
      'the figures published by the {org} were incomplete',
    ]),
  quote: (r) =>
    pick(r, [
      'We will not accept a deal that leaves {place} behind',
      'The numbers speak for themselves',
      'Nobody told us the money was gone',
      'This is the biggest test the {org} has faced in a decade',
      'We expect a decision by {date}, not later',
      'I have seen nothing to support those claims',
      'Our people have waited long enough',
    ]),
  hedge: (r) => pick(r, ['reportedly', 'allegedly', 'apparently', 'possibly']),
};

const EN_SENTENCES: readonly string[] = [
  '{person}, {role}, said {claim}.',
  '{person} said on {day} that {claim}.',
  '{Outlet}, citing {person}, {role}, reported that {claim}.',
  'According to {outlet}, {claim}.',
  'According to {person}, {role}, {claim}.',
  '"{quote}," {person} told {outlet}.',
  '"{quote}," said {person}, {role}.',
  '{claim}, {outlet} reported, citing sources in the {org}.',
  '{person} told reporters in {place} that {claim}.',
  'The {org} {hedge} approved the plan on {date}.',
  '{company} {hedge} delayed payments to {num} suppliers.',
  '{company} is said to have moved {money} to an account in {place}.',
  'Officials in {place} {hedge} knew about the problem since {year}.',
  '{Outlet} wrote, referring to a source in the {org}, that {claim}.',
  'In an interview with {outlet}, {person} said {claim}.',
  '{last} added that {claim}.',
  'He noted that the {org} had not commented.',
  'She said the decision was "final" and would not be revisited.',
  'The statement came after {num} residents gathered outside the town hall in {place} on {date}.',
  '{claim}.',
  'The {org} did not respond to a request for comment.',
  'The meeting in {place} lasted more than {num} minutes.',
  'Last year the region received {money} from the central budget.',
  'Turnout in {place} reached {pct}, the highest since {year}.',
  'Critics argue that {claim}, while supporters point to the {org}.',
  'Earlier, {outlet} reported that {claim}.',
];

const EN_TITLES = ['{Outlet} reports new dispute over {place} budget', 'Officials in {place} deny report on {field} cuts', '{person} warns of delays at {org}', '{company} under scrutiny after {place} inquiry', 'What we know about the {place} {field} plan'];

// ---------------------------------------------------------------- Russian (fictional)

interface Person {
  name: string;
  f: boolean;
}
/** Case forms: nominative, genitive, prepositional/locative. */
type Forms = readonly [string, string, string];

/** Picks a person and returns the text with the verb agreeing in gender. */
function personSaid(r: Rng, people: readonly Person[], verbs: { m: string; f: string }, verbFirst: boolean): string {
  const p = pick(r, people);
  const v = p.f ? verbs.f : verbs.m;
  return verbFirst ? `${v} ${p.name}` : `${p.name} ${v}`;
}

const RU_PEOPLE: readonly Person[] = [
  { name: 'Ирина Волгина', f: true },
  { name: 'Павел Стрижов', f: false },
  { name: 'Олег Ракитин', f: false },
  { name: 'Анна Берестова', f: true },
  { name: 'Глеб Озеров', f: false },
  { name: 'Марина Ветлугина', f: true },
  { name: 'Тимур Каспаров', f: false },
  { name: 'Денис Холмогоров', f: false },
];
const RU_ROLES = ['пресс-секретарь регионального ведомства', 'военный эксперт', 'депутат городской думы', 'глава района', 'экономист', 'представитель профсоюза'];
const RU_OUTLETS = ['«Северный вестник»', '«Заречные новости»', '«Радио Полесье»', '«Вечерний курьер»', '«Лесногорская правда»'];
const RU_PLACES: readonly Forms[] = [
  ['Лесногорск', 'Лесногорска', 'Лесногорске'],
  ['Заречье', 'Заречья', 'Заречье'],
  ['Верхнедольск', 'Верхнедольска', 'Верхнедольске'],
  ['Краснобор', 'Краснобора', 'Красноборе'],
  ['Озёрск', 'Озёрска', 'Озёрске'],
];
const RU_ORGS: readonly Forms[] = [
  ['министерство транспорта', 'министерства транспорта', 'министерстве транспорта'],
  ['городская администрация', 'городской администрации', 'городской администрации'],
  ['областной суд', 'областного суда', 'областном суде'],
  ['водоканал', 'водоканала', 'водоканале'],
  ['штаб гражданской обороны', 'штаба гражданской обороны', 'штабе гражданской обороны'],
];
const RU_SLOTS: Record<string, (r: Rng) => string> = {
  said: (r) => personSaid(r, RU_PEOPLE, { m: 'заявил', f: 'заявила' }, false),
  saidby: (r) => personSaid(r, RU_PEOPLE, { m: 'сказал', f: 'сказала' }, true),
  role: (r) => pick(r, RU_ROLES),
  outlet: (r) => pick(r, RU_OUTLETS),
  placeGen: (r) => pick(r, RU_PLACES)[1],
  placeLoc: (r) => pick(r, RU_PLACES)[2],
  orgGen: (r) => pick(r, RU_ORGS)[1],
  orgLoc: (r) => pick(r, RU_ORGS)[2],
  num: (r) => String(int(r, 3, 950)),
  date: (r) => `${int(r, 1, 28)} ${pick(r, ['марта', 'апреля', 'мая', 'июня', 'октября'])}`,
  claim: (r) =>
    pick(r, [
      'в {placeLoc} без отопления остались более {num} домов',
      'ремонт моста завершится к {date}',
      'бюджет {orgGen} сократят на {num} млн рублей',
      'переговоры зашли в тупик',
      'проверка выявила более {num} нарушений',
      'решение было принято без обсуждения',
    ]),
  hedge: (r) => pick(r, ['якобы', 'предположительно', 'по неподтверждённым данным,']),
};
const RU_SENTENCES: readonly string[] = [
  '{role} {said}, что {claim}.',
  'Как сообщает издание {outlet}, {claim}.',
  'По данным {orgGen}, {claim}.',
  'Издание {outlet}, ссылаясь на источник в руководстве {orgGen}, сообщило, что {claim}.',
  '«Мы ждём ответа до {date}», — {saidby}.',
  'По словам эксперта, {claim}.',
  'Чиновники {hedge} знали о проблеме заранее.',
  'Встреча в {placeLoc} продолжалась более {num} минут.',
  'В {orgLoc} от комментариев отказались.',
  'Жители {placeGen} собрались у здания администрации {date}.',
  'Ранее издание {outlet} писало, что {claim}.',
];

// ---------------------------------------------------------------- Ukrainian (fictional)

const UK_PEOPLE: readonly Person[] = [
  { name: 'Оксана Вербицька', f: true },
  { name: 'Тарас Левченко', f: false },
  { name: 'Богдан Соколюк', f: false },
  { name: 'Ярина Мельничук', f: true },
  { name: 'Андрій Гайовий', f: false },
  { name: 'Галина Ткачишин', f: true },
];
const UK_ROLES = ['речник міської ради', 'військовий експерт', 'депутат обласної ради', 'голова громади', 'економіст'];
const UK_OUTLETS = ['«Вісник Подолу»', '«Радіо Дністер»', '«Вечірній кур’єр»', '«Новини Зарічча»'];
const UK_PLACES: readonly Forms[] = [
  ['Зарічне', 'Зарічного', 'Зарічному'],
  ['Верхньодольськ', 'Верхньодольська', 'Верхньодольську'],
  ['Озеряни', 'Озерян', 'Озерянах'],
  ['Лісноград', 'Ліснограда', 'Ліснограді'],
];
const UK_ORGS: readonly Forms[] = [
  ['міністерство транспорту', 'міністерства транспорту', 'міністерстві транспорту'],
  ['міська адміністрація', 'міської адміністрації', 'міській адміністрації'],
  ['водоканал', 'водоканалу', 'водоканалі'],
  ['обласний суд', 'обласного суду', 'обласному суді'],
];
const UK_SLOTS: Record<string, (r: Rng) => string> = {
  said: (r) => personSaid(r, UK_PEOPLE, { m: 'заявив', f: 'заявила' }, false),
  saidby: (r) => personSaid(r, UK_PEOPLE, { m: 'сказав', f: 'сказала' }, true),
  role: (r) => pick(r, UK_ROLES),
  outlet: (r) => pick(r, UK_OUTLETS),
  placeGen: (r) => pick(r, UK_PLACES)[1],
  placeLoc: (r) => pick(r, UK_PLACES)[2],
  orgGen: (r) => pick(r, UK_ORGS)[1],
  orgLoc: (r) => pick(r, UK_ORGS)[2],
  num: (r) => String(int(r, 3, 950)),
  date: (r) => `${int(r, 1, 28)} ${pick(r, ['березня', 'квітня', 'травня', 'червня', 'жовтня'])}`,
  claim: (r) =>
    pick(r, [
      'у {placeLoc} без опалення залишилися понад {num} будинків',
      'ремонт мосту завершать до {date}',
      'бюджет {orgGen} скоротять на {num} млн гривень',
      'переговори зайшли в глухий кут',
      'перевірка виявила понад {num} порушень',
      'рішення ухвалили без обговорення',
    ]),
  hedge: (r) => pick(r, ['нібито', 'імовірно']),
};
const UK_SENTENCES: readonly string[] = [
  '{role} {said}, що {claim}.',
  'Як повідомляє видання {outlet}, {claim}.',
  'За даними {orgGen}, {claim}.',
  'Видання {outlet}, посилаючись на джерело в керівництві {orgGen}, повідомило, що {claim}.',
  '«Ми чекаємо на відповідь до {date}», — {saidby}.',
  'За словами експерта, {claim}.',
  'Посадовці {hedge} знали про проблему заздалегідь.',
  'Зустріч у {placeLoc} тривала понад {num} хвилин.',
  'У {orgLoc} від коментарів відмовилися.',
  'Раніше видання {outlet} писало, що {claim}.',
];

const LANGS = {
  en: { slots: EN_SLOTS, sentences: EN_SENTENCES, titles: EN_TITLES },
  ru: { slots: RU_SLOTS, sentences: RU_SENTENCES, titles: ['{outlet}: {claim}', 'В {placeLoc} обсуждают решение {orgGen}'] },
  uk: { slots: UK_SLOTS, sentences: UK_SENTENCES, titles: ['{outlet}: {claim}', 'У {placeLoc} обговорюють рішення {orgGen}'] },
} as const;

function sentence(r: Rng, lang: BenchArticle['lang']): string {
  const { slots, sentences } = LANGS[lang];
  return cap(fill(r, pick(r, sentences), slots));
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function article(r: Rng, lang: BenchArticle['lang'], n: number): BenchArticle {
  const { slots, titles } = LANGS[lang];
  const title = cap(fill(r, pick(r, titles), slots));
  const paragraphs: string[] = [];
  let words = wordCount(title);
  while (words < TARGET_WORDS) {
    const k = int(r, 2, 5);
    const p: string[] = [];
    for (let i = 0; i < k; i++) p.push(sentence(r, lang));
    const para = p.join(' ');
    paragraphs.push(para);
    words += wordCount(para);
  }
  return { id: `bench-${lang}-${String(n).padStart(3, '0')}`, lang, title, text: `${title}\n\n${paragraphs.join('\n\n')}\n`, fictional: true };
}

/** The corpus: English, then Russian, then Ukrainian articles, all from one seeded stream. */
export function makeCorpus(seed = DEFAULT_SEED, counts: Record<BenchArticle['lang'], number> = DEFAULT_COUNTS): BenchArticle[] {
  const r = seededRandom(seed);
  const out: BenchArticle[] = [];
  for (const lang of ['en', 'ru', 'uk'] as const) for (let i = 0; i < counts[lang]; i++) out.push(article(r, lang, i));
  return out;
}

/** SHA-256 (first 16 hex digits) of the corpus texts: equal digests mean an identical corpus. */
export function corpusDigest(corpus: readonly BenchArticle[]): string {
  const h = createHash('sha256');
  for (const a of corpus) h.update(a.text).update('\u0000');
  return h.digest('hex').slice(0, 16);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(fileURLToPath(import.meta.url));
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? resolve(process.argv[at + 1]) : resolve(here, 'corpus', 'articles.jsonl');
  const corpus = makeCorpus();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, corpus.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const words = corpus.reduce((n, a) => n + wordCount(a.text), 0);
  process.stdout.write(`${corpus.length} fictional articles, ${words} words (mean ${Math.round(words / corpus.length)}), digest ${corpusDigest(corpus)} → ${out}\n`);
}
