import {
  DescribeFlowLogsCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue, type EventDraft } from '../../../../core/index.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from './fixtures/context.js';
import * as fx from './fixtures/region.js';
import { VPC_METRIC, VPC_METRICS } from './metrics.js';
import { ADMIN_PORTS } from './ports.js';
import { vpcScanner } from './scanner.js';

const ec2Mock = mockClient(EC2Client);

const LIST_COMMANDS = [
  DescribeVpcsCommand,
  DescribeSubnetsCommand,
  DescribeRouteTablesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeSecurityGroupsCommand,
  DescribeNetworkAclsCommand,
  DescribeFlowLogsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeNetworkInterfacesCommand,
] as const;

/** NextToken of each DescribeSecurityGroups call, as sent (the paginator reuses its input object). */
let securityGroupTokens: (string | undefined)[] = [];

/** Answers every list; security groups and network interfaces in two pages when `paged`. */
function mockRegion({ paged }: { paged: boolean }): void {
  ec2Mock
    .on(DescribeVpcsCommand)
    .resolves(fx.describeVpcs)
    .on(DescribeSubnetsCommand)
    .resolves(fx.describeSubnets)
    .on(DescribeRouteTablesCommand)
    .resolves(fx.describeRouteTables)
    .on(DescribeInternetGatewaysCommand)
    .resolves(fx.describeInternetGateways)
    .on(DescribeNatGatewaysCommand)
    .resolves(fx.describeNatGateways)
    .on(DescribeNetworkAclsCommand)
    .resolves(fx.describeNetworkAcls)
    .on(DescribeFlowLogsCommand)
    .resolves(fx.describeFlowLogs)
    .on(DescribeVpcEndpointsCommand)
    .resolves(fx.describeVpcEndpoints)
    .on(DescribeVpcPeeringConnectionsCommand)
    .resolves(fx.describeVpcPeeringConnections);
  if (paged) {
    ec2Mock
      .on(DescribeSecurityGroupsCommand)
      .callsFake((input: { NextToken?: string }) => {
        securityGroupTokens.push(input.NextToken);
        return input.NextToken === 'sg-page-2'
          ? fx.describeSecurityGroupsPage2
          : fx.describeSecurityGroupsPage1;
      })
      .on(DescribeNetworkInterfacesCommand)
      .callsFake((input: { NextToken?: string }) =>
        input.NextToken === 'eni-page-2'
          ? fx.describeNetworkInterfacesPage2
          : fx.describeNetworkInterfacesPage1,
      );
  } else {
    ec2Mock
      .on(DescribeSecurityGroupsCommand)
      .resolves({
        SecurityGroups: [
          ...(fx.describeSecurityGroupsPage1.SecurityGroups ?? []),
          ...(fx.describeSecurityGroupsPage2.SecurityGroups ?? []),
        ],
      })
      .on(DescribeNetworkInterfacesCommand)
      .resolves({
        NetworkInterfaces: [
          ...(fx.describeNetworkInterfacesPage1.NetworkInterfaces ?? []),
          ...(fx.describeNetworkInterfacesPage2.NetworkInterfaces ?? []),
        ],
      });
  }
}

async function scan(): Promise<EventDraft[]> {
  const client = new EC2Client({ region: fx.REGION, credentials: FAKE_CREDENTIALS });
  return drainEvents(vpcScanner.scan(unitContext(fakeClients(fx.REGION, client))));
}

const vpcArn = (id: string) => `arn:aws:ec2:eu-west-1:123456789012:vpc/${id}`;
const subnetArn = (id: string) => `arn:aws:ec2:eu-west-1:123456789012:subnet/${id}`;
const sgArn = (id: string) => `arn:aws:ec2:eu-west-1:123456789012:security-group/${id}`;
const aclArn = (id: string) => `arn:aws:ec2:eu-west-1:123456789012:network-acl/${id}`;
const REGION_ID = 'arn:aws:vpc:eu-west-1:123456789012:region/eu-west-1';

beforeEach(() => {
  ec2Mock.reset();
  securityGroupTokens = [];
});

describe('vpcScanner collection', () => {
  it('makes exactly one call per list in the region, whatever the number of VPCs', async () => {
    mockRegion({ paged: false });
    const events = await scan();

    for (const command of LIST_COMMANDS) {
      expect(ec2Mock.commandCalls(command), command.name).toHaveLength(1);
    }
    expect(ec2Mock.calls()).toHaveLength(LIST_COMMANDS.length);
    const vpcIds = new Set(
      events.filter((e) => e.resource_id.includes(':vpc/')).map((e) => e.resource_id),
    );
    expect(vpcIds.size).toBe(3);
    const resources =
      fx.describeVpcs.Vpcs!.length +
      fx.describeSubnets.Subnets!.length +
      fx.describeRouteTables.RouteTables!.length +
      fx.describeSecurityGroupsPage1.SecurityGroups!.length +
      fx.describeSecurityGroupsPage2.SecurityGroups!.length +
      fx.describeNetworkAcls.NetworkAcls!.length;
    expect(ec2Mock.calls().length / resources).toBeLessThanOrEqual(1.2);
  });

  it('asks for the largest page each API allows', async () => {
    mockRegion({ paged: false });
    await scan();

    expect(ec2Mock.commandCalls(DescribeVpcsCommand)[0]!.args[0].input.MaxResults).toBe(1000);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)[0]!.args[0].input.MaxResults).toBe(
      1000,
    );
    expect(ec2Mock.commandCalls(DescribeRouteTablesCommand)[0]!.args[0].input.MaxResults).toBe(100);
  });

  it('follows NextToken and keeps every item of both pages', async () => {
    mockRegion({ paged: true });
    const events = await scan();

    expect(securityGroupTokens).toEqual([undefined, 'sg-page-2']);
    expect(ec2Mock.commandCalls(DescribeNetworkInterfacesCommand)).toHaveLength(2);
    for (const id of Object.values(fx.SG)) {
      expect(valueOf(events, sgArn(id), VPC_METRIC.securityGroupName), id).toBeTypeOf('string');
    }
    // The bastion group is used only by an interface of the second page.
    expect(valueOf(events, sgArn(fx.SG.bastion), VPC_METRIC.securityGroupInUse)).toBe(true);
  });

  const unauthorized = () =>
    new EC2ServiceException({
      name: 'UnauthorizedOperation',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'You are not authorized to perform this operation.',
    });

  it('lets a denied listing of the network fail the unit, so the run records it', async () => {
    mockRegion({ paged: false });
    ec2Mock.on(DescribeSecurityGroupsCommand).rejects(unauthorized());

    await expect(scan()).rejects.toMatchObject({ name: 'UnauthorizedOperation' });
  });

  it('records a denied flow log read and goes on without the facts it feeds', async () => {
    mockRegion({ paged: false });
    ec2Mock.on(DescribeFlowLogsCommand).rejects(unauthorized());

    const events = await scan();
    const region = events.find((e) => e.metric_type === VPC_METRIC.readErrors);

    expect(region?.metric_value).toEqual(['ec2:DescribeFlowLogs: UnauthorizedOperation']);
    expect(events.some((e) => e.metric_type === VPC_METRIC.flowLogsEnabled)).toBe(false);
    expect(events.some((e) => e.metric_type === VPC_METRIC.cidrBlocks)).toBe(true);
  });
});

describe('vpcScanner facts', () => {
  let events: EventDraft[];
  beforeEach(async () => {
    mockRegion({ paged: true });
    events = await scan();
  });

  it('declares every metric it emits, with the value type it emits', () => {
    const catalogue = new MetricCatalogue(VPC_METRICS);
    for (const event of events) {
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
    }
    // Every metric but read_errors, which only a failed read emits.
    expect(new Set(events.map((e) => e.metric_type))).toEqual(
      new Set(Object.values(VPC_METRIC).filter((m) => m !== VPC_METRIC.readErrors)),
    );
  });

  it('describes each VPC: CIDRs, default flag and tags', () => {
    const prod = vpcArn(fx.PROD_VPC);
    expect(valueOf(events, prod, VPC_METRIC.cidrBlocks)).toEqual(['10.0.0.0/16', '10.2.0.0/16']);
    expect(valueOf(events, prod, VPC_METRIC.ipv6CidrBlocks)).toEqual(['2a05:d018:1c4:ab00::/56']);
    expect(valueOf(events, prod, VPC_METRIC.isDefault)).toBe(false);
    expect(valueOf(events, prod, VPC_METRIC.tags)).toEqual({ Name: 'prod', env: 'production' });
    expect(valueOf(events, vpcArn(fx.DEFAULT_VPC), VPC_METRIC.isDefault)).toBe(true);
  });

  it('classifies subnets by their route table, explicit association first, then the main table', () => {
    const publicOf = (id: string) => valueOf(events, subnetArn(id), VPC_METRIC.subnetPublic);
    expect(publicOf(fx.SUBNET.prodPublicA)).toBe(true);
    expect(publicOf(fx.SUBNET.prodPublicB)).toBe(true);
    // Maps public IPs on launch, but the main table routes through the NAT gateway.
    expect(publicOf(fx.SUBNET.prodPrivateA)).toBe(false);
    expect(
      valueOf(events, subnetArn(fx.SUBNET.prodPrivateA), VPC_METRIC.subnetMapPublicIpOnLaunch),
    ).toBe(true);
    expect(valueOf(events, subnetArn(fx.SUBNET.prodPrivateA), VPC_METRIC.subnetRouteTableId)).toBe(
      'rtb-0a10000000000000d',
    );
    expect(publicOf(fx.SUBNET.prodPrivateB)).toBe(false);
    // No explicit association: the default VPC's main table routes to its internet gateway.
    expect(publicOf(fx.SUBNET.defaultA)).toBe(true);
    // A blackhole route to a deleted internet gateway does not make a subnet public.
    expect(publicOf(fx.SUBNET.stagingOrphan)).toBe(false);

    expect(valueOf(events, vpcArn(fx.PROD_VPC), VPC_METRIC.publicSubnetCount)).toBe(2);
    expect(valueOf(events, vpcArn(fx.PROD_VPC), VPC_METRIC.privateSubnetCount)).toBe(2);
    expect(valueOf(events, vpcArn(fx.DEFAULT_VPC), VPC_METRIC.publicSubnetCount)).toBe(3);
    expect(valueOf(events, vpcArn(fx.DEFAULT_VPC), VPC_METRIC.privateSubnetCount)).toBe(0);
  });

  it('reports zones, gateways, NAT and flow logs per VPC', () => {
    const prod = vpcArn(fx.PROD_VPC);
    const staging = vpcArn(fx.STAGING_VPC);
    expect(valueOf(events, prod, VPC_METRIC.availabilityZones)).toEqual([
      'eu-west-1a',
      'eu-west-1b',
    ]);
    expect(valueOf(events, prod, VPC_METRIC.singleAz)).toBe(false);
    expect(valueOf(events, prod, VPC_METRIC.internetGatewayAttached)).toBe(true);
    expect(valueOf(events, prod, VPC_METRIC.natGatewayCount)).toBe(1);
    expect(valueOf(events, prod, VPC_METRIC.privateSubnetsWithoutNatGateway)).toBe(false);
    expect(valueOf(events, prod, VPC_METRIC.flowLogsEnabled)).toBe(true);

    expect(valueOf(events, staging, VPC_METRIC.singleAz)).toBe(true);
    expect(valueOf(events, staging, VPC_METRIC.internetGatewayAttached)).toBe(false);
    // Its only NAT gateway is deleted.
    expect(valueOf(events, staging, VPC_METRIC.natGatewayCount)).toBe(0);
    expect(valueOf(events, staging, VPC_METRIC.privateSubnetsWithoutNatGateway)).toBe(true);
    // A subnet-level flow log is not a VPC flow log.
    expect(valueOf(events, staging, VPC_METRIC.flowLogsEnabled)).toBe(false);
    expect(valueOf(events, vpcArn(fx.DEFAULT_VPC), VPC_METRIC.availabilityZoneCount)).toBe(3);
  });

  it('lists live endpoints and peering connections from each side', () => {
    expect(valueOf(events, vpcArn(fx.PROD_VPC), VPC_METRIC.endpointServices)).toEqual([
      'com.amazonaws.eu-west-1.s3',
      'com.amazonaws.eu-west-1.ssm',
    ]);
    expect(valueOf(events, vpcArn(fx.STAGING_VPC), VPC_METRIC.endpointServices)).toEqual([]);
    expect(valueOf(events, vpcArn(fx.PROD_VPC), VPC_METRIC.peeringConnections)).toEqual([
      {
        id: 'pcx-0a1000000000000a1',
        status: 'active',
        peer_vpc_id: fx.STAGING_VPC,
        peer_owner_id: '123456789012',
        peer_region: 'eu-west-1',
      },
    ]);
    expect(valueOf(events, vpcArn(fx.STAGING_VPC), VPC_METRIC.peeringConnections)).toEqual([
      {
        id: 'pcx-0a1000000000000a1',
        status: 'active',
        peer_vpc_id: fx.PROD_VPC,
        peer_owner_id: '123456789012',
        peer_region: 'eu-west-1',
      },
      {
        id: 'pcx-0b2000000000000b1',
        status: 'pending-acceptance',
        peer_vpc_id: 'vpc-0f9000000000000f9',
        peer_owner_id: '210987654321',
        peer_region: 'eu-central-1',
      },
    ]);
  });

  it('finds ingress open to the world over IPv4 and IPv6, and the admin ports it exposes', () => {
    expect(valueOf(events, sgArn(fx.SG.web), VPC_METRIC.openIngressPorts)).toEqual([
      { protocol: 'tcp', from_port: 443, to_port: 443, sources: ['0.0.0.0/0', '::/0'] },
    ]);
    expect(valueOf(events, sgArn(fx.SG.web), VPC_METRIC.adminPortsOpenToWorld)).toEqual([]);
    // 5432 over IPv4, and 3300-3310 (MySQL's 3306) over IPv6.
    expect(valueOf(events, sgArn(fx.SG.dbAdmin), VPC_METRIC.adminPortsOpenToWorld)).toEqual([
      3306, 5432,
    ]);
    // Protocol -1 from ::/0 opens every port.
    expect(valueOf(events, sgArn(fx.SG.legacy), VPC_METRIC.adminPortsOpenToWorld)).toEqual(
      ADMIN_PORTS.map((a) => a.port).sort((a, b) => a - b),
    );
    // SSH from anywhere; RDP only from a prefix list; ICMP is not an admin port.
    expect(valueOf(events, sgArn(fx.SG.bastion), VPC_METRIC.adminPortsOpenToWorld)).toEqual([22]);
    expect(valueOf(events, sgArn(fx.SG.prodDefault), VPC_METRIC.openIngressPorts)).toEqual([]);
    expect(valueOf(events, REGION_ID, VPC_METRIC.openSecurityRulesCount)).toBe(6);
  });

  it('summarises rules with their sources, cross-account groups and prefix lists included', () => {
    expect(valueOf(events, sgArn(fx.SG.bastion), VPC_METRIC.securityGroupRules)).toEqual({
      ingress: [
        { protocol: 'tcp', from_port: 22, to_port: 22, sources: ['0.0.0.0/0'] },
        { protocol: 'tcp', from_port: 3389, to_port: 3389, sources: ['pl-6da54004'] },
        { protocol: 'icmp', from_port: -1, to_port: -1, sources: ['0.0.0.0/0'] },
        {
          protocol: 'tcp',
          from_port: 8443,
          to_port: 8443,
          sources: ['210987654321/sg-0f9000000000000f9'],
        },
      ],
      egress: [{ protocol: 'all', from_port: null, to_port: null, sources: ['0.0.0.0/0'] }],
    });
  });

  it('tells used security groups from unused ones, and default groups from others', () => {
    expect(valueOf(events, sgArn(fx.SG.web), VPC_METRIC.securityGroupInUse)).toBe(true);
    expect(valueOf(events, sgArn(fx.SG.web), VPC_METRIC.securityGroupNetworkInterfaceCount)).toBe(
      2,
    );
    expect(valueOf(events, sgArn(fx.SG.prodDefault), VPC_METRIC.securityGroupInUse)).toBe(false);
    expect(valueOf(events, sgArn(fx.SG.legacy), VPC_METRIC.securityGroupInUse)).toBe(false);
    expect(valueOf(events, sgArn(fx.SG.prodDefault), VPC_METRIC.securityGroupIsDefault)).toBe(true);
    expect(valueOf(events, sgArn(fx.SG.web), VPC_METRIC.securityGroupIsDefault)).toBe(false);
    expect(valueOf(events, REGION_ID, VPC_METRIC.unusedSecurityGroupCount)).toBe(2);
  });

  it('flags network ACLs that let all traffic in', () => {
    const allowAll = (id: string) =>
      valueOf(events, aclArn(id), VPC_METRIC.networkAclAllowAllIngress);
    expect(allowAll(fx.ACL.prodDefault)).toBe(true);
    expect(allowAll(fx.ACL.defaultVpc)).toBe(true);
    // Rule 50 denies before rule 100 allows everything.
    expect(allowAll(fx.ACL.prodPublic)).toBe(false);
    expect(allowAll(fx.ACL.stagingDefault)).toBe(false);
    expect(valueOf(events, aclArn(fx.ACL.prodPublic), VPC_METRIC.networkAclIsDefault)).toBe(false);
    expect(valueOf(events, aclArn(fx.ACL.prodDefault), VPC_METRIC.networkAclSubnetIds)).toEqual([
      fx.SUBNET.prodPrivateA,
      fx.SUBNET.prodPrivateB,
    ]);
  });

  it('counts the VPCs of the region on the region scope id', () => {
    expect(valueOf(events, REGION_ID, VPC_METRIC.vpcCount)).toBe(3);
  });
});

describe('vpcScanner declaration', () => {
  it('is a regional scanner whose permissions are exactly the calls it makes', async () => {
    mockRegion({ paged: false });
    await scan();
    const called = ec2Mock.calls().map((c) => {
      const command = c.args[0] as { constructor: { name: string } };
      return `ec2:${command.constructor.name.replace(/Command$/, '')}`;
    });
    expect(vpcScanner.scope).toBe('regional');
    expect([...vpcScanner.permissions].sort()).toEqual([...new Set(called)].sort());
  });
});
