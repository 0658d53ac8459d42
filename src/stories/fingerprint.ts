/**
 * Story fingerprints: the anchors an article shares with other copies of the same report
 * (placeholder signatures; the implementation is being written).
 */
import type { Doc } from '../doc/types.js';

export interface Fingerprint {
  /** Anchor strings ("n:marochko", "#:12", "d:--07-10", "t:desert", "q:…"). */
  anchors: string[];
  lang: string;
}

/** The fingerprint of an analysed article. */
export function fingerprint(doc: Doc): Fingerprint {
  return { anchors: [], lang: doc.lang };
}

/**
 * Calibrated probability that two articles retell the same source report, given each anchor's
 * inverse document frequency in the corpus at hand.
 */
export function sameStoryScore(_a: Fingerprint, _b: Fingerprint, _idf: (anchor: string) => number): number {
  return 0;
}
