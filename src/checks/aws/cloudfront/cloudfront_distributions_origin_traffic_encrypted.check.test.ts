import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_origin_traffic_encrypted.check.js';
import { customOrigin, dist, snapshot } from './fixtures.js';

describe('cloudfront_distributions_origin_traffic_encrypted', () => {
  it('fails HTTP-only, match-viewer behind plain HTTP and deprecated TLS; passes TLS 1.2; skips S3-only', () => {
    const http = dist('EHTTP', {
      origins: [customOrigin({ originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1'] })],
    });
    const match = dist('EMATCH', {
      origins: [customOrigin({ originProtocolPolicy: 'match-viewer' })],
      behaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all' }],
    });
    const weak = dist('EWEAK', {
      origins: [customOrigin({ originSslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] })],
    });
    const ok = dist('EOK', { origins: [customOrigin()] });
    const s3 = dist('ES3');
    expect(run(check, snapshot([http, match, weak, ok, s3]))).toEqual([
      { resource_id: http.arn, status: 'FAIL', reason: 'EHTTP: alb is reached over HTTP only' },
      {
        resource_id: match.arn,
        status: 'FAIL',
        reason: 'EMATCH: alb is reached over HTTP when viewers use HTTP (match-viewer)',
      },
      { resource_id: weak.arn, status: 'FAIL', reason: 'EWEAK: alb allows TLSv1, TLSv1.1' },
      {
        resource_id: ok.arn,
        status: 'PASS',
        reason: 'EOK reaches its custom origins over TLS 1.2+',
      },
    ]);
  });
});
