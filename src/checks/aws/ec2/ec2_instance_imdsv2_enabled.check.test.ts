import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_instance_imdsv2_enabled.check.js';

describe('ec2_instance_imdsv2_enabled', () => {
  it('passes a resource configured as recommended', () => {
    expect(run(check, snapshot({ instances: [instance('i-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('i-2', { imdsv2Required: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'i-2 allows IMDSv1 (HttpTokens optional)' }]);
  });

  it('ignores terminated instances and names the instance ARN', () => {
    const s = snapshot({
      instances: [instance('i-3', { state: 'terminated', imdsv2Required: false }), instance('i-4')],
    });
    expect(run(check, s)).toMatchObject([
      { resource_id: 'arn:aws:ec2:eu-west-3:123456789012:instance/i-4', status: 'PASS' },
    ]);
  });
});
