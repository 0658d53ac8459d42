/**
 * SSRF guard for the URL reader. A host is refused when it is, or resolves to, an
 * address `address.ts` blocks (loopback, private, link-local …).
 *
 * The check runs twice: before each request (for a clear error, and for literal IP
 * hosts, which the socket never looks up), and inside the socket's own DNS lookup
 * (`guardedLookup`, passed to undici's connector), so the address actually connected
 * to is the one checked — a DNS answer that changes between the two (rebinding)
 * cannot slip through.
 */
import { promises as dns } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { blockedReason, isIpLiteral } from './address.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** How the guard resolves and judges addresses (replaceable in tests). */
export interface NetPolicy {
  /** All addresses of a host name. */
  resolve(host: string): Promise<ResolvedAddress[]>;
  /** Why an address must not be contacted, or null. */
  blockedReason(address: string): string | null;
}

export const DEFAULT_POLICY: NetPolicy = {
  resolve: (host) => dns.lookup(host, { all: true, verbatim: true }),
  blockedReason,
};

/** Thrown (and passed through undici) when a host is or resolves to a blocked address. */
export class BlockedAddressError extends Error {
  readonly code = 'ESIFTBLOCKED';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${host} resolves to ${address} (${reason})`);
    this.name = 'BlockedAddressError';
  }
}

/** Strips the brackets of an IPv6 URL host. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

function firstBlocked(host: string, addresses: readonly ResolvedAddress[], policy: NetPolicy): BlockedAddressError | undefined {
  for (const a of addresses) {
    const reason = policy.blockedReason(a.address);
    if (reason !== null) return new BlockedAddressError(host, a.address, reason);
  }
  return undefined;
}

/**
 * Throws BlockedAddressError when `host` is a blocked IP literal or resolves to any
 * blocked address. DNS failures propagate as they are (network errors).
 */
export async function assertHostAllowed(host: string, policy: NetPolicy = DEFAULT_POLICY): Promise<void> {
  if (isIpLiteral(host)) {
    const reason = policy.blockedReason(host);
    if (reason !== null) throw new BlockedAddressError(host, host, reason);
    return;
  }
  const blocked = firstBlocked(host, await policy.resolve(host), policy);
  if (blocked) throw blocked;
}

/**
 * A `net.connect` lookup function that resolves through `policy` and fails with
 * BlockedAddressError instead of returning a blocked address. Handles both the
 * `all: true` form (used with autoSelectFamily) and the single-address form.
 */
export function guardedLookup(policy: NetPolicy = DEFAULT_POLICY): LookupFunction {
  return (hostname, options, callback) => {
    policy.resolve(hostname).then(
      (all) => {
        const wanted = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        const blocked = firstBlocked(hostname, wanted, policy);
        if (blocked) return callback(blocked, '', 0);
        if (wanted.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`No address found for ${hostname}`);
          err.code = 'ENOTFOUND';
          return callback(err, '', 0);
        }
        if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
        return callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
