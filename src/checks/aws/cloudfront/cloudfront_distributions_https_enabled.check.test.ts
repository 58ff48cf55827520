import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_https_enabled.check.js';
import { dist, snapshot } from './fixtures.js';

describe('cloudfront_distributions_https_enabled', () => {
  it('fails a behavior that allows plain HTTP, naming it, and passes redirect or https-only', () => {
    const plain = dist('EPLAIN', {
      behaviors: [
        { pathPattern: '*', viewerProtocolPolicy: 'https-only' },
        { pathPattern: '/images/*', viewerProtocolPolicy: 'allow-all' },
      ],
    });
    const defaultPlain = dist('EDEF', {
      behaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all' }],
    });
    const ok = dist('EOK');
    expect(run(check, snapshot([plain, defaultPlain, ok]))).toEqual([
      {
        resource_id: plain.arn,
        status: 'FAIL',
        reason: 'EPLAIN serves plain HTTP (allow-all) on /images/*',
      },
      {
        resource_id: defaultPlain.arn,
        status: 'FAIL',
        reason: 'EDEF serves plain HTTP (allow-all) on the default behavior',
      },
      { resource_id: ok.arn, status: 'PASS', reason: 'every cache behavior of EOK requires HTTPS' },
    ]);
  });
});
