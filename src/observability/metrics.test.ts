import { describe, expect, it } from 'vitest';
import { ScannerMetrics } from './metrics.js';

const call = (outcome: 'success' | 'error', errorCode?: string) => ({
  provider: 'aws',
  service: 's3',
  operation: 'GetBucketPolicy',
  region: 'eu-west-3',
  outcome,
  ...(errorCode !== undefined && { errorCode }),
  throttled: false,
  durationMs: 30,
});

describe('cloud API call outcomes on /metrics', () => {
  it('counts a "not configured" answer as absent, a denied or failed call as an error', async () => {
    const metrics = new ScannerMetrics({ defaultMetrics: false });
    metrics.onCall(call('success'));
    metrics.onCall(call('error', 'NoSuchBucketPolicy'));
    metrics.onCall(call('error', 'ServerSideEncryptionConfigurationNotFoundError'));
    metrics.onCall(call('error', 'AccessDenied'));
    metrics.onCall(call('error', 'InternalError'));
    const text = await metrics.registry.metrics();
    const line = (outcome: string) =>
      `clouddiagnoze_cloud_api_calls_total{provider="aws",service="s3",operation="GetBucketPolicy",outcome="${outcome}"}`;
    expect(text).toContain(`${line('success')} 1`);
    expect(text).toContain(`${line('absent')} 2`);
    expect(text).toContain(`${line('error')} 2`);
  });
});
