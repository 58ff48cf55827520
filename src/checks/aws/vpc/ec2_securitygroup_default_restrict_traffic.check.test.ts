import { describe, expect, it } from 'vitest';
import { allTraffic, group, sgArn, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_securitygroup_default_restrict_traffic.check.js';

describe('ec2_securitygroup_default_restrict_traffic', () => {
  it('passes an emptied default group and ignores other groups', () => {
    const s = snapshot({
      securityGroups: [
        group('sg-d', [], { name: 'default', egress: [] }),
        group('sg-app', [allTraffic('0.0.0.0/0')]),
      ],
    });
    expect(run(check, s)).toEqual([
      { resource_id: sgArn('sg-d'), status: 'PASS', reason: 'sg-d (default of vpc-1) has no rule' },
    ]);
  });

  it('fails a default group that still has its rules', () => {
    const s = snapshot({
      securityGroups: [group('sg-d', [allTraffic('sg-d')], { name: 'default' })],
    });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'sg-d (default of vpc-1) has 1 inbound and 1 outbound rule(s)',
    });
  });
});
