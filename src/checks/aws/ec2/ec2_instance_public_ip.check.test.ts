import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_instance_public_ip.check.js';

describe('ec2_instance_public_ip', () => {
  it('passes a resource configured as recommended', () => {
    expect(run(check, snapshot({ instances: [instance('i-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('i-2', { publicIpAddress: '203.0.113.7' })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'i-2 has the public address 203.0.113.7' }]);
  });
});
