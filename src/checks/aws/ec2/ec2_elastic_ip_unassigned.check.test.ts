import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_elastic_ip_unassigned.check.js';

describe('ec2_elastic_ip_unassigned', () => {
  it('passes a resource configured as recommended', () => {
    expect(
      run(
        check,
        snapshot({
          addresses: [
            {
              allocationId: 'eipalloc-1',
              publicIp: '203.0.113.1',
              associationId: 'eipassoc-1',
              instanceId: 'i-1',
              tags: {},
            },
          ],
        }),
      ).map((r) => r.status),
    ).toEqual(['PASS']);
  });

  it('fails naming the setting', () => {
    expect(
      run(
        check,
        snapshot({
          addresses: [{ allocationId: 'eipalloc-2', publicIp: '203.0.113.2', tags: {} }],
        }),
      ),
    ).toMatchObject([{ status: 'FAIL', reason: '203.0.113.2 is not associated' }]);
  });

  it('names the address by its allocation id', () => {
    const s = snapshot({
      addresses: [{ allocationId: 'eipalloc-2', publicIp: '203.0.113.2', tags: {} }],
    });
    expect(run(check, s)[0]?.resource_id).toBe(
      'arn:aws:ec2:eu-west-3:123456789012:elastic-ip/eipalloc-2',
    );
  });
});
