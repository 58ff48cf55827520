import { describe, expect, it } from 'vitest';
import { mapNetworkAcl, mapRouteTable, mapSecurityGroup, mapVpc } from './mapper.js';

describe('security group rule normalisation', () => {
  it('names protocol numbers and fills the ports AWS leaves out', () => {
    const group = mapSecurityGroup({
      GroupId: 'sg-1',
      GroupName: 'mixed',
      OwnerId: '123456789012',
      IpPermissions: [
        { IpProtocol: '6', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'udp', Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-1', UserId: '123456789012' }] },
        { IpProtocol: '50', FromPort: 0, ToPort: 0, IpRanges: [{ CidrIp: '203.0.113.0/24' }] },
      ],
    });
    expect(group?.ingress).toEqual([
      { protocol: 'tcp', from_port: 443, to_port: 443, sources: ['0.0.0.0/0'] },
      { protocol: 'udp', from_port: 0, to_port: 65535, sources: ['::/0'] },
      { protocol: 'all', from_port: null, to_port: null, sources: ['sg-1'] },
      { protocol: '50', from_port: null, to_port: null, sources: ['203.0.113.0/24'] },
    ]);
    expect(group?.egress).toEqual([]);
  });
});

describe('VPC and route table mapping', () => {
  it('drops disassociated CIDR blocks and falls back to the primary CIDR', () => {
    expect(
      mapVpc({
        VpcId: 'vpc-1',
        CidrBlock: '10.0.0.0/16',
        CidrBlockAssociationSet: [
          { CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
          { CidrBlock: '10.5.0.0/16', CidrBlockState: { State: 'disassociated' } },
        ],
      })?.cidrBlocks,
    ).toEqual(['10.0.0.0/16']);
    expect(mapVpc({ VpcId: 'vpc-2', CidrBlock: '10.1.0.0/16' })?.cidrBlocks).toEqual([
      '10.1.0.0/16',
    ]);
  });

  it('does not count an egress-only gateway or a NAT gateway as an internet route', () => {
    const table = mapRouteTable({
      RouteTableId: 'rtb-1',
      VpcId: 'vpc-1',
      Routes: [
        {
          DestinationIpv6CidrBlock: '::/0',
          EgressOnlyInternetGatewayId: 'eigw-1',
          State: 'active',
        },
        { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1', State: 'active' },
      ],
    });
    expect(table?.routesToInternetGateway).toBe(false);
  });
});

describe('network ACL entry mapping', () => {
  it('keeps the port range of TCP/UDP entries, none for all-protocol entries', () => {
    const acl = mapNetworkAcl({
      NetworkAclId: 'acl-1',
      VpcId: 'vpc-1',
      Entries: [
        {
          RuleNumber: 100,
          RuleAction: 'allow',
          Protocol: '6',
          Egress: false,
          CidrBlock: '0.0.0.0/0',
          PortRange: { From: 22, To: 22 },
        },
        {
          RuleNumber: 200,
          RuleAction: 'deny',
          Protocol: '-1',
          Egress: false,
          CidrBlock: '0.0.0.0/0',
        },
      ],
    });
    expect(acl?.entries.map((e) => e.portRange)).toEqual([{ from: 22, to: 22 }, undefined]);
  });
});
