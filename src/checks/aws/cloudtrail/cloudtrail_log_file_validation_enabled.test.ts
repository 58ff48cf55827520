import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import validation from './cloudtrail_log_file_validation_enabled.check.js';
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

describe('cloudtrail_log_file_validation_enabled', () => {
  it('cloudtrail_log_file_validation_enabled passes and fails trail by trail', () => {
    expect(run(validation, region)).toEqual([
      { resource_id: good.arn, status: 'PASS', reason: 'trail audit: log file validation enabled' },
      {
        resource_id: bad.arn,
        status: 'FAIL',
        reason: 'trail legacy: log file validation disabled',
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
    expect(run(validation, shadowOnly)).toEqual([]);
  });
});
