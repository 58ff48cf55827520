import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './ec2_resource_required_tags.check.js';
import { instance, snapshot, volume } from './fixtures.js';

const ctx = context({
  options: { check_config: { required_tags: { owner: [], env: ['prod', 'dev'] } } },
});

describe('ec2_resource_required_tags', () => {
  it('reports nothing when no tag is required', () => {
    expect(run(check, snapshot({ instances: [instance('i-1')] }))).toEqual([]);
  });

  it('judges instances, volumes, Elastic IPs and snapshots, skipping terminated instances', () => {
    const s = {
      ...snapshot({
        instances: [
          instance('i-1', { tags: { owner: 'web', env: 'prod' } }),
          instance('i-2', { tags: { env: 'staging' } }),
          instance('i-3', { state: 'terminated' }),
        ],
        volumes: [volume('vol-1', { tags: { owner: 'web', env: 'dev' } })],
        addresses: [{ allocationId: 'eipalloc-1', publicIp: '203.0.113.10', tags: {} }],
      }),
      snapshots: {
        state: 'available' as const,
        value: [
          {
            id: 'snap-1',
            volumeSizeGib: 8,
            state: 'completed',
            encrypted: true,
            tags: { owner: 'ops', env: 'prod' },
          },
        ],
      },
    };
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'instance i-1 carries the required tags'],
      ['FAIL', 'instance i-2: missing owner; env=staging (allowed: prod, dev)'],
      ['PASS', 'volume vol-1 carries the required tags'],
      ['FAIL', 'Elastic IP 203.0.113.10: missing owner; missing env'],
      ['PASS', 'snapshot snap-1 carries the required tags'],
    ]);
  });

  it('is ERROR naming the call when the snapshots could not be listed', () => {
    const s = {
      ...snapshot({}),
      snapshots: {
        state: 'denied' as const,
        action: 'ec2:DescribeSnapshots',
        errorCode: 'UnauthorizedOperation',
      },
    };
    expect(run(check, s, ctx)).toEqual([
      {
        resource_id: 'arn:aws:ec2:eu-west-3:123456789012:region/eu-west-3',
        status: 'ERROR',
        reason:
          'the EBS snapshots could not be read: ec2:DescribeSnapshots was denied (UnauthorizedOperation)',
      },
    ]);
  });
});
