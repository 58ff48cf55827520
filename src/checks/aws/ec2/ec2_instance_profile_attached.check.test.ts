import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_instance_profile_attached.check.js';

describe('ec2_instance_profile_attached', () => {
  it('passes a resource configured as recommended', () => {
    expect(run(check, snapshot({ instances: [instance('i-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('i-2', { iamInstanceProfileArn: undefined })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'i-2 has no instance profile' }]);
  });
});
