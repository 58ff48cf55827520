import { describe, expect, it } from 'vitest';
import {
  adminPortsOpenedBy,
  allowsAllIngress,
  subnetRouting,
  worldOpenIngress,
} from './extract.js';
import type { NetworkAclEntry, SecurityGroupRule } from './model.js';

const rule = (
  protocol: string,
  from: number | null,
  to: number | null,
  sources: string[],
): SecurityGroupRule => ({ protocol, from_port: from, to_port: to, sources });

const entry = (
  ruleNumber: number,
  action: 'allow' | 'deny',
  cidr: { v4?: string; v6?: string },
  protocol = '-1',
): NetworkAclEntry => ({
  ruleNumber,
  action,
  protocol,
  egress: false,
  ...(cidr.v4 ? { cidrBlock: cidr.v4 } : {}),
  ...(cidr.v6 ? { ipv6CidrBlock: cidr.v6 } : {}),
});

describe('admin ports open to the world', () => {
  it('counts a full TCP range and protocol all, but not UDP or other protocols', () => {
    expect(adminPortsOpenedBy([rule('tcp', 0, 65535, ['0.0.0.0/0'])])).toContain(22);
    expect(adminPortsOpenedBy([rule('all', null, null, ['::/0'])])).toContain(3389);
    expect(adminPortsOpenedBy([rule('udp', 3389, 3389, ['0.0.0.0/0'])])).toEqual([]);
    expect(adminPortsOpenedBy([rule('50', null, null, ['0.0.0.0/0'])])).toEqual([]);
    expect(adminPortsOpenedBy([rule('tcp', 27000, 28000, ['0.0.0.0/0'])])).toEqual([27017]);
  });

  it('keeps only the world sources of an open rule', () => {
    expect(
      worldOpenIngress({
        ingress: [
          rule('tcp', 22, 22, ['10.0.0.0/8', '::/0', 'sg-0a1']),
          rule('tcp', 80, 80, ['192.0.2.0/24']),
        ],
      }),
    ).toEqual([rule('tcp', 22, 22, ['::/0'])]);
  });
});

describe('network ACL allow-all ingress', () => {
  it('holds for an IPv6-only allow-all rule', () => {
    expect(
      allowsAllIngress({
        entries: [
          entry(100, 'allow', { v4: '10.0.0.0/8' }),
          entry(110, 'allow', { v6: '::/0' }),
          entry(32767, 'deny', { v4: '0.0.0.0/0' }),
          entry(32768, 'deny', { v6: '::/0' }),
        ],
      }),
    ).toBe(true);
  });

  it('reads rules in rule-number order, whatever order AWS lists them in', () => {
    expect(
      allowsAllIngress({
        entries: [
          entry(200, 'allow', { v4: '0.0.0.0/0' }),
          entry(100, 'deny', { v4: '198.51.100.0/24' }),
        ],
      }),
    ).toBe(false);
  });

  it('ignores an earlier deny of the other address family and any egress rule', () => {
    expect(
      allowsAllIngress({
        entries: [
          { ...entry(10, 'deny', { v4: '0.0.0.0/0' }), egress: true },
          entry(20, 'deny', { v6: '::/0' }),
          entry(100, 'allow', { v4: '0.0.0.0/0' }),
        ],
      }),
    ).toBe(true);
  });

  it('does not hold for an allow of one protocol only', () => {
    expect(allowsAllIngress({ entries: [entry(100, 'allow', { v4: '0.0.0.0/0' }, '6')] })).toBe(
      false,
    );
  });
});

describe('subnet routing', () => {
  it('treats a subnet of a VPC without a known main table as private', () => {
    const routing = subnetRouting({
      subnets: [
        {
          id: 'subnet-1',
          vpcId: 'vpc-1',
          availabilityZone: 'eu-west-1a',
          ipv6CidrBlocks: [],
          mapPublicIpOnLaunch: true,
          tags: {},
        },
      ],
      routeTables: [],
    });
    expect(routing.get('subnet-1')).toEqual({ public: false });
  });
});
