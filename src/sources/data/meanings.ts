/**
 * What the datasets' codes mean, in the words Sift shows next to them, and how each rating maps to
 * Sift's three-way reliability field (reliable / mixed / unreliable). The mappings are Sift's
 * reading of each dataset's own scale; `docs/sources.md` explains and measures them.
 */

/** State Media Monitor typology (state-media-profiles README): funding / governance / editorial control. */
export const TYPOLOGY: Readonly<Record<string, { label: string; meaning: string; editorialControl: boolean }>> = {
  SC: { label: 'state-controlled media', meaning: 'the state controls funding, governance and editorial line', editorialControl: true },
  CaPu: { label: 'captured public/state-managed media', meaning: 'the state controls governance and the editorial line', editorialControl: true },
  CaPr: { label: 'captured private media', meaning: 'privately owned, the state controls the editorial line', editorialControl: true },
  ISFM: { label: 'independent state-funded and state-managed media', meaning: 'state funding and governance, editorially independent', editorialControl: false },
  ISF: { label: 'independent state-funded media', meaning: 'state funding, editorially independent', editorialControl: false },
  ISM: { label: 'independent state-managed media', meaning: 'state-managed governance, editorially independent', editorialControl: false },
  IP: { label: 'independent public media', meaning: 'public media independent in funding, governance and editorial line', editorialControl: false },
};

/** Wikipedia RSP status codes. */
export const RSP_STATUS: Readonly<Record<string, string>> = {
  gr: 'generally reliable',
  nc: 'no consensus',
  m: 'mixed (varies by use)',
  gu: 'generally unreliable',
  d: 'deprecated',
};

/**
 * Laundromat source lists. `concern` marks lists whose membership is itself a finding about the
 * site; "EuVsDisinfo" (appeared in a case, as publisher or as a cited page) and "Wikidata All
 * News" (a background list of ordinary news sites) are not.
 */
export const LISTS: Readonly<Record<string, { meaning: string; concern: boolean }>> = {
  EuVsDisinfo: { meaning: 'appeared in an EUvsDisinfo case (as publisher or as a page cited in it; not a judgement of the site)', concern: false },
  'Wikidata All News': { meaning: 'listed as a news site on Wikidata (a background list of ordinary news sites, not of concern)', concern: false },
  'Pink Slime': { meaning: 'partisan pseudo-local news network ("pink slime")', concern: true },
  'Wikipedia Fake News': { meaning: 'on Wikipedia\u2019s list of fake news websites', concern: true },
  'Viginum (Portal Kombat)': { meaning: 'named by VIGINUM as part of the Portal Kombat ("Pravda") network', concern: true },
  'RT Mirror/Repost': { meaning: 'mirror or repost site of RT content', concern: true },
  'Intel/Suspected': { meaning: 'suspected influence-operation site (Laundromat list "Intel/Suspected")', concern: true },
  'Newsguard AI': { meaning: 'NewsGuard list of unreliable AI-generated news sites', concern: true },
};

export type Reliability = 'reliable' | 'mixed' | 'unreliable';

/** source-reliability-idiap golden labels: 1 reliable, 0 mixed, -1 unreliable, -2 (Wikipedia deprecated/blacklisted) unreliable. */
export function idiapReliability(label: number): Reliability {
  return label >= 1 ? 'reliable' : label === 0 ? 'mixed' : 'unreliable';
}

export const IDIAP_LABEL: Readonly<Record<string, string>> = {
  '1': 'reliable',
  '0': 'mixed',
  '-1': 'unreliable',
  '-2': 'unreliable (deprecated or blacklisted on Wikipedia)',
};

/** Wikipedia RSP status → reliability: gr reliable; nc, m mixed; gu, d unreliable. */
export function rspReliability(status: string): Reliability | undefined {
  if (status === 'gr') return 'reliable';
  if (status === 'nc' || status === 'm') return 'mixed';
  if (status === 'gu' || status === 'd') return 'unreliable';
  return undefined;
}

/**
 * Domain quality pc1 (0..1) → reliability. Thresholds chosen on the dev half of
 * source-reliability-idiap (domains whose FNV-1a hash is even) with that dataset left out of the
 * build (`sift sources eval --calibrate`: 0.50 / 0.25 and 0.50 / 0.30 tie at macro-F1 0.753 /
 * 0.752; 0.30 taken); the agreement is reported on the other half (docs/sources.md).
 */
export const PC1_RELIABLE_AT = 0.5;
export const PC1_UNRELIABLE_BELOW = 0.3;

export function pc1Reliability(pc1: number): Reliability {
  return pc1 >= PC1_RELIABLE_AT ? 'reliable' : pc1 < PC1_UNRELIABLE_BELOW ? 'unreliable' : 'mixed';
}

/** The datasets whose ratings feed the reliability field, strongest first (the first one that rates a source decides). */
export const RELIABILITY_ORDER = ['source-reliability-idiap', 'wikipedia-perennial-sources', 'domain-quality-ratings'] as const;
