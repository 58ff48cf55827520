import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import kms from './cloudtrail_kms_encryption_enabled.check.js';
import { snapshot, trail } from './fixtures.js';

const good = trail();
const bad = trail({
  name: 'legacy',
  multiRegion: false,
  logFileValidation: false,
  kmsKeyId: undefined,
  cloudWatchLogsLogGroupArn: undefined,
});
const region = snapshot([good, bad]);

describe('cloudtrail_kms_encryption_enabled', () => {
  it('cloudtrail_kms_encryption_enabled names the key or its absence', () => {
    expect(run(kms, region)).toEqual([
      {
        resource_id: good.arn,
        status: 'PASS',
        reason: `trail audit: encrypted with ${good.kmsKeyId}`,
      },
      {
        resource_id: bad.arn,
        status: 'FAIL',
        reason: 'trail legacy: KmsKeyId is not set (SSE-S3 only)',
      },
    ]);
  });

  it('judges no shadow trail: a region without home trails has no per-trail result', () => {
    const shadowOnly = snapshot(
      [],
      [
        {
          arn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/g',
          name: 'g',
          homeRegion: 'us-east-1',
          multiRegion: true,
          organizationTrail: false,
        },
      ],
    );
    expect(run(kms, shadowOnly)).toEqual([]);
  });
});
