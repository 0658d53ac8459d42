/** Host names as the knowledge base keys them: lower-case, no scheme, path, port, `www.` or trailing dot. */

const HOST_CHARS = /^[a-z0-9.-]+$/;

/**
 * The host of a URL or bare domain, normalised ("https://www.RIA.ru/x" → "ria.ru"), or undefined
 * when it does not look like a host name with a dot.
 */
export function normalizeHost(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  const comma = s.indexOf(',');
  if (comma >= 0) s = s.slice(0, comma).trim();
  const scheme = s.indexOf('://');
  if (scheme >= 0) s = s.slice(scheme + 3);
  else if (s.startsWith('//')) s = s.slice(2);
  const cut = s.search(/[/?#\s]/);
  if (cut >= 0) s = s.slice(0, cut);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  const colon = s.indexOf(':');
  if (colon >= 0) s = s.slice(0, colon);
  while (s.endsWith('.')) s = s.slice(0, -1);
  if (s.startsWith('www.')) s = s.slice(4);
  else if (/^www\d\./.test(s)) s = s.slice(s.indexOf('.') + 1);
  if (!s.includes('.') || !HOST_CHARS.test(s) || s.startsWith('.') || s.includes('..')) return undefined;
  return s;
}

/** True when `s` reads as a bare domain ("ria.ru", "Lenta.ru", "pravda.com.ua"), not a sentence. */
export function looksLikeDomain(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 100 || !t.includes('.') || /\s/.test(t)) return false;
  const host = normalizeHost(t);
  if (!host) return false;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return /^[a-z]{2,}$/.test(tld);
}

/** Second-level labels under which anyone registers (com.ua, co.uk, kharkiv.ua): never a site of their own. */
const REGISTRY_LABELS = new Set(['com', 'org', 'net', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go', 'in', 'msk', 'spb', 'kiev', 'kyiv', 'kharkiv', 'odessa', 'od', 'dp', 'lviv', 'zp', 'lg', 'dn']);

/**
 * The host and its parents down to two labels, skipping registry suffixes:
 * "a.b.tass.ru" → ["a.b.tass.ru", "b.tass.ru", "tass.ru"]; "pravda.com.ua" → ["pravda.com.ua"].
 */
export function hostAndParents(host: string): string[] {
  const out = [host];
  let h = host;
  for (;;) {
    const dot = h.indexOf('.');
    if (dot < 0) break;
    const rest = h.slice(dot + 1);
    const labels = rest.split('.');
    if (labels.length < 2 || (labels.length === 2 && REGISTRY_LABELS.has(labels[0]!))) break;
    out.push(rest);
    h = rest;
  }
  return out;
}
