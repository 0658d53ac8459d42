/**
 * Which IP addresses Sift refuses to fetch from unless `allowPrivate` is set.
 *
 * Allow-list, not block-list: only ranges ipaddr.js names `unicast` (publicly routable)
 * pass. Everything ipaddr.js classifies as something else — private, loopback,
 * link-local, unique-local, unspecified, multicast, broadcast, carrier-grade NAT,
 * reserved/documentation, benchmarking, discard, Teredo, ORCHID … — is refused.
 */

/** ipaddr.js `range()` names that may be fetched from (IPv4). */
export const ALLOWED_V4_RANGES: readonly string[] = ['unicast'];

/** ipaddr.js `range()` names that may be fetched from (IPv6). */
export const ALLOWED_V6_RANGES: readonly string[] = ['unicast'];

/**
 * IPv6 ranges that carry an IPv4 address; the embedded IPv4 address is classified
 * instead (so `::ffff:127.0.0.1` counts as loopback, `64:ff9b::8.8.8.8` as public).
 * `bitOffset` is where the 32 embedded bits start.
 */
export const V4_EMBEDDING_V6_RANGES: ReadonlyArray<{ cidr: string; bitOffset: number }> = [
  { cidr: '::ffff:0:0/96', bitOffset: 96 }, // IPv4-mapped (RFC 4291)
  { cidr: '::ffff:0:0:0/96', bitOffset: 96 }, // IPv4-translated (RFC 6145)
  { cidr: '64:ff9b::/96', bitOffset: 96 }, // NAT64 well-known prefix (RFC 6052)
  { cidr: '2002::/16', bitOffset: 16 }, // 6to4 (RFC 3056)
];

/** Extra CIDRs refused even when ipaddr.js calls them `unicast`. */
export const EXTRA_BLOCKED_CIDRS: readonly string[] = [
  '::/96', // deprecated IPv4-compatible IPv6 (::a.b.c.d)
  '64:ff9b:1::/48', // NAT64 local-use prefix (RFC 8215)
  '100::/64', // discard-only (RFC 6666)
  'fec0::/10', // deprecated site-local
];
