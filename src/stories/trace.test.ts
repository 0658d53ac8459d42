/**
 * Where a story comes from, on stories assembled by hand. Every text here is FICTIONAL, written
 * for these tests: the villages, the bridge, the experts and their claims are invented. Real
 * agencies (RIA Novosti, TASS, Interfax, RT) and their domains appear only so that the origin
 * rules meet real outlets; they never published these words (see samples/README.md).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { renderTrace } from '../report/stories.js';
import type { StoredArticle, Story } from '../store/types.js';
import { analysisOf } from './analysis.js';
import { domainSpells, timingOf } from './origin.js';
import { traceArticles, type StoryTrace } from './trace.js';

let nextId = 1;

function page(domain: string, lang: string, text: string, published?: string): StoredArticle {
  const id = nextId++;
  const url = `https://${domain}/news/${id}`;
  const doc = analyze({ format: 'jsonl', text, url, domain, lang, ...(published ? { published } : {}) });
  return {
    id, key: url, url, domain, lang: doc.lang, text, analysis: analysisOf(doc),
    ingestedAt: '2025-05-20T00:00:00Z', storyId: 1, storyScore: null, ...(published ? { published } : {}),
  };
}

/** Terminal output with its line wrapping undone. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function trace(articles: StoredArticle[]): StoryTrace {
  const story: Story = { id: 1, articles: articles.length, domains: new Set(articles.map((a) => a.domain)).size, firstPublished: null, lastPublished: null, title: null, createdAt: '2025-05-20T00:00:00Z' };
  return traceArticles(story, articles);
}

// One fictional report: military expert Pavel Drozdov on a bridge near the village of Zorevo.
const RIA_RU = 'ЛУГАНСК, 12 мая. /РИА Новости/. Подразделения ВСУ взорвали мост у села Зорево на Тихорецком направлении, сообщил РИА Новости военный эксперт Павел Дроздов.\n\n«Мост через реку Тихая разрушен полностью, переправы больше нет», — сказал Дроздов.';
const COPY_EN_RIA = 'Ukrainian forces blew up a bridge near the village of Zorevo on the Tikhoretsk front, military expert Pavel Drozdov told RIA Novosti.\n\n"The bridge over the Tikhaya river is completely destroyed; there is no crossing any more," Drozdov said, according to RIA Novosti.';
const COPY_EN_RIA_2 = 'According to RIA Novosti, the Ukrainian military destroyed the bridge at Zorevo, a village on the Tikhoretsk front. Expert Pavel Drozdov said the Tikhaya crossing no longer exists.';
const TASS_EN = 'LUGANSK, May 14. /TASS/. Ukrainian units have left the village of Kamyshevka on the Tikhoretsk front, military expert Pavel Drozdov told TASS.\n\n"Kamyshevka is empty, the last units left overnight," Drozdov said.';
const COPY_EN_TASS = 'Ukrainian units abandoned Kamyshevka on the Tikhoretsk front overnight, military expert Pavel Drozdov told TASS. "The last units left overnight," Drozdov said.';
const COPY_EN_TASS_2 = 'Military expert Pavel Drozdov says Ukrainian troops have left Kamyshevka, TASS reported. According to Drozdov, the village on the Tikhoretsk front is now empty.';
const COPY_EN_SPEAKER = 'Ukrainian units have withdrawn from the village of Kamyshevka on the Tikhoretsk front, military expert Pavel Drozdov said on Wednesday.';

test('the original in another language is found on the domain of the outlet the copies cite', () => {
  const original = page('ria.ru', 'ru', RIA_RU, '2025-05-12T06:00:00Z');
  const t = trace([page('harbor-ledger.example', 'en', COPY_EN_RIA, '2025-05-12T07:10:00Z'), original, page('pine-gazette.example', 'en', COPY_EN_RIA_2, '2025-05-12T08:00:00Z')]);
  assert.equal(t.origin.status, 'in-corpus');
  assert.equal(t.origin.article?.id, original.id);
  assert.equal(t.origin.basis, 'cited-outlet');
  assert.match(t.origin.reason, /ria\.ru, a domain of RIA Novosti/);
  assert.equal(t.base.id, original.id, 'copies are diffed against the original');
  const ria = t.origin.sources.find((s) => s.name === 'RIA Novosti');
  assert.equal(ria?.inCorpus, original.id);
  assert.equal(t.origin.sources[0]!.name, 'RIA Novosti', 'outlets first');
  assert.ok(t.origin.sources.some((s) => s.kind === 'person' && /Drozdov|Дроздов/.test(s.name)));
});

test('an undated original is still found, and is not called the earliest copy', () => {
  const original = page('tass.com', 'en', TASS_EN);
  const first = page('harbor-ledger.example', 'en', COPY_EN_TASS, '2025-05-14');
  const t = trace([original, first, page('pine-gazette.example', 'en', COPY_EN_TASS_2, '2025-05-15')]);
  assert.equal(t.origin.status, 'in-corpus');
  assert.equal(t.origin.article?.domain, 'tass.com');
  assert.match(t.origin.reason, /undated/);
  assert.equal(t.origin.earliest?.id, first.id, 'the earliest dated copy');
  assert.equal(t.origin.earliest?.precision, 'day');
  assert.deepEqual(t.origin.earliest?.undated, [original.id], 'the undated original could be earlier, and says so');
  assert.match(flat(renderTrace(t)), /Earliest copy: #\d+ harbor-ledger\.example .* day only; 1 undated copy could be earlier/);
});

test('original not in the corpus: the earliest copy, and the cited sources ranked, outlets first', () => {
  const a = page('harbor-ledger.example', 'en', COPY_EN_TASS, '2025-05-14');
  const b = page('pine-gazette.example', 'en', COPY_EN_TASS_2, '2025-05-14');
  const c = page('river-tribune.example', 'en', COPY_EN_SPEAKER);
  const t = trace([c, b, a]);
  assert.equal(t.origin.status, 'not-in-corpus');
  assert.equal(t.origin.article, null);
  assert.equal(t.original, null);
  assert.match(t.origin.reason, /TASS/);
  assert.equal(t.origin.earliest?.id, a.id);
  assert.deepEqual(t.origin.earliest?.couldBeEarlier, [b.id], 'same day: order unknown');
  assert.deepEqual(t.origin.earliest?.undated, [c.id]);
  const [first, second] = t.origin.sources;
  assert.equal(first?.name, 'TASS');
  assert.equal(first?.kind, 'outlet');
  assert.equal(first?.inCorpus, null);
  assert.ok(first?.domains.includes('tass.ru'));
  assert.equal(second?.name, 'Pavel Drozdov');
  assert.equal(second?.copies, 3, 'the speaker, cited by every copy');
  const out = flat(renderTrace(t));
  assert.match(out, /Original: NOT IN CORPUS/);
  assert.match(out, /1\. TASS · outlet · tass\.ru.* · not in corpus/);
  assert.match(out, /2\. Pavel Drozdov · person · cited by 3 of 3 copies/);
  assert.match(out, /day only; 1 copy dated the same day could be earlier; 1 undated copy could be earlier/);
});

test('no copy dated: no earliest copy is claimed', () => {
  const t = trace([page('harbor-ledger.example', 'en', COPY_EN_TASS), page('pine-gazette.example', 'en', COPY_EN_TASS_2)]);
  assert.equal(t.origin.earliest, null);
  assert.match(renderTrace(t), /Earliest copy: unknown — no copy is dated/);
  assert.ok(t.timeline.every((x) => x.lagHours === null && x.precision === 'none'));
});

test("an outlet's own page counts when it credits itself and the copies cite no other outlet", () => {
  const own = page('tass.com', 'en', TASS_EN);
  const t = trace([page('harbor-ledger.example', 'en', COPY_EN_SPEAKER, '2025-05-14'), own]);
  assert.equal(t.origin.article?.id, own.id);
  assert.equal(t.origin.basis, 'own-credit');
});

test('a page on an outlet the copies do not point to is not the original', () => {
  // Interfax's page credits Interfax; the copies cite TASS: the original is TASS's, not here.
  const interfax = page('interfax.ru', 'en', 'MOSCOW, May 14 (Interfax) - Ukrainian units have left Kamyshevka on the Tikhoretsk front, military expert Pavel Drozdov told TASS, Interfax reported.');
  const t = trace([interfax, page('harbor-ledger.example', 'en', COPY_EN_TASS, '2025-05-14'), page('pine-gazette.example', 'en', COPY_EN_TASS_2, '2025-05-14')]);
  assert.equal(t.origin.status, 'not-in-corpus');
  assert.equal(t.origin.sources[0]?.name, 'TASS');
  assert.equal(t.origin.sources.find((s) => s.name === 'Interfax')?.inCorpus, interfax.id, "Interfax's page is recognised as Interfax's");
  assert.match(t.origin.reason, /no copy is published on a domain of TASS/);
});

test('the earliest copy in a language of its own is not taken for the original', () => {
  const italian = page('notizie-rapide.example', 'it', 'Secondo l’esperto militare Pavel Drozdov, le unità ucraine hanno lasciato il villaggio di Kamyshevka sul fronte di Tikhoretsk.', '2025-05-14T05:00:00Z');
  const t = trace([italian, page('harbor-ledger.example', 'en', COPY_EN_SPEAKER, '2025-05-14T09:00:00Z'), page('river-tribune.example', 'en', COPY_EN_SPEAKER.replace('Wednesday', 'Thursday'), '2025-05-14T10:00:00Z')]);
  assert.equal(t.origin.status, 'not-in-corpus');
  assert.equal(t.origin.earliest?.id, italian.id);
  assert.equal(t.origin.earliest?.precision, 'time');
});

test("with no outlet cited, the one copy on an outlet's own domain is a guess, said so", () => {
  const rt = page('de.rt.com', 'en', 'Ukrainian units have left the village of Kamyshevka, military expert Pavel Drozdov said.');
  const copy = page('harbor-ledger.example', 'en', COPY_EN_SPEAKER);
  const t = trace([copy, rt]);
  assert.equal(t.origin.article?.domain, 'de.rt.com');
  assert.equal(t.origin.basis, 'outlet-domain');
  assert.match(t.origin.reason, /guess/);
  assert.match(renderTrace(t), /Original \(possibly\): #\d+ de\.rt\.com/);
  // A copy dated before it: no guess.
  const rtDated = page('de.rt.com', 'en', 'Ukrainian units have left the village of Kamyshevka, military expert Pavel Drozdov said.', '2025-05-15');
  assert.equal(trace([page('harbor-ledger.example', 'en', COPY_EN_SPEAKER, '2025-05-14'), rtDated]).origin.status, 'not-in-corpus');
});

test('a domain spells an outlet’s name', () => {
  const cases: Array<[string, string, boolean]> = [
    ['vestnik-rubezha.example', 'Vestnik Rubezha', true],
    ['www.vestnik-rubezha.example', 'Вестник Рубежа', true],
    ['polarstar-intl.example', 'Polar Star International', true],
    ['orbita-news.example', 'Orbita News Agency', true],
    ['news.orbita.example', 'Orbita', true],
    ['vestnik.example', 'Vestnik Rubezha', false],
    ['rubezha-daily.example', 'Vestnik Rubezha', false],
    ['kyiv-post.example', 'Kyiv', false],
    ['rt.example', 'RT', false],
  ];
  for (const [host, name, yes] of cases) assert.equal(domainSpells(host, name), yes, `${host} / ${name}`);
});

test('how precisely a publication time is known', () => {
  const cases: Array<[string | null, string, number | null]> = [
    ['2025-05-14T06:40:00Z', 'time', Date.UTC(2025, 4, 14, 6, 40)],
    ['2025-05-14', 'day', Date.UTC(2025, 4, 14)],
    ['2025-05', 'month', Date.UTC(2025, 4, 1)],
    ['2025', 'year', Date.UTC(2025, 0, 1)],
    [null, 'none', null],
    ['not a date', 'none', null],
  ];
  for (const [published, precision, start] of cases) {
    const t = timingOf(published);
    assert.equal(t.precision, precision, String(published));
    assert.equal(t.start, start, String(published));
  }
  assert.equal(timingOf('2025-05-14').end, Date.UTC(2025, 4, 15), 'a day lasts until the next');
});
