import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_tls_policy_secure.check.js';
import { dist, snapshot } from './fixtures.js';

describe('cloudfront_distributions_tls_policy_secure', () => {
  it('passes the 2025 policies, fails older ones and the default certificate', () => {
    const ok = dist('EOK');
    const old = dist('EOLD', {
      viewerCertificate: { cloudFrontDefault: false, minimumProtocolVersion: 'TLSv1.2_2019' },
    });
    const def = dist('EDEF', {
      viewerCertificate: { cloudFrontDefault: true, minimumProtocolVersion: 'TLSv1' },
    });
    expect(run(check, snapshot([ok, old, def]))).toEqual([
      { resource_id: ok.arn, status: 'PASS', reason: 'EOK requires TLSv1.2_2025' },
      {
        resource_id: old.arn,
        status: 'FAIL',
        reason: 'EOLD allows viewers TLSv1.2_2019 (recommended: TLSv1.2_2025 or TLSv1.3_2025)',
      },
      {
        resource_id: def.arn,
        status: 'FAIL',
        reason: 'EDEF uses the default *.cloudfront.net certificate, which accepts TLSv1',
      },
    ]);
  });
});
