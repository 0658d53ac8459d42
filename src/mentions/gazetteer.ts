/** Lookup of outlet names and aliases by script-independent key. */
import { OUTLETS } from './data/outlets.js';
import { nameKey } from './keys.js';

const BY_KEY = new Map<string, string>();
for (const o of OUTLETS) {
  BY_KEY.set(nameKey(o.name), o.name);
  for (const a of o.aliases) if (!a.includes('.')) BY_KEY.set(nameKey(a), o.name);
}
/** Longest alias in tokens, to bound sub-sequence search. */
export const MAX_OUTLET_WORDS = Math.max(...[...BY_KEY.keys()].map((k) => k.split(' ').length));

/** Canonical outlet name for a surface form ("Ria Novosti" → "RIA Novosti"), or undefined. */
export function outletName(surface: string): string | undefined {
  return BY_KEY.get(nameKey(surface));
}

const DOMAINS = new Map<string, string[]>();
for (const o of OUTLETS) DOMAINS.set(o.name, o.aliases.filter((a) => a.includes('.') && !a.includes(' ')).map((a) => a.toLowerCase()));

/** Known web domains of an outlet by canonical name ("RIA Novosti" → ["ria.ru"]). */
export function outletDomains(name: string): readonly string[] {
  return DOMAINS.get(name) ?? [];
}
