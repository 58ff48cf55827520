import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './network_rdp_internet_restricted.check.js';
import { nsg, rule, snapshot } from './fixtures.js';

describe('network_rdp_internet_restricted', () => {
  it('fails an Internet-wide allow, passes a restricted source or one shadowed by a Deny', () => {
    const open = nsg('nsg-open', [
      rule('allow-any', { sourcePrefixes: ['*'], destinationPorts: ['3389'] }),
    ]);
    const ranged = nsg('nsg-range', [
      rule('allow-any', { sourcePrefixes: ['Internet'], destinationPorts: ['1-65535'] }),
    ]);
    const office = nsg('nsg-office', [
      rule('allow-office', { sourcePrefixes: ['203.0.113.0/24'], destinationPorts: ['3389'] }),
    ]);
    const shadowed = nsg('nsg-shadowed', [
      rule('deny-all', {
        access: 'Deny',
        priority: 100,
        sourcePrefixes: ['*'],
        destinationPorts: ['*'],
        protocol: '*',
      }),
      rule('allow-any', { priority: 200, sourcePrefixes: ['*'], destinationPorts: ['3389'] }),
    ]);
    expect(
      statuses(check, snapshot({ networkSecurityGroups: [open, ranged, office, shadowed] })),
    ).toEqual({
      [open.id]: 'FAIL',
      [ranged.id]: 'FAIL',
      [office.id]: 'PASS',
      [shadowed.id]: 'PASS',
    });
    expect(run(check, snapshot({ networkSecurityGroups: [open] }))[0]!.reason).toContain(
      'allow-any',
    );
  });
});
