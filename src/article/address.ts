/**
 * Classifies IP addresses for the SSRF guard: is this an address Sift may fetch from?
 * The ranges themselves live in `data/blocked-ranges.ts`.
 */
import ipaddr from 'ipaddr.js';
import { ALLOWED_V4_RANGES, ALLOWED_V6_RANGES, EXTRA_BLOCKED_CIDRS, V4_EMBEDDING_V6_RANGES } from './data/blocked-ranges.js';

type Addr = ipaddr.IPv4 | ipaddr.IPv6;

const extraBlocked = EXTRA_BLOCKED_CIDRS.map((c) => ipaddr.parseCIDR(c));
const embedding = V4_EMBEDDING_V6_RANGES.map((r) => ({ range: ipaddr.IPv6.parseCIDR(r.cidr), bitOffset: r.bitOffset }));

/** Strips URL brackets and an IPv6 zone id: `[fe80::1%eth0]` → `fe80::1`. */
function bare(address: string): string {
  const a = address.replace(/^\[|\]$/g, '');
  const zone = a.indexOf('%');
  return zone === -1 ? a : a.slice(0, zone);
}

/** True when `host` is an IP address literal (IPv4 dotted quad or IPv6, brackets allowed). */
export function isIpLiteral(host: string): boolean {
  const h = bare(host);
  return ipaddr.IPv4.isValidFourPartDecimal(h) || ipaddr.IPv6.isValid(h);
}

function embeddedV4(a: ipaddr.IPv6, bitOffset: number): ipaddr.IPv4 {
  const bytes = a.toByteArray();
  const start = bitOffset / 8;
  return new ipaddr.IPv4(bytes.slice(start, start + 4));
}

function inExtraBlocked(a: Addr): boolean {
  return extraBlocked.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));
}

function classify(a: Addr): string | null {
  if (a.kind() === 'ipv4') {
    const range = (a as ipaddr.IPv4).range();
    if (!ALLOWED_V4_RANGES.includes(range)) return range;
    return inExtraBlocked(a) ? 'reserved' : null;
  }
  const v6 = a as ipaddr.IPv6;
  const range = v6.range();
  for (const { range: net, bitOffset } of embedding) {
    if (v6.match(net)) {
      const inner = classify(embeddedV4(v6, bitOffset));
      return inner === null ? null : `${range} ${inner}`;
    }
  }
  if (!ALLOWED_V6_RANGES.includes(range)) return range;
  return inExtraBlocked(a) ? 'reserved' : null;
}

/**
 * Why `address` must not be fetched from (`loopback`, `private`, `linkLocal`,
 * `ipv4Mapped loopback` …), or null when it is a public unicast address.
 * Anything that does not parse as an IP address is refused as `invalid`.
 */
export function blockedReason(address: string): string | null {
  const h = bare(address);
  if (!ipaddr.IPv4.isValidFourPartDecimal(h) && !ipaddr.IPv6.isValid(h)) return 'invalid';
  return classify(ipaddr.parse(h));
}
