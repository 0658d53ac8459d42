/** Terminal renderings of stories, a story trace, and similar-article matches. */
import type { Story } from '../store/types.js';
import type { ArticleRef, StoryTrace } from '../stories/trace.js';
import { inlineText, plural, truncate } from './text.js';

const WIDTH = 100;

/** One output line: article-derived text made safe and clipped; leading indentation kept. */
function line(s: string): string {
  const indent = /^ */.exec(s)![0];
  return `${indent}${truncate(inlineText(s), WIDTH - indent.length)}\n`;
}

function who(a: ArticleRef): string {
  return `#${a.id} ${a.domain ?? '(no domain)'} · ${a.published ?? 'date unknown'} · ${a.lang}`;
}

export function renderStories(stories: ReadonlyArray<Story & { members: ArticleRef[] }>, location: string): string {
  if (stories.length === 0) return `No stories in ${location} match. Ingest articles first: sift ingest <files…>\n`;
  let out = `${plural(stories.length, 'story')} in ${location}\n\n`;
  for (const s of stories) {
    out += line(`STORY ${s.id} · ${plural(s.articles, 'article')} · ${plural(s.domains, 'domain')} · ${s.firstPublished ?? '?'} → ${s.lastPublished ?? '?'}`);
    out += line(`  “${s.title ?? '(untitled)'}”`);
    for (const a of s.members.slice(0, 6)) out += line(`    ${who(a)}${a.title ? ` · ${a.title}` : ''}`);
    if (s.members.length > 6) out += `    … and ${s.members.length - 6} more\n`;
    out += '\n';
  }
  return out;
}

export function renderTrace(t: StoryTrace): string {
  let out = line(`STORY ${t.story.id} · ${plural(t.story.articles, 'article')} on ${plural(t.story.domains, 'domain')}`);
  out += line(`Earliest copy: ${who(t.earliest)}${t.earliest.url ? ` ${t.earliest.url}` : ''}`);
  out += t.original ? line(`Original in the corpus: ${who(t.original)} — ${t.original.reason}`) : 'Original in the corpus: not found (the copies may name it; see cited sources)\n';
  if (t.citedSources.length > 0) {
    out += '\nCITED SOURCES (by the copies)\n';
    for (const s of t.citedSources.slice(0, 8)) out += line(`  ${s.name} · cited by ${s.copies} · first link ${s.asOutermost}× · last link ${s.asInnermost}×`);
  }
  out += '\nTIMELINE\n';
  for (const a of t.timeline.slice(0, 30)) {
    const lag = a.lagHours === null ? '     ?' : `${a.lagHours >= 0 ? '+' : ''}${a.lagHours}h`.padStart(7);
    out += line(`  ${lag}  ${who(a)}${a.score !== null ? ` · score ${a.score}` : ''}${a.title ? ` · ${a.title}` : ''}`);
  }
  if (t.timeline.length > 30) out += `  … and ${t.timeline.length - 30} more\n`;
  out += `\nCHANGES against #${t.base.id} (${t.base.domain ?? 'no domain'})\n`;
  for (const c of t.copies.slice(0, 12)) {
    const d = c.diff;
    const parts: string[] = [];
    if (d.changedNumbers.length) parts.push(`numbers changed ${d.changedNumbers.map((x) => `${x.from}→${x.to}`).join(', ')}`);
    if (d.added.names.length + d.added.numbers.length) parts.push(`added ${[...d.added.names, ...d.added.numbers].slice(0, 5).join(', ')}`);
    if (d.dropped.names.length + d.dropped.numbers.length) parts.push(`dropped ${[...d.dropped.names, ...d.dropped.numbers].slice(0, 5).join(', ')}`);
    if (d.sourcesAdded.length) parts.push(`new sources ${d.sourcesAdded.join(', ')}`);
    if (d.sourcesDropped.length) parts.push(`sources dropped ${d.sourcesDropped.join(', ')}`);
    parts.push(`${plural(d.claimsAdded.length, 'sentence')} without counterpart`);
    out += line(`  #${c.article.id} ${c.article.domain ?? ''}: ${parts.join(' · ')}`);
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
