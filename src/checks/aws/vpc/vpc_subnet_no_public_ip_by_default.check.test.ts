import { describe, expect, it } from 'vitest';
import type { Subnet } from '../../../providers/aws/services/vpc/model.js';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './vpc_subnet_no_public_ip_by_default.check.js';

const subnet = (id: string, mapPublicIpOnLaunch: boolean): Subnet => ({
  id,
  vpcId: 'vpc-1',
  availabilityZone: 'eu-west-3a',
  cidrBlock: '10.0.1.0/24',
  ipv6CidrBlocks: [],
  mapPublicIpOnLaunch,
  tags: {},
});

describe('vpc_subnet_no_public_ip_by_default', () => {
  it('passes private-by-default subnets and fails auto-public ones', () => {
    const s = snapshot({
      subnets: [subnet('subnet-private', false), subnet('subnet-public', true)],
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS' },
      { status: 'FAIL', reason: 'subnet-public assigns public IPv4 addresses on launch' },
    ]);
  });
});
