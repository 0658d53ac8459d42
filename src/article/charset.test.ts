import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { FIXTURE_DIR, russianPage, russianText } from '../../test/fixtures/readers/make-fixtures.js';
import { charsetFromMeta, decodeBytes, normaliseCharset } from './charset.js';
import { attribute, charsetParameter, findTags } from './markup.js';
import { plausibility } from './plausible.js';

const fixture = (name: string): Buffer => readFileSync(join(FIXTURE_DIR, name));

const FRENCH = "Le maire a déclaré mardi que le pont rouvrira à l'automne, selon un porte-parole. Les travaux ont été retardés.";
const GERMAN = 'Der Bürgermeister erklärte am Dienstag, die Brücke werde im Herbst wieder geöffnet. Größere Verzögerungen seien nicht zu erwarten.';
const RUSSIAN_SHORT = 'Мэр Заречья заявил, что мост откроют.';

describe('decodeBytes: labelled pages', () => {
  it('decodes a windows-1251 page by its <meta http-equiv> label', () => {
    const d = decodeBytes(fixture('ru-cp1251.html'), { html: true });
    assert.equal(d.text, russianPage('windows-1251'));
    assert.deepEqual([d.charset, d.source], ['windows-1251', 'meta']);
  });

  it('decodes a KOI8-R page by its label', () => {
    const d = decodeBytes(fixture('ru-koi8r.html'), { html: true });
    assert.equal(d.text, russianPage('koi8-r'));
    assert.deepEqual([d.charset, d.source], ['koi8-r', 'meta']);
  });

  it('prefers the Content-Type header over <meta>', () => {
    // The page's meta says koi8-r but the header (rightly) says windows-1251.
    const bytes = iconv.encode(russianPage('koi8-r'), 'windows-1251');
    const d = decodeBytes(bytes, { html: true, contentType: 'text/html; charset="Windows-1251"' });
    assert.equal(d.text, russianPage('koi8-r'));
    assert.deepEqual([d.charset, d.source], ['windows-1251', 'header']);
  });

  it('keeps a correct Latin label (no false override)', () => {
    const d = decodeBytes(iconv.encode(FRENCH, 'windows-1252'), { contentType: 'text/html; charset=ISO-8859-1' });
    assert.equal(d.text, FRENCH);
    assert.equal(d.source, 'header');
  });
});

describe('decodeBytes: mislabelled pages', () => {
  it('declared UTF-8 but windows-1251 bytes (invalid UTF-8) → detected windows-1251', () => {
    const d = decodeBytes(fixture('ru-mislabelled-utf8.html'), { html: true });
    assert.equal(d.text, russianPage('utf-8'));
    assert.deepEqual([d.charset, d.source], ['windows-1251', 'detected']);
  });

  it('declared ISO-8859-1 but windows-1251 Cyrillic → windows-1251', () => {
    const d = decodeBytes(fixture('ru-mislabelled-latin1.html'), { html: true });
    assert.equal(d.text, russianPage('iso-8859-1'));
    assert.equal(d.charset, 'windows-1251');
  });

  it('header UTF-8 on windows-1251 bytes, and header windows-1251 on KOI8-R bytes', () => {
    const a = decodeBytes(iconv.encode(RUSSIAN_SHORT, 'windows-1251'), { contentType: 'text/plain; charset=utf-8' });
    assert.equal(a.text, RUSSIAN_SHORT);
    const b = decodeBytes(iconv.encode(RUSSIAN_SHORT, 'koi8-r'), { contentType: 'text/plain; charset=windows-1251' });
    assert.equal(b.text, RUSSIAN_SHORT);
    assert.equal(b.charset, 'koi8-r');
  });

  it('UTF-8 bytes labelled ISO-8859-1 stay UTF-8', () => {
    const d = decodeBytes(Buffer.from(FRENCH, 'utf8'), { contentType: 'text/html; charset=iso-8859-1' });
    assert.equal(d.text, FRENCH);
    assert.equal(d.charset, 'utf-8');
  });
});

describe('decodeBytes: unlabelled bytes', () => {
  it('reads UTF-8 (and ASCII) as UTF-8', () => {
    assert.deepEqual(decodeBytes(Buffer.from(GERMAN, 'utf8')), { text: GERMAN, charset: 'utf-8', source: 'utf-8' });
    assert.equal(decodeBytes(Buffer.from('plain ascii')).text, 'plain ascii');
  });

  it('detects windows-1251 and KOI8-R plain text files', () => {
    assert.equal(decodeBytes(fixture('ru-cp1251.txt')).text, russianText());
    assert.equal(decodeBytes(fixture('ru-koi8r.txt')).text, russianText());
    assert.equal(decodeBytes(fixture('ru-koi8r.txt')).charset, 'koi8-r');
  });

  it('detects short texts and Western legacy text', () => {
    for (const enc of ['windows-1251', 'koi8-r']) assert.equal(decodeBytes(iconv.encode(RUSSIAN_SHORT, enc)).text, RUSSIAN_SHORT, enc);
    assert.equal(decodeBytes(iconv.encode(GERMAN, 'windows-1252')).text, GERMAN);
    assert.equal(decodeBytes(iconv.encode(FRENCH, 'windows-1252')).text, FRENCH);
  });

  it('detects Ukrainian in KOI8-U and Japanese in Shift_JIS', () => {
    const uk = 'Мер вигаданого міста Заріччя заявив у вівторок, що новий міст відкриють до осені. За словами джерела, підрядник уже отримав аванс.';
    assert.equal(decodeBytes(iconv.encode(uk, 'koi8-u')).text, uk);
    assert.equal(decodeBytes(iconv.encode(uk, 'windows-1251')).text, uk);
    const ja = '架空の町の市長は火曜日、新しい橋が秋までに開通すると述べた。関係者によると、工事はほぼ終わっている。';
    assert.equal(decodeBytes(iconv.encode(ja, 'shift_jis')).text, ja);
  });

  it('strips byte-order marks and honours them over any label', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN_SHORT)]);
    assert.deepEqual(decodeBytes(utf8, { contentType: 'text/plain; charset=iso-8859-1' }), { text: RUSSIAN_SHORT, charset: 'utf-8', source: 'bom' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN_SHORT, 'utf16le')]);
    assert.equal(decodeBytes(utf16).text, RUSSIAN_SHORT);
  });

  it('ignores unknown labels', () => {
    assert.equal(normaliseCharset('x-no-such-charset'), undefined);
    assert.equal(normaliseCharset(' "UTF8" '), 'utf-8');
    assert.equal(normaliseCharset('latin1'), 'windows-1252');
    assert.equal(decodeBytes(Buffer.from(GERMAN), { contentType: 'text/html; charset=bogus' }).text, GERMAN);
  });
});

describe('plausibility', () => {
  it('scores the right decoding above the wrong ones', () => {
    const cp1251 = iconv.encode(russianText(), 'windows-1251');
    const right = plausibility(iconv.decode(cp1251, 'windows-1251'));
    for (const wrong of ['koi8-r', 'windows-1252', 'iso-8859-5', 'cp866']) {
      assert.ok(plausibility(iconv.decode(cp1251, wrong)) < right - 0.3, wrong);
    }
    assert.ok(right > 0.95);
    assert.ok(plausibility(GERMAN) > 0.95);
    assert.ok(plausibility(Buffer.from(FRENCH, 'utf8').toString('latin1')) < plausibility(FRENCH));
  });
});

describe('markup scanners', () => {
  it('finds meta charset declarations', () => {
    assert.equal(charsetFromMeta(Buffer.from('<head><META CHARSET=koi8-r></head>')), 'koi8-r');
    assert.equal(charsetFromMeta(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')), 'windows-1251');
    assert.equal(charsetFromMeta(Buffer.from('<meta name="description" content="charset is not here">')), undefined);
    assert.equal(charsetFromMeta(Buffer.from('<p>no meta</p>')), undefined);
  });

  it('reads attributes and charset parameters', () => {
    assert.equal(attribute('<html data-lang="de" lang=\'ru\'>', 'lang'), 'ru');
    assert.equal(attribute('<html lang = en-GB >', 'lang'), 'en-GB');
    assert.equal(attribute('<html>', 'lang'), undefined);
    assert.equal(charsetParameter('text/html;charset= "UTF-8"'), 'UTF-8');
    assert.equal(charsetParameter('text/html'), undefined);
  });

  it('finds tags by name boundary and stays linear on unclosed tags', () => {
    const html = '<html lang="ru"><htmlx><head></head><!DOCTYPE html>';
    assert.deepEqual(findTags(html, ['html', '!doctype']).map((t) => t.text), ['<html lang="ru">', '<!DOCTYPE html>']);
    const hostile = '<meta '.repeat(200_000);
    const t0 = Date.now();
    assert.deepEqual(findTags(hostile, ['meta']), []);
    assert.ok(Date.now() - t0 < 10_000, 'unclosed tags are scanned in linear time (quadratic would take minutes)');
  });
});
