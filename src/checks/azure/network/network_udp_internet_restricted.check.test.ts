import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './network_udp_internet_restricted.check.js';
import { nsg, rule, snapshot } from './fixtures.js';

describe('network_udp_internet_restricted', () => {
  it('fails UDP or any-protocol rules from the Internet and passes TCP-only ones', () => {
    const dns = nsg('nsg-dns', [
      rule('dns', { protocol: 'Udp', sourcePrefixes: ['0.0.0.0/0'], destinationPorts: ['53'] }),
    ]);
    const any = nsg('nsg-any', [
      rule('any', { protocol: '*', sourcePrefixes: ['*'], destinationPorts: ['*'] }),
    ]);
    const tcp = nsg('nsg-tcp', [rule('https', { sourcePrefixes: ['*'] })]);
    expect(statuses(check, snapshot({ networkSecurityGroups: [dns, any, tcp] }))).toEqual({
      [dns.id]: 'FAIL',
      [any.id]: 'FAIL',
      [tcp.id]: 'PASS',
    });
  });
});
