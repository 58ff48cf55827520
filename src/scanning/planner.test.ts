import { describe, expect, it } from 'vitest';
import { planUnits, resolveRegions } from './planner.js';

describe('planUnits', () => {
  it('runs regional services once per region and global services once per account', () => {
    const units = planUnits(
      [
        { service: 'ec2', scope: 'regional' },
        { service: 'iam', scope: 'global' },
      ],
      ['eu-west-1', 'us-east-1'],
    );
    expect(units).toEqual([
      { service: 'ec2', region: 'eu-west-1' },
      { service: 'ec2', region: 'us-east-1' },
      { service: 'iam', region: 'global' },
    ]);
  });
});

describe('resolveRegions', () => {
  it("keeps the request's regions, else the enabled regions the provider knows", () => {
    expect(resolveRegions(['eu-west-3'], ['us-east-1'], ['eu-west-3', 'us-east-1'])).toEqual([
      'eu-west-3',
    ]);
    expect(resolveRegions(null, ['us-east-1', 'xx-new-1'], ['us-east-1'])).toEqual(['us-east-1']);
  });
});
