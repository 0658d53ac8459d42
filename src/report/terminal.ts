/**
 * Terminal report: what a fact-checker reads in one screen. Who is cited (with chains and the
 * share of the text resting on each source), each attribution, hedged and unsourced claims.
 *
 * Every line is built from segments and clipped to the terminal width; every segment is passed
 * through `inlineText`, so article text can never inject escape sequences or line breaks. Lists
 * share a line budget (`maxLines`) and end in "… and N more" when cut.
 */
import { languageNote } from '../lang/sentences.js';
import type { Attribution, Doc } from '../doc/types.js';
import type { KnownSource } from '../sources/describe.js';
import type { DocKnowledge } from '../sources/doc.js';
import { ANALYSIS_SCHEMA } from './json.js';
import { palette, type Style } from './palette.js';
import { compactKnown, describeSource } from './sources.js';
import { summarize, type RestingSource, type SourceShare, type SourcingSummary } from './summary.js';
import { count, dateSourceNote, displayWidth, eachGrapheme, fitsWidth, graphemeWidth, inlineText, percent, plural, stripUnsafe, truncate } from './text.js';

export interface TerminalOptions {
  /** Use ANSI colours (default false). */
  color?: boolean;
  /** Maximum display columns per line (default 100). */
  width?: number;
  /** Line budget for the whole report (default 40). */
  maxLines?: number;
}

interface Seg {
  text: string;
  styles?: Style[];
}
type Line = Seg[];

const BAR_CELLS = 10;
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** The terminal report of `doc`, with what the sources knowledge base says about its sources (`knowDoc`). */
export function renderTerminal(doc: Doc, knowledge: DocKnowledge, opts: TerminalOptions = {}): string {
  const width = Math.max(40, opts.width ?? 100);
  const maxLines = Math.max(20, opts.maxLines ?? 40);
  const paint = palette(opts.color === true);
  const summary = summarize(doc, knowledge);
  const s = (text: string, ...styles: Style[]): Seg => ({ text, styles });

  // ---- header (3 lines) ------------------------------------------------------------------
  const a = doc.article;
  const header: Line[] = [];
  header.push([s('SIFT ', 'bold', 'blue'), s(inlineText(a.title ?? a.id ?? '') || '(untitled article)', 'bold')]);
  const where = inlineText(a.domain ?? a.url ?? a.id ?? '') || 'unknown site';
  header.push([
    s(where),
    s(` · ${a.published ? `published ${inlineText(a.published)}${dateSourceNote(a.publishedSource)}` : 'publication date unknown'}`),
    s(` · lang ${inlineText(doc.lang)} · ${plural(doc.text.length, 'char')} · ${plural(summary.sentences, 'sentence')}`, 'dim'),
  ]);
  const note = languageNote(doc);
  if (note) header.push([s(note, 'yellow')]);
  header.push([
    s('Of the sentence text: '),
    s(`${percent(summary.attributedShare)} attributed`, 'cyan'),
    s(' · '),
    s(`${percent(summary.hedgedShare)} hedged`, 'yellow'),
    s(' · '),
    s(`${percent(summary.unsourcedShare)} unsourced`, 'red'),
  ]);
  const rest = summary.resting;
  const anyKnown = rest.sources.some((r) => r.ref);
  if (rest.attributedChars > 0 && anyKnown) {
    header.push([
      s('Of the attributed content: '),
      s(`${percent(rest.stateAffiliated.ofAttributed)} rests on state-affiliated sources`, ...(rest.stateAffiliated.chars ? (['magenta'] as Style[]) : [])),
      s(' · '),
      s(`${percent(rest.lowRated.ofAttributed)} on low-rated`, ...(rest.lowRated.chars ? (['red'] as Style[]) : [])),
      s(' · '),
      s(`${percent(rest.listed.ofAttributed)} on listed`, ...(rest.listed.chars ? (['red'] as Style[]) : [])),
    ]);
  }
  const site = siteLine(knowledge, s);
  if (site) header.push(site);

  // ---- sections: items are groups of lines, cut to fit the budget ----------------------------
  const sections: Section[] = [
    {
      title: `WHO IS CITED (${plural(summary.sources.length, 'source')})`,
      empty: 'No attributed sources found.',
      items: summary.sources.map((src) => sourceItem(src, doc, s)),
    },
    ...(anyKnown
      ? [
          {
            title: `WHAT IS KNOWN ABOUT THEM (${knownTitle(summary)})`,
            empty: 'No sources to look up.',
            items: knownItems(summary, knowledge, s),
          },
        ]
      : []),
    {
      title: `ATTRIBUTIONS (${count(doc.attributions.length)})`,
      empty: 'None found.',
      items: doc.attributions.map((x) => attributionItem(x, width, s)),
    },
    {
      title: `HEDGED CLAIMS (${count(doc.hedged.length)})`,
      empty: 'None found.',
      items: doc.hedged.map((h) => [
        claimLine(`[${h.start},${h.end}) `, s(`${truncate(inlineText(h.cue.text), 24)}: `, 'yellow', 'bold'), h.text, width, s),
      ]),
    },
    {
      title: `UNSOURCED FACTUAL CLAIMS (${count(doc.unsourced.length)})`,
      empty: 'None found.',
      items: doc.unsourced.map((u) => [
        claimLine(`[${u.start},${u.end}) `, s(u.reasons.length ? `${truncate(inlineText(u.reasons.join(', ')), 30)}: ` : '', 'red'), u.text, width, s),
      ]),
    },
  ];

  const footer: Line[] = [
    [],
    [s('Sift reports evidence, not verdicts: who is cited and how, not whether a claim is true.', 'dim')],
    [s(`All offsets and fields: --json (${ANALYSIS_SCHEMA}) · highlighted article: --html report.html`, 'dim')],
  ];

  const fixed = header.length + footer.length + sections.length * 2; // blank + title per section
  const shown = allocate(sections, maxLines - fixed);

  const lines: Line[] = [...header];
  sections.forEach((sec, i) => {
    lines.push([]);
    lines.push([s(sec.title, 'bold')]);
    if (sec.items.length === 0) lines.push([s(`  ${sec.empty}`, 'dim')]);
    for (const item of sec.items.slice(0, shown[i])) lines.push(...item);
    const rest = sec.items.length - (shown[i] ?? 0);
    if (rest > 0) lines.push([s(`  … and ${count(rest)} more`, 'dim')]);
  });
  lines.push(...footer);
  return lines.map((l) => renderLine(l, width, paint)).join('\n') + '\n';
}

interface Section {
  title: string;
  empty: string;
  items: Line[][];
}

/**
 * How many items of each section fit in `budget` lines: round-robin, one item per section per
 * round, counting one line for each "… and N more" and each "none" line.
 */
function allocate(sections: readonly Section[], budget: number): number[] {
  const shown = sections.map(() => 0);
  const open = sections.map((s) => s.items.length > 0);
  const extra = (): number => sections.reduce((n, s, i) => n + (s.items.length === 0 || shown[i]! < s.items.length ? 1 : 0), 0);
  let used = extra();
  let progress = true;
  while (progress) {
    progress = false;
    sections.forEach((sec, i) => {
      if (!open[i]) return;
      const before = extra();
      shown[i]!++;
      const cost = sec.items[shown[i]! - 1]!.length + extra() - before;
      if (used + cost <= budget) {
        used += cost;
        progress = true;
        if (shown[i] === sec.items.length) open[i] = false;
      } else {
        shown[i]!--;
        open[i] = false;
      }
    });
  }
  return shown;
}

type Mk = (text: string, ...styles: Style[]) => Seg;

function sourceItem(src: SourceShare, doc: Doc, s: Mk): Line[] {
  const { kind, role } = describeSource(src.name, doc.attributions);
  const lines: Line[] = [
    [
      s('  '),
      s(bar(src.share), 'cyan'),
      s(` ${percent(src.share).padStart(4)}  `),
      s(inlineText(src.name), 'bold', 'cyan'),
      s(` · ${kind}${role ? `, ${inlineText(role)}${kind === 'person' ? ' (per the article)' : ''}` : ''} · ${plural(src.attributions, 'attribution')}`, 'dim'),
    ],
  ];
  const chains = src.chains.slice(0, 2);
  chains.forEach((chain, i) => {
    const more = i === chains.length - 1 && src.chains.length > chains.length ? `  (+${src.chains.length - chains.length} more chains)` : '';
    lines.push([s(' '.repeat(19)), ...chainSegs(chain, s), s(more, 'dim')]);
  });
  return lines;
}

function knownTitle(summary: SourcingSummary): string {
  const found = summary.resting.sources.filter((r) => r.ref).length;
  return `${count(found)} of ${plural(summary.resting.sources.length, 'chain link')} in the sources knowledge base`;
}

/** One item per chain link: outlets with what the knowledge base says, people with the article's role. */
function knownItems(summary: SourcingSummary, knowledge: DocKnowledge, s: Mk): Line[][] {
  const items: Line[][] = [];
  const ordered = [...summary.resting.sources].sort((x, y) => Number(Boolean(y.ref)) - Number(Boolean(x.ref)));
  for (const r of ordered) {
    const link = knowledge.byName.get(r.name.toLowerCase());
    const k = r.ref ? knowledge.known.get(r.ref) : undefined;
    const share = s(` · ${percent(r.ofAttributed)} of attributed content`, 'dim');
    if (!k) {
      if (link && (link.kind === 'outlet' || link.kind === 'organization')) {
        items.push([[s('  '), s(inlineText(r.name), 'bold'), s(` · ${link.kind} · not in the sources knowledge base`, 'dim'), share]]);
      }
      continue;
    }
    items.push(knownItem(r, k, s, share));
  }
  return items;
}

function knownItem(r: RestingSource, k: KnownSource, s: Mk, share: Seg): Line[] {
  const p = compactKnown(k);
  const flags: Seg[] = [];
  if (k.stateAffiliated) flags.push(s(' STATE-AFFILIATED', 'magenta', 'bold'));
  if (k.lowRated) flags.push(s(' LOW-RATED', 'red', 'bold'));
  if (k.listed) flags.push(s(' LISTED', 'red', 'bold'));
  const name = k.name.toLowerCase() === r.name.toLowerCase() ? inlineText(r.name) : `${inlineText(r.name)} = ${inlineText(k.name)}`;
  const where = k.domains.length ? ` · ${inlineText(k.domains.slice(0, 2).join(', '))}` : '';
  const lines: Line[] = [[s('  '), s(name, 'bold', 'cyan'), s(` · ${k.kind}${where}`, 'dim'), ...flags, share]];
  const pad = s('     ');
  if (p.affiliation) lines.push([pad, s(inlineText(p.affiliation), ...(k.stateAffiliated ? (['magenta'] as Style[]) : []))]);
  if (p.reliability) lines.push([pad, s(inlineText(p.reliability), ...(k.lowRated ? (['red'] as Style[]) : []))]);
  if (p.alsoRated.length && !p.reliability) lines.push([pad, s(inlineText(p.alsoRated.join(' · ')), 'dim')]);
  if (p.lists.length) lines.push([pad, s(`lists: ${inlineText(p.lists.join(' · '))}`, 'dim')]);
  if (k.notes.length) lines.push([pad, s(inlineText(k.notes.join(' · ')), 'dim')]);
  return lines;
}

/** "Site: ria.ru = RIA Novosti · state-affiliated · reliability unreliable", or that it is not known. */
function siteLine(knowledge: DocKnowledge, s: Mk): Line | undefined {
  const a = knowledge.article;
  if (!a) return undefined;
  const k = a.ref ? knowledge.known.get(a.ref) : undefined;
  if (!k) return [s('Site: '), s(inlineText(a.domain), 'bold'), s(' · not in the sources knowledge base', 'dim')];
  const bits: string[] = [];
  if (k.stateAffiliated) bits.push('state-affiliated');
  if (k.reliability) bits.push(`reliability ${k.reliability.value} [${k.reliability.dataset}]`);
  if (k.listed) bits.push(`listed: ${k.lists.filter((l) => l.concern).map((l) => l.list).join(', ')}`);
  if (k.kind === 'platform') bits.push('a platform host');
  return [
    s('Site: '),
    s(inlineText(a.domain), 'bold'),
    s(` = ${inlineText(k.name)}${a.via === 'parent-domain' ? ` (via ${inlineText(a.matched ?? '')})` : ''}`),
    s(bits.length ? ` · ${bits.join(' · ')}` : ' · nothing rated', 'dim'),
  ];
}

function chainSegs(chain: readonly string[], s: Mk): Seg[] {
  const out: Seg[] = [s('article', 'dim')];
  chain.forEach((name, i) => {
    out.push(s(' → ', 'dim'));
    out.push(s(inlineText(name), ...(i === chain.length - 1 ? (['cyan'] as Style[]) : [])));
  });
  return out;
}

function attributionItem(x: Attribution, width: number, s: Mk): Line[] {
  const src = x.source;
  const name = inlineText(src.name);
  const surface = inlineText(src.text);
  const who: Seg[] =
    src.resolvedFrom || !surface.toLowerCase().includes(name.toLowerCase())
      ? [s(`“${truncate(surface, 30)}”`), s(' → ', 'dim'), s(name, 'bold', 'cyan')]
      : [s(name, 'bold', 'cyan')];
  const via = x.chain.length > 1 ? [s(` · via ${x.chain.slice(0, -1).map(inlineText).join(' → ')}`, 'dim')] : [];
  const range = `[${x.content.start},${x.content.end}) `;
  return [
    [s(`  #${x.id} `, 'dim'), ...who, s(' · cue '), s(`“${truncate(inlineText(x.cue.text), 24)}”`, 'yellow'), ...via],
    [s('     '), s(range, 'dim'), s(quote(x.content.text, width - 5 - range.length))],
  ];
}

/** `  [start,end) label: “quote…”`, the quote cut so the line fits `width`. */
function claimLine(range: string, label: Seg, text: string, width: number, s: Mk): Line {
  const used = 2 + range.length + displayWidth(label.text);
  return [s('  '), s(range, 'dim'), label, s(quote(text, width - used))];
}

function quote(text: string, max: number): string {
  // Only the beginning can be shown: a long content is cleaned from a prefix, not whole.
  const limit = (Math.max(10, max) + 2) * 8;
  const t = text.length > limit ? `${inlineText(text.slice(0, limit))} …` : inlineText(text);
  // Content that is itself a quotation keeps its own marks.
  if (OPENING_MARKS.has(t[0] ?? '') && CLOSING_MARKS.has(t[t.length - 1] ?? '')) return truncate(t, Math.max(10, max));
  return `“${truncate(t, Math.max(10, max - 2))}”`;
}
const OPENING_MARKS = new Set(['“', '"', '«', '„']);
const CLOSING_MARKS = new Set(['”', '"', '»', '“']);

/** A 10-cell bar for a share in [0, 1], with eighth-cell precision. */
export function bar(share: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * BAR_CELLS * 8);
  const full = Math.floor(eighths / 8);
  const part = PARTIAL[eighths % 8] ?? '';
  return ('█'.repeat(full) + part).padEnd(BAR_CELLS, '░');
}

/** Sanitises each segment, clips the line to `width` columns, then applies colour. */
function renderLine(line: Line, width: number, paint: ReturnType<typeof palette>): string {
  let out = '';
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const seg = line[i]!;
    const text = stripUnsafe(seg.text);
    if (fitsWidth(text, width - w)) {
      out += paint(text, ...(seg.styles ?? []));
      w += displayWidth(text);
      continue;
    }
    let cut = '';
    for (const g of eachGrapheme(text, width - w)) {
      const gw = graphemeWidth(g);
      if (w + gw > width - 1) break;
      cut += g;
      w += gw;
    }
    out += paint(`${cut}…`, ...(seg.styles ?? []));
    break;
  }
  return out.trimEnd();
}
