import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import dnssec from './route53_public_hosted_zones_dnssec_signing_enabled.check.js';

describe('route53_public_hosted_zones_dnssec_signing_enabled', () => {
  it('passes SIGNING, fails NOT_SIGNING, ERROR when GetDNSSEC is denied, skips private zones', () => {
    expect(statuses(dnssec, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(dnssec, all).map((r) => r.reason)).toEqual([
      'zone example.com. is signed with DNSSEC',
      'public zone example.org. is not signed with DNSSEC (NOT_SIGNING)',
      'DNSSEC of zone example.net. could not be read: route53:GetDNSSEC was denied (AccessDenied) — not authorized to perform this action',
    ]);
  });
});
