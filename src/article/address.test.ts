import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockedReason, isIpLiteral } from './address.js';
import { assertHostAllowed, BlockedAddressError, guardedLookup, type NetPolicy, type ResolvedAddress } from './ssrf.js';

describe('blockedReason', () => {
  it('refuses every non-public range', () => {
    const blocked: Array<[string, string]> = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'linkLocal'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['192.0.2.1', 'reserved'],
      ['198.18.0.1', 'reserved'],
      ['240.0.0.1', 'reserved'],
      ['::1', 'loopback'],
      ['[::1]', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'linkLocal'],
      ['fe80::1%eth0', 'linkLocal'],
      ['fc00::1', 'uniqueLocal'],
      ['fd12:3456::1', 'uniqueLocal'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'reserved'],
      ['2001::1', 'teredo'],
      ['fec0::1', 'deprecatedSiteLocal'],
    ];
    for (const [address, reason] of blocked) assert.equal(blockedReason(address), reason, address);
  });

  it('looks inside IPv6 addresses that embed IPv4', () => {
    assert.equal(blockedReason('::ffff:127.0.0.1'), 'ipv4Mapped loopback');
    assert.equal(blockedReason('::ffff:7f00:1'), 'ipv4Mapped loopback');
    assert.equal(blockedReason('::ffff:10.0.0.1'), 'ipv4Mapped private');
    assert.equal(blockedReason('::ffff:169.254.169.254'), 'ipv4Mapped linkLocal');
    assert.equal(blockedReason('64:ff9b::7f00:1'), 'rfc6052 loopback');
    assert.equal(blockedReason('2002:c0a8:101::'), '6to4 private');
    assert.equal(blockedReason('::808:808'), 'reserved'); // IPv4-compatible, deprecated
    assert.equal(blockedReason('::ffff:8.8.8.8'), null);
    assert.equal(blockedReason('64:ff9b::808:808'), null);
  });

  it('allows public unicast addresses', () => {
    for (const a of ['8.8.8.8', '93.184.216.34', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001::200e']) assert.equal(blockedReason(a), null, a);
  });

  it('refuses what is not an address at all', () => {
    assert.equal(blockedReason('localhost'), 'invalid');
    assert.equal(blockedReason('0x7f000001'), 'invalid');
  });

  it('isIpLiteral', () => {
    assert.ok(isIpLiteral('127.0.0.1') && isIpLiteral('[::1]') && isIpLiteral('fe80::1%lo'));
    assert.ok(!isIpLiteral('example.org') && !isIpLiteral('127.1'));
  });
});

/** A resolver answering from a table, counting calls per host. */
function tablePolicy(table: Record<string, ResolvedAddress[][]>): NetPolicy & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  return {
    calls,
    blockedReason,
    resolve: async (host) => {
      const n = (calls[host] = (calls[host] ?? 0) + 1);
      const answers = table[host];
      if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return answers[Math.min(n, answers.length) - 1]!;
    },
  };
}

describe('assertHostAllowed', () => {
  it('refuses literal private addresses without resolving them', async () => {
    const policy = tablePolicy({});
    await assert.rejects(assertHostAllowed('127.0.0.1', policy), (e) => e instanceof BlockedAddressError && e.reason === 'loopback');
    await assert.rejects(assertHostAllowed('::1', policy), BlockedAddressError);
    assert.deepEqual(policy.calls, {});
    await assertHostAllowed('8.8.8.8', policy);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const policy = tablePolicy({
      'mixed.test': [[{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }]],
      'public.test': [[{ address: '93.184.216.34', family: 4 }, { address: '2606:4700::1111', family: 6 }]],
    });
    await assert.rejects(assertHostAllowed('mixed.test', policy), (e) => e instanceof BlockedAddressError && e.address === '10.0.0.5');
    await assertHostAllowed('public.test', policy);
  });

  it('resolves real names with the system resolver by default', async () => {
    await assert.rejects(assertHostAllowed('localhost'), BlockedAddressError);
  });
});

describe('guardedLookup (the connect-time check)', () => {
  const lookup = (fn: ReturnType<typeof guardedLookup>, host: string, all: boolean): Promise<unknown> =>
    new Promise((resolve, reject) => {
      fn(host, { all }, (err: Error | null, address: unknown, family?: number) => (err ? reject(err) : resolve(all ? address : [address, family])));
    });

  it('answers in both the single and the all-addresses form', async () => {
    const fn = guardedLookup(tablePolicy({ 'ok.test': [[{ address: '93.184.216.34', family: 4 }]] }));
    assert.deepEqual(await lookup(fn, 'ok.test', false), ['93.184.216.34', 4]);
    assert.deepEqual(await lookup(fn, 'ok.test', true), [{ address: '93.184.216.34', family: 4 }]);
  });

  it('checks every answer, so a rebinding name is caught at connect time', async () => {
    // First answer public (passes the pre-check), second private (what the socket would use).
    const policy = tablePolicy({ 'rebind.test': [[{ address: '93.184.216.34', family: 4 }], [{ address: '127.0.0.1', family: 4 }]] });
    await assertHostAllowed('rebind.test', policy);
    await assert.rejects(lookup(guardedLookup(policy), 'rebind.test', true), (e) => e instanceof BlockedAddressError && e.address === '127.0.0.1');
  });

  it('passes resolver errors through', async () => {
    await assert.rejects(lookup(guardedLookup(tablePolicy({})), 'nowhere.test', false), /ENOTFOUND/);
  });
});
