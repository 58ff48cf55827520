import { describe, expect, it } from 'vitest';
import { snapshot, volume } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_ebs_volume_unattached.check.js';

describe('ec2_ebs_volume_unattached', () => {
  it('passes a resource configured as recommended', () => {
    expect(run(check, snapshot({ volumes: [volume('vol-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(
        check,
        snapshot({ volumes: [volume('vol-2', { state: 'available', attachedInstanceIds: [] })] }),
      ),
    ).toMatchObject([{ status: 'FAIL', reason: 'vol-2 is available and attached to nothing' }]);
  });
});
