import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import cloudwatch from './cloudtrail_cloudwatch_logging_enabled.check.js';
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

describe('cloudtrail_cloudwatch_logging_enabled', () => {
  it('cloudtrail_cloudwatch_logging_enabled names the log group or its absence', () => {
    expect(run(cloudwatch, region)).toEqual([
      {
        resource_id: good.arn,
        status: 'PASS',
        reason: `trail audit: delivers to ${good.cloudWatchLogsLogGroupArn}`,
      },
      {
        resource_id: bad.arn,
        status: 'FAIL',
        reason: 'trail legacy: no CloudWatch Logs log group',
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
    expect(run(cloudwatch, shadowOnly)).toEqual([]);
  });
});
