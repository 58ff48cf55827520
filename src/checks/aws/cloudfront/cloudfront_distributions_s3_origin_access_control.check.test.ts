import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_s3_origin_access_control.check.js';
import { customOrigin, dist, s3Origin, snapshot } from './fixtures.js';

describe('cloudfront_distributions_s3_origin_access_control', () => {
  it('fails an S3 origin with a legacy identity or with nothing, passes OAC, skips custom-only', () => {
    const oai = dist('EOAI', {
      origins: [
        s3Origin({
          id: 'assets',
          originAccessControlId: undefined,
          originAccessIdentity: 'origin-access-identity/cloudfront/E74F',
        }),
      ],
    });
    const open = dist('EOPEN', {
      origins: [s3Origin({ id: 'public', originAccessControlId: undefined })],
    });
    const ok = dist('EOK');
    const custom = dist('ECUSTOM', { origins: [customOrigin()] });
    expect(run(check, snapshot([oai, open, ok, custom]))).toEqual([
      {
        resource_id: oai.arn,
        status: 'FAIL',
        reason:
          'EOAI: S3 origin without origin access control: assets (legacy origin access identity)',
      },
      {
        resource_id: open.arn,
        status: 'FAIL',
        reason:
          'EOPEN: S3 origin without origin access control: public (no access control: the bucket must be public)',
      },
      {
        resource_id: ok.arn,
        status: 'PASS',
        reason: 'every S3 origin of EOK uses origin access control',
      },
    ]);
  });
});
