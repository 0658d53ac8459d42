/**
 * SYNTHETIC story fingerprints for `bench/stories.ts --lookup-only --bulk synthetic`: close to
 * the anchors `fingerprint()` (src/stories/fingerprint.ts) gives an article, at about a third of
 * the cost of the analysis, so a store of a million articles can be filled in minutes. Only the
 * bulk load uses them; every measured lookup runs the real pipeline.
 *
 *   n: w: #: y: d: q: t:  exact: the real sentence, token and mention stages run over the text
 *                         (language taken from the generator), then the real `fingerprint()`;
 *   s:                    approximated — the attribution stage (the costliest) is skipped:
 *                         - the chains the generator cited (outlet → expert), keyed like
 *                           attribution sources;
 *                         - per template ("shape"), the sources the attribution stage finds when
 *                           that one sentence is analysed on its own, computed once per shape and
 *                           language and cached; sources naming an entity of the sentence are
 *                           re-keyed with the entity this copy rendered.
 *
 * `FidelityMeter` compares them with real fingerprints; bench/stories.ts reports the comparison.
 */
import { analyze } from '../src/analyze.js';
import { emptyDoc } from '../src/doc/pipeline.js';
import { mentionStage } from '../src/mentions/index.js';
import { nameKey } from '../src/mentions/keys.js';
import { anchorType, fingerprint, stemName } from '../src/stories/fingerprint.js';
import { sentenceStage } from '../src/text/sentences.js';
import { tokenStage } from '../src/text/tokens.js';
import type { GenArticle, RenderedPart } from './stories-corpus.js';

/** Runs of capitalised words in a name ("Лорнбургский курьер" → ["Лорнбургский"]). */
function capitalisedRuns(name: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const w of name.split(/\s+/)) {
    const c = w.charAt(0);
    if (c !== '' && c !== c.toLowerCase()) run.push(w);
    else if (run.length) {
      out.push(run.join(' '));
      run = [];
    }
  }
  if (run.length) out.push(run.join(' '));
  return out;
}

const sourceAnchor = (name: string): string => `s:${stemName(nameKey(name))}`;

/** Per shape: source anchors, each a constant or the index of the part's name it was keyed from. */
const SHAPES = new Map<string, Array<string | number>>();

function shapeSources(a: GenArticle, p: RenderedPart): Array<string | number> {
  let cached = SHAPES.get(p.shape);
  if (cached) return cached;
  const doc = analyze({ format: 'text', text: a.text.slice(p.start, p.end), lang: a.lang });
  const byName = new Map<string, number>();
  p.names.forEach((n, i) => {
    for (const run of [n, ...capitalisedRuns(n)]) if (!byName.has(sourceAnchor(run))) byName.set(sourceAnchor(run), i);
  });
  cached = fingerprint(doc)
    .anchors.filter((x) => x.startsWith('s:'))
    .map((x) => byName.get(x) ?? x);
  SHAPES.set(p.shape, cached);
  return cached;
}

/** The synthetic anchors of a generated article (see the file comment). */
export function syntheticAnchors(a: GenArticle): string[] {
  const doc = emptyDoc({ format: 'text', text: a.text, lang: a.lang });
  doc.lang = a.lang;
  sentenceStage.run(doc);
  tokenStage.run(doc);
  mentionStage.run(doc);
  const anchors = new Set(fingerprint(doc).anchors);
  for (const chain of a.facts.chains) {
    anchors.add(sourceAnchor(capitalisedRuns(chain[0])[0] ?? chain[0]));
    if (chain.length > 1) anchors.add(sourceAnchor(capitalisedRuns(chain[chain.length - 1])[0] ?? chain[chain.length - 1]));
  }
  for (const p of a.parts) {
    for (const x of shapeSources(a, p)) {
      if (typeof x === 'string') anchors.add(x);
      else if (p.names[x] !== undefined) anchors.add(sourceAnchor(p.names[x]));
    }
  }
  return [...anchors];
}

/** Shapes analysed so far (each cost one real analysis of one sentence). */
export function shapesCalibrated(): number {
  return SHAPES.size;
}

export interface Fidelity {
  articles: number;
  /** Mean Jaccard similarity of the synthetic and real anchor sets. */
  jaccard: number;
  /** Mean anchors per article, real and synthetic. */
  realAnchors: number;
  synthAnchors: number;
  /** Per family: mean count in the real and synthetic sets and mean shared count. */
  families: Record<string, { real: number; synth: number; shared: number }>;
}

/** Accumulates the comparison of synthetic and real anchors over articles. */
export class FidelityMeter {
  private n = 0;
  private jac = 0;
  private real = 0;
  private synth = 0;
  private readonly fam = new Map<string, { real: number; synth: number; shared: number }>();

  add(real: readonly string[], synth: readonly string[]): void {
    const r = new Set(real);
    const s = new Set(synth);
    let shared = 0;
    for (const x of s) if (r.has(x)) shared++;
    const union = r.size + s.size - shared;
    this.jac += union === 0 ? 1 : shared / union;
    this.real += r.size;
    this.synth += s.size;
    this.n++;
    const f = (x: string): { real: number; synth: number; shared: number } => {
      const k = anchorType(x);
      let e = this.fam.get(k);
      if (!e) this.fam.set(k, (e = { real: 0, synth: 0, shared: 0 }));
      return e;
    };
    for (const x of r) f(x).real++;
    for (const x of s) {
      f(x).synth++;
      if (r.has(x)) f(x).shared++;
    }
  }

  result(): Fidelity {
    const n = Math.max(1, this.n);
    const r3 = (x: number): number => Math.round((x / n) * 1000) / 1000;
    const families: Fidelity['families'] = {};
    for (const [k, v] of [...this.fam].sort()) families[k] = { real: r3(v.real), synth: r3(v.synth), shared: r3(v.shared) };
    return { articles: this.n, jaccard: r3(this.jac), realAnchors: r3(this.real), synthAnchors: r3(this.synth), families };
  }
}
