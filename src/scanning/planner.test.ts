import { describe, expect, it } from 'vitest';
import { failedAccountUnits, planUnits, resolveRegions } from './planner.js';

describe('planUnits', () => {
  it('runs regional services once per region and global services once per account', () => {
    const units = planUnits(
      [
        { service: 'ec2', scope: 'regional' },
        { service: 'iam', scope: 'global' },
      ],
      ['eu-west-1', 'us-east-1'],
      '123456789012',
    );
    expect(units).toEqual([
      { account_id: '123456789012', service: 'ec2', region: 'eu-west-1' },
      { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
      { account_id: '123456789012', service: 'iam', region: 'global' },
    ]);
  });
});

describe('failedAccountUnits', () => {
  it('records one failed unit per service for an account that cannot be reached', () => {
    const failure = { code: 'AccessDenied', message: 'not authorized to perform sts:AssumeRole' };
    expect(
      failedAccountUnits([{ service: 'ec2' }, { service: 'iam' }], '210987654321', failure),
    ).toEqual([
      { account_id: '210987654321', service: 'ec2', region: 'global', failure },
      { account_id: '210987654321', service: 'iam', region: 'global', failure },
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
