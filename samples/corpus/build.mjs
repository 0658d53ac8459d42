#!/usr/bin/env node
// Builds articles.jsonl and labels.json from the hand-written texts in source/*.txt.
//
//   node samples/corpus/build.mjs          write both files
//   node samples/corpus/build.mjs --check  exit 1 if they are out of date or a corpus rule is broken
//
// The script only does bookkeeping: it resolves publication times ("after: s1.orig +1:10"),
// makes verbatim copies ("copy: s1.b1", optionally dropping or appending paragraphs), numbers
// the articles in publication order (c001, c002, …), derives URLs from each domain's URL style,
// and writes the labels. Every text is written by hand in source/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const NETWORKS = {
  'ledger-network': {
    description:
      'Four sites styled as small-town US newspapers ("Ledger", "Gazette", "Tribune", "Herald"). They publish long, reworded English rewrites of state-media reports with added commentary, 1–3 hours after the original, and copy each other verbatim now and then. They also post local filler.',
    style: 'city newspaper names, long analytical rewrites, curly quotes, URLs /news/YYYY/MM/slug/',
  },
  'callsign-network': {
    description:
      'Four sites styled as US local TV/radio stations with call letters. They publish short, list-like English rewrites ("Here\'s what we know") 3–5 hours after the original, within minutes of each other, and copy each other verbatim now and then.',
    style: 'call-letter names, short list-style rewrites, straight quotes, URLs /YYYY/MM/DD/slug-NNNN.html',
  },
};

/** Every domain in the corpus: display name, role, network, URL style. */
const OUTLETS = {
  'vestnik-rubezha.example': { name: 'Vestnik Rubezha (Вестник Рубежа)', role: 'state', style: 'state' },
  'severny-telegraf.example': { name: 'Severny Telegraf (Северный телеграф)', role: 'state', style: 'state' },
  'polarstar-intl.example': { name: 'Polar Star International', role: 'state', style: 'state' },
  'orbita-news.example': { name: 'Orbita News Agency', role: 'state', style: 'state' },
  'harborcity-ledger.example': { name: 'Harbor City Ledger', role: 'network', network: 'ledger-network', style: 'ledger' },
  'pinecrest-gazette.example': { name: 'Pinecrest Gazette', role: 'network', network: 'ledger-network', style: 'ledger' },
  'riverbend-tribune.example': { name: 'Riverbend Tribune', role: 'network', network: 'ledger-network', style: 'ledger' },
  'oakmont-herald.example': { name: 'Oakmont Herald', role: 'network', network: 'ledger-network', style: 'ledger' },
  'kvrn-news.example': { name: 'KVRN News', role: 'network', network: 'callsign-network', style: 'callsign' },
  'wtlq-now.example': { name: 'WTLQ Now', role: 'network', network: 'callsign-network', style: 'callsign' },
  'kbsx-daily.example': { name: 'KBSX Daily', role: 'network', network: 'callsign-network', style: 'callsign' },
  'wgmr-report.example': { name: 'WGMR Report', role: 'network', network: 'callsign-network', style: 'callsign' },
  'novyny-dnia.example': { name: 'Novyny Dnia (Новини дня), Ukrainian-language aggregator', role: 'translation-portal', style: 'portal' },
  'den-novostei.example': { name: 'Den Novostei (День новостей), Russian-language aggregator', role: 'translation-portal', style: 'portal' },
  'northgate-wire.example': { name: 'Northgate Wire (news agency)', role: 'independent', style: 'independent' },
  'continental-desk.example': { name: 'Continental Desk', role: 'independent', style: 'independent' },
  'maritime-bulletin.example': { name: 'Maritime Bulletin (shipping trade press)', role: 'independent', style: 'independent' },
  'steppe-observer.example': { name: 'The Steppe Observer', role: 'independent', style: 'independent' },
  'eastbridge-review.example': { name: 'Eastbridge Review', role: 'independent', style: 'independent' },
  'zorianske-today.example': { name: 'Zorianske Today (Зорянськ сьогодні), city news', role: 'independent', style: 'independent' },
  'valley-sports-daily.example': { name: 'Valley Sports Daily', role: 'unrelated', style: 'independent' },
  'fairview-ledger.example': { name: 'Fairview Ledger (a genuine local paper; not in a network)', role: 'unrelated', style: 'independent' },
  'metro-weather-desk.example': { name: 'Metro Weather Desk', role: 'unrelated', style: 'independent' },
  'techpulse-review.example': { name: 'TechPulse Review', role: 'unrelated', style: 'independent' },
};

const KINDS = new Set(['original', 'rewrite', 'translation', 'verbatim', 'independent', 'unrelated']);
const COPY_KINDS = new Set(['rewrite', 'translation', 'verbatim']);

const EVENTS = {
  desertion: 'Alleged desertion of soldiers of the Kalina-4 detachment near Ternovaya Balka, night of March 2 (only the state-media claim exists).',
  dam: 'Water release at the Verkhnebelskoye / Verkhnyobilske reservoir dam on the Bela river, March 9–10, flooding homes in Tikhy Zaton / Tykhyi Zaton.',
  ship: 'Explosion that damaged the bulk carrier Celandine Star off the port of Zalivne, night of March 17–18.',
  sabotage: 'Detention of two residents of Novoslavsk over an alleged plot against the Uzlovaya-2 substation, March 24 (only the state-media claim exists).',
  energy: 'Forecast of a 42% rise in EU household electricity prices (only the state-media claim exists).',
  drone: 'Overnight drone strike on Glubokiy Yar / Hlybokyi Yar, April 2.',
  protest: 'Gathering of soldiers\' families in Zoryansk / Zoriansk on April 7.',
  corruption: 'Allegation that procurement official Arsen Kovalyshyn bought a villa in Cala Serena (only the state-media claim exists).',
};

// ---------------------------------------------------------------------------------------------
// Parsing

function parseSources() {
  const files = readdirSync(join(HERE, 'source')).filter((f) => f.endsWith('.txt')).sort();
  const stories = new Map();
  const articles = [];
  for (const file of files) {
    const text = readFileSync(join(HERE, 'source', file), 'utf8');
    let story = null;
    for (const block of text.split(/^@@ /m).slice(1)) {
      const nl = block.indexOf('\n');
      const [type, name] = block.slice(0, nl).trim().split(/\s+/);
      const rest = block.slice(nl + 1);
      const blank = /\n[ \t]*\n/.exec(rest);
      const headerText = blank ? rest.slice(0, blank.index) : rest;
      const body = blank ? rest.slice(blank.index).trim() : '';
      const headers = {};
      for (const line of headerText.split('\n')) {
        if (!line.trim()) continue;
        const i = line.indexOf(':');
        if (i < 0) throw new Error(`${file}: bad header line "${line}"`);
        headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
      if (type === 'story') {
        story = { id: name, ...headers, file };
        stories.set(name, story);
      } else if (type === 'article') {
        articles.push({ handle: name, story: story?.id, file, headers, body });
      } else throw new Error(`${file}: unknown block "${type}"`);
    }
  }
  return { stories, articles };
}

// ---------------------------------------------------------------------------------------------
// Times, copies, ids, URLs

function resolveTimes(byHandle) {
  const done = new Map();
  const visit = (h, stack = []) => {
    if (done.has(h)) return done.get(h);
    if (stack.includes(h)) throw new Error(`time cycle: ${[...stack, h].join(' → ')}`);
    const a = byHandle.get(h);
    if (!a) throw new Error(`unknown handle ${h}`);
    let t;
    if (a.headers.published) {
      t = Date.parse(a.headers.published);
    } else if (a.headers.after) {
      const m = /^(\S+) \+(\d+):(\d\d)$/.exec(a.headers.after);
      if (!m) throw new Error(`${h}: bad after "${a.headers.after}"`);
      t = visit(m[1], [...stack, h]) + (Number(m[2]) * 60 + Number(m[3])) * 60_000;
    } else throw new Error(`${h}: needs published or after`);
    if (!Number.isFinite(t)) throw new Error(`${h}: bad time`);
    done.set(h, t);
    return t;
  };
  for (const h of byHandle.keys()) visit(h);
  return done;
}

const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

function resolveText(a, byHandle) {
  if (!a.headers.copy) return a.body;
  if (a.body) throw new Error(`${a.handle}: a copy has no body of its own`);
  const src = byHandle.get(a.headers.copy);
  if (!src) throw new Error(`${a.handle}: copy of unknown ${a.headers.copy}`);
  let ps = paragraphs(resolveText(src, byHandle));
  const first = Number(a.headers['drop-first'] ?? 0);
  const last = Number(a.headers['drop-last'] ?? 0);
  ps = ps.slice(first, ps.length - last);
  if (a.headers.append) ps.push(a.headers.append);
  return ps.join('\n\n');
}

const TRANSLIT = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

function slug(title, words) {
  const latin = [...title.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
  return latin
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

function urlOf(domain, style, time, title, n) {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  switch (style) {
    case 'state':
      return `https://${domain}/news/${y}${m}${day}/${slug(title, 6)}.html`;
    case 'ledger':
      return `https://${domain}/news/${y}/${m}/${slug(title, 8)}/`;
    case 'callsign':
      return `https://${domain}/${y}/${m}/${day}/${slug(title, 7)}-${4100 + n}.html`;
    case 'portal':
      return `https://${domain}/${y}/${m}/${day}/${n}-${slug(title, 5)}`;
    default:
      return `https://${domain}/${y}/${m}/${day}/${slug(title, 9)}`;
  }
}

const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z');
const words = (text) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Build

export function build() {
  const { stories, articles } = parseSources();
  const byHandle = new Map();
  for (const a of articles) {
    if (byHandle.has(a.handle)) throw new Error(`duplicate handle ${a.handle}`);
    byHandle.set(a.handle, a);
  }
  const times = resolveTimes(byHandle);
  const problems = [];
  const rows = articles.map((a) => {
    const h = a.headers;
    const outlet = OUTLETS[h.domain];
    if (!outlet) problems.push(`${a.handle}: unknown domain ${h.domain}`);
    if (!KINDS.has(h.kind)) problems.push(`${a.handle}: unknown kind ${h.kind}`);
    if (!h.title) problems.push(`${a.handle}: no title`);
    const text = resolveText(a, byHandle);
    let story = a.story;
    if (h.kind === 'independent') story = `independent-${a.handle.replace(/^ind\./, '').replace(/\./g, '-')}`;
    if (h.kind === 'unrelated') story = `unrelated-${a.handle.replace(/^u\./, '').replace(/\./g, '-')}`;
    const event = h.kind === 'unrelated' ? null : (h.event ?? stories.get(a.story)?.event ?? null);
    return { a, time: times.get(a.handle), text, story, event, outlet };
  });
  rows.sort((x, y) => x.time - y.time || x.a.handle.localeCompare(y.a.handle));
  const idOf = new Map();
  rows.forEach((r, i) => idOf.set(r.a.handle, `c${String(i + 1).padStart(3, '0')}`));

  const lines = [];
  const labelArticles = {};
  rows.forEach((r, i) => {
    const id = idOf.get(r.a.handle);
    const h = r.a.headers;
    lines.push(
      JSON.stringify({
        id,
        url: urlOf(h.domain, r.outlet?.style, r.time, h.title, i + 1),
        domain: h.domain,
        published: iso(r.time),
        title: h.title,
        lang: h.lang,
        text: r.text,
      }),
    );
    const label = { story: r.story, kind: h.kind, network: r.outlet?.network ?? null, event: r.event, lang: h.lang, domain: h.domain, handle: r.a.handle };
    if (h.copy) label.copy_of = idOf.get(h.copy);
    labelArticles[id] = label;
  });

  // Stories, events, networks.
  const labelStories = {};
  for (const r of rows) {
    const id = idOf.get(r.a.handle);
    let s = labelStories[r.story];
    if (!s) {
      const def = stories.get(r.story);
      const kind = r.a.headers.kind === 'independent' ? 'independent' : r.a.headers.kind === 'unrelated' ? 'unrelated' : 'rewrite';
      s = labelStories[r.story] = {
        kind,
        event: r.event,
        description: def?.description ?? `${r.a.headers.title} (${r.a.headers.domain})`,
        ...(def?.chain ? { chain: def.chain } : {}),
        original: null,
        articles: [],
      };
    }
    s.articles.push(id);
    if (r.a.headers.kind === 'original') s.original = id;
  }
  const labelNetworks = {};
  for (const [name, n] of Object.entries(NETWORKS)) {
    labelNetworks[name] = { ...n, members: Object.entries(OUTLETS).filter(([, o]) => o.network === name).map(([d]) => d) };
  }

  // Corpus rules (see README.md).
  for (const [sid, s] of Object.entries(labelStories)) {
    if (s.kind !== 'rewrite') continue;
    const orig = s.original;
    if (!orig) {
      problems.push(`${sid}: no original`);
      continue;
    }
    const t0 = Date.parse(JSON.parse(lines[Number(orig.slice(1)) - 1]).published);
    const kinds = s.articles.map((id) => labelArticles[id].kind);
    const rewrites = kinds.filter((k) => k === 'rewrite').length;
    if (rewrites < 4 || rewrites > 6) problems.push(`${sid}: ${rewrites} rewrites (want 4–6)`);
    for (const id of s.articles) {
      const l = labelArticles[id];
      const row = JSON.parse(lines[Number(id.slice(1)) - 1]);
      const dt = (Date.parse(row.published) - t0) / 3_600_000;
      if (l.network && (dt < 1 || dt > 6)) problems.push(`${id} (${l.handle}): network copy ${dt.toFixed(2)} h after the original (want 1–6)`);
      if (l.kind === 'rewrite') {
        const n = words(row.text);
        if (n < 150 || n > 350) problems.push(`${id} (${l.handle}): rewrite of ${n} words (want 150–350)`);
      }
      if (l.copy_of && Date.parse(JSON.parse(lines[Number(l.copy_of.slice(1)) - 1]).published) >= Date.parse(row.published)) {
        problems.push(`${id} (${l.handle}): published before the article it copies`);
      }
    }
  }
  for (const [name, n] of Object.entries(labelNetworks)) {
    for (const d of n.members) {
      const copies = Object.values(labelArticles).filter((l) => l.domain === d && COPY_KINDS.has(l.kind)).length;
      if (copies < 8) problems.push(`${name}/${d}: ${copies} copies (want 8+)`);
    }
  }

  const labels = {
    about:
      'Gold labels for the fictional Sift stories/networks corpus (articles.jsonl). Generated by build.mjs from source/*.txt; see README.md for what each label means.',
    articles: labelArticles,
    stories: labelStories,
    events: EVENTS,
    networks: labelNetworks,
    outlets: Object.fromEntries(Object.entries(OUTLETS).map(([d, o]) => [d, { name: o.name, role: o.role, network: o.network ?? null }])),
  };
  return { jsonl: `${lines.join('\n')}\n`, labels: `${JSON.stringify(labels, null, 2)}\n`, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { jsonl, labels, problems } = build();
  for (const p of problems) process.stderr.write(`corpus: ${p}\n`);
  const check = process.argv.includes('--check');
  if (check) {
    const stale = ['articles.jsonl', 'labels.json'].filter((f, i) => {
      try {
        return readFileSync(join(HERE, f), 'utf8') !== [jsonl, labels][i];
      } catch {
        return true;
      }
    });
    for (const f of stale) process.stderr.write(`corpus: ${f} is out of date (run node samples/corpus/build.mjs)\n`);
    process.exitCode = problems.length || stale.length ? 1 : 0;
  } else {
    writeFileSync(join(HERE, 'articles.jsonl'), jsonl);
    writeFileSync(join(HERE, 'labels.json'), labels);
    process.stdout.write(`corpus: ${jsonl.split('\n').length - 1} articles written${problems.length ? `, ${problems.length} problem(s)` : ''}\n`);
    if (problems.length) process.exitCode = 1;
  }
}
