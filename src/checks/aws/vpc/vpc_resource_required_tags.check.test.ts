import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './vpc_resource_required_tags.check.js';
import { group, snapshot } from './fixtures.js';

const ctx = context({ options: { check_config: { required_tags: { owner: [] } } } });

describe('vpc_resource_required_tags', () => {
  it('judges VPCs, subnets and security groups the account owns, not shared ones', () => {
    const s = snapshot({
      vpcs: [
        {
          id: 'vpc-1',
          isDefault: false,
          state: 'available',
          cidrBlocks: ['10.0.0.0/16'],
          ipv6CidrBlocks: [],
          tags: { owner: 'net' },
        },
        {
          id: 'vpc-shared',
          ownerId: '999988887777',
          isDefault: false,
          state: 'available',
          cidrBlocks: [],
          ipv6CidrBlocks: [],
          tags: {},
        },
      ],
      subnets: [
        {
          id: 'subnet-1',
          vpcId: 'vpc-1',
          availabilityZone: 'eu-west-3a',
          ipv6CidrBlocks: [],
          mapPublicIpOnLaunch: false,
          tags: {},
        },
      ],
      securityGroups: [group('sg-1', [], { tags: { owner: 'app' } })],
    });
    expect(run(check, s, ctx).map((r) => [r.resource_id, r.status])).toEqual([
      ['arn:aws:ec2:eu-west-3:123456789012:vpc/vpc-1', 'PASS'],
      ['arn:aws:ec2:eu-west-3:123456789012:subnet/subnet-1', 'FAIL'],
      ['arn:aws:ec2:eu-west-3:123456789012:security-group/sg-1', 'PASS'],
    ]);
  });

  it('reports nothing when no tag is required', () => {
    expect(run(check, snapshot({ securityGroups: [group('sg-1', [])] }))).toEqual([]);
  });
});
