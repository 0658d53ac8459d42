/** Terminal renderings of stories, a story trace, and similar-article matches. */
import type { Story } from '../store/types.js';
import type { ArticleRef, StoryTrace, TimePrecision } from '../stories/trace.js';
import { dateSourceNote, displayWidth, inlineText, plural, truncate } from './text.js';

const WIDTH = 100;

/** One output line: article-derived text made safe and clipped; leading indentation kept. */
function line(s: string): string {
  const indent = /^ */.exec(s)![0];
  return `${indent}${truncate(inlineText(s), WIDTH - indent.length)}\n`;
}

function who(a: ArticleRef): string {
  return `#${a.id} ${a.domain ?? '(no domain)'} · ${a.published ? `${a.published}${dateSourceNote(a.publishedSource)}` : 'date unknown'} · ${a.lang}`;
}

export function renderStories(stories: ReadonlyArray<Story & { members: ArticleRef[] }>, location: string): string {
  if (stories.length === 0) return `No stories in ${location} match. Ingest articles first: sift ingest <files…>\n`;
  let out = `${plural(stories.length, 'story')} in ${location}\n\n`;
  for (const s of stories) {
    out += line(`STORY ${s.id} · ${plural(s.articles, 'article')} · ${plural(s.domains, 'domain')} · ${s.firstPublished ?? '?'} → ${s.lastPublished ?? '?'}`);
    // The story's title is its first article's; when that one had none, a later copy's.
    out += line(`  “${s.title ?? s.members.find((m) => m.title)?.title ?? '(untitled)'}”`);
    for (const a of s.members.slice(0, 6)) out += line(`    ${who(a)}${a.title ? ` · ${a.title}` : ''}`);
    if (s.members.length > 6) out += `    … and ${s.members.length - 6} more\n`;
    out += '\n';
  }
  return out;
}

/**
 * Parts joined with " · ", wrapped onto lines of at most WIDTH columns; a part too long for one
 * line breaks between words.
 */
function wrapped(first: string, parts: readonly string[], rest = `${first}   `): string {
  let out = '';
  let cur = '';
  let indent = first;
  const fits = (s: string): boolean => displayWidth(`${indent}${s}`) <= WIDTH;
  const emit = (s: string): void => {
    out += line(`${indent}${s}`);
    indent = rest;
  };
  for (const p of parts.map((x) => inlineText(x))) {
    const joined = cur ? `${cur} · ${p}` : p;
    if (fits(joined)) {
      cur = joined;
      continue;
    }
    if (cur) emit(cur);
    cur = '';
    for (const w of p.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && !fits(next)) {
        emit(cur);
        cur = w;
      } else cur = next;
    }
  }
  if (cur) emit(cur);
  return out;
}

function some(items: readonly string[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} +${items.length - max} more` : items.join(', ');
}

const PRECISION: Record<TimePrecision, string> = {
  time: 'time known',
  day: 'day only',
  month: 'month only',
  year: 'year only',
  none: 'undated',
};

function lagText(lagHours: number | null, precision: TimePrecision, basePrecision: TimePrecision): string {
  if (lagHours === null) return '?';
  if (precision === 'time' && basePrecision === 'time') return `${lagHours >= 0 ? '+' : ''}${lagHours}h`;
  const days = Math.round(lagHours / 24);
  return `${days >= 0 ? '+' : ''}${days}d`;
}

function earliestText(t: StoryTrace): string {
  const e = t.origin.earliest;
  if (!e) return `Earliest copy: unknown — no copy is dated (#${t.earliest.id} ${t.earliest.domain ?? '(no domain)'} is only the first stored)`;
  const notes = [PRECISION[e.precision]];
  if (e.couldBeEarlier.length > 0) notes.push(`${plural(e.couldBeEarlier.length, 'copy')} dated the same ${e.precision === 'time' ? 'moment' : e.precision} could be earlier`);
  if (e.undated.length > 0) notes.push(`${plural(e.undated.length, 'undated copy', 'undated copies')} could be earlier`);
  return `Earliest copy: ${who(e)} — ${notes.join('; ')}`;
}

export function renderTrace(t: StoryTrace): string {
  const o = t.origin;
  const n = t.timeline.length;
  let out = line(`STORY ${t.story.id} · ${plural(t.story.articles, 'article')} on ${plural(t.story.domains, 'domain')}`);
  out += '\nORIGIN\n';
  if (o.article) {
    out += line(`  Original${o.basis === 'outlet-domain' ? ' (possibly)' : ''}: ${who(o.article)}`);
    out += wrapped('    ', [`in the corpus: ${o.reason}`], '    ');
  } else {
    out += wrapped('  ', [`Original: NOT IN CORPUS — ${o.reason}`]);
  }
  out += wrapped('  ', [earliestText(t)]);
  if (o.sources.length > 0) {
    out += line(`  The copies cite${o.article ? '' : ' (the original would be an outlet’s: outlets first)'}:`);
    o.sources.slice(0, 8).forEach((s, i) => {
      const parts = [`${i + 1}. ${s.name}`, s.kind];
      if (s.domains.length > 0) parts.push(some(s.domains, 2));
      if (s.kind === 'outlet' || s.domains.length > 0) parts.push(s.inCorpus !== null ? `in corpus: #${s.inCorpus}` : 'not in corpus');
      parts.push(s.namedBy > s.copies ? `cited by ${s.copies}, named by ${s.namedBy} of ${plural(n, 'copy')}` : `cited by ${s.copies} of ${plural(n, 'copy')}`);
      if (s.asInnermost > 0) parts.push(`last link ${s.asInnermost}×`);
      out += wrapped('    ', parts, '       ');
    });
    if (o.sources.length > 8) out += `    … and ${o.sources.length - 8} more (--json for all)\n`;
  }
  out += '\nTIMELINE\n';
  const basePrecision = o.earliest?.precision ?? 'none';
  for (const a of t.timeline.slice(0, 30)) {
    const lag = lagText(a.lagHours, a.precision, basePrecision).padStart(7);
    out += line(`  ${lag}  ${who(a)}${a.score !== null ? ` · score ${a.score}` : ''}${a.title ? ` · ${a.title}` : ''}`);
  }
  if (t.timeline.length > 30) out += `  … and ${t.timeline.length - 30} more\n`;
  out += t.copies.length === 0 ? '\nCHANGES: no other copy to compare\n' : `\nCHANGES against #${t.base.id} (${t.base.domain ?? 'no domain'}, the ${o.article ? 'original' : 'earliest copy'})\n`;
  for (const c of t.copies.slice(0, 12)) {
    const d = c.diff;
    const parts: string[] = [];
    if (d.changedNumbers.length) parts.push(`numbers changed ${d.changedNumbers.map((x) => `${x.from}→${x.to}`).join(', ')}`);
    if (d.added.names.length + d.added.numbers.length) parts.push(`added ${some([...d.added.names, ...d.added.numbers])}`);
    if (d.dropped.names.length + d.dropped.numbers.length) parts.push(`dropped ${some([...d.dropped.names, ...d.dropped.numbers])}`);
    if (d.sourcesAdded.length) parts.push(`new sources ${some(d.sourcesAdded, 3)}`);
    if (d.sourcesDropped.length) parts.push(`sources dropped ${some(d.sourcesDropped, 3)}`);
    if (parts.length === 0) parts.push('same names, numbers and sources');
    parts.push(`${plural(d.claimsAdded.length, 'sentence')} without counterpart`);
    out += line(`  #${c.article.id} ${c.article.domain ?? ''} · ${c.article.lang}`);
    out += wrapped('      ', parts, '      ');
    if (d.claimsAdded[0]) out += line(`      + “${d.claimsAdded[0]}”`);
  }
  if (t.copies.length > 12) out += `  … and ${t.copies.length - 12} more (--json for all)\n`;
  out += '\nSift reports evidence, not verdicts. --json gives every field.\n';
  return out;
}

export function renderSimilar(rows: ReadonlyArray<{ article: ArticleRef; storyId: number | null; probability: number; shared: string[] }>): string {
  if (rows.length === 0) return 'No stored article shares enough with this one.\n';
  let out = '';
  for (const r of rows) {
    out += line(`${r.probability.toFixed(3)}  ${who(r.article)} · story ${r.storyId ?? '-'}${r.article.title ? ` · ${r.article.title}` : ''}`);
    out += line(`       shared: ${r.shared.slice(0, 10).join(' ')}`);
  }
  return out;
}
