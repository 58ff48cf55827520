import { describe, expect, it } from 'vitest';
import { group, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_securitygroup_not_used.check.js';

describe('ec2_securitygroup_not_used', () => {
  it('passes groups used by interfaces, fails unused ones, skips default groups', () => {
    const s = snapshot({
      securityGroups: [
        group('sg-used', []),
        group('sg-idle', []),
        group('sg-d', [], { name: 'default' }),
      ],
      securityGroupAttachments: { state: 'available', value: { 'sg-used': 2 } },
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS', reason: 'sg-used (sg-used) is used by 2 network interface(s)' },
      { status: 'FAIL', reason: 'sg-idle (sg-idle) is used by no network interface' },
    ]);
  });
});
