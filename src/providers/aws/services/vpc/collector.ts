import { collectPages } from '../../pages.js';
import {
  EC2Client,
  paginateDescribeFlowLogs,
  paginateDescribeInternetGateways,
  paginateDescribeNatGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcPeeringConnections,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead, mapRead } from '../../read.js';
import {
  mapFlowLog,
  mapInternetGateway,
  mapNatGateway,
  mapNetworkAcl,
  mapRouteTable,
  mapSecurityGroup,
  mapSubnet,
  mapVpc,
  mapVpcEndpoint,
  mapVpcPeering,
  securityGroupsOf,
} from './mapper.js';
import type { VpcSnapshot } from './model.js';

/** The IAM actions the collector calls, one paginated list each per region. */

/** Largest page sizes the APIs accept (DescribeRouteTables stops at 100). */
const PAGE_SIZE = 1000;
const ROUTE_TABLE_PAGE_SIZE = 100;
/** List calls of one unit in flight at once; the token buckets pace them and throttling is retried with back-off. */
const LIST_CONCURRENCY = 4;

/**
 * One region's VPC snapshot: every list fetched once, region-wide, at the largest page size, and
 * grouped in memory by the extractors. VPCs, subnets, route tables, gateways, security groups and
 * network ACLs are the listing (their failure fails the unit); flow logs, endpoints, peerings and
 * network interfaces are reads the unit can do without.
 */
export async function collectVpcSnapshot(ctx: AwsUnitContext): Promise<VpcSnapshot> {
  const client = ctx.clients.get(EC2Client);
  const options = { abortSignal: ctx.signal };
  const config = { client, pageSize: PAGE_SIZE };
  const limit = pLimit(LIST_CONCURRENCY);

  const [
    vpcs,
    subnets,
    routeTables,
    internetGateways,
    natGateways,
    securityGroups,
    networkAcls,
    flowLogs,
    endpoints,
    peerings,
    interfaceGroups,
  ] = await Promise.all([
    limit(() => collectPages(paginateDescribeVpcs(config, {}, options), (p) => p.Vpcs, mapVpc)),
    limit(() =>
      collectPages(paginateDescribeSubnets(config, {}, options), (p) => p.Subnets, mapSubnet),
    ),
    limit(() =>
      collectPages(
        paginateDescribeRouteTables({ client, pageSize: ROUTE_TABLE_PAGE_SIZE }, {}, options),
        (p) => p.RouteTables,
        mapRouteTable,
      ),
    ),
    limit(() =>
      collectPages(
        paginateDescribeInternetGateways(config, {}, options),
        (p) => p.InternetGateways,
        mapInternetGateway,
      ),
    ),
    limit(() =>
      collectPages(
        paginateDescribeNatGateways(config, {}, options),
        (p) => p.NatGateways,
        mapNatGateway,
      ),
    ),
    limit(() =>
      collectPages(
        paginateDescribeSecurityGroups(config, {}, options),
        (p) => p.SecurityGroups,
        mapSecurityGroup,
      ),
    ),
    limit(() =>
      collectPages(
        paginateDescribeNetworkAcls(config, {}, options),
        (p) => p.NetworkAcls,
        mapNetworkAcl,
      ),
    ),
    limit(() =>
      guardedRead(ctx, 'ec2:DescribeFlowLogs', () =>
        collectPages(paginateDescribeFlowLogs(config, {}, options), (p) => p.FlowLogs, mapFlowLog),
      ),
    ),
    limit(() =>
      guardedRead(ctx, 'ec2:DescribeVpcEndpoints', () =>
        collectPages(
          paginateDescribeVpcEndpoints(config, {}, options),
          (p) => p.VpcEndpoints,
          mapVpcEndpoint,
        ),
      ),
    ),
    limit(() =>
      guardedRead(ctx, 'ec2:DescribeVpcPeeringConnections', () =>
        collectPages(
          paginateDescribeVpcPeeringConnections(config, {}, options),
          (p) => p.VpcPeeringConnections,
          mapVpcPeering,
        ),
      ),
    ),
    limit(() =>
      guardedRead(ctx, 'ec2:DescribeNetworkInterfaces', () =>
        collectPages(
          paginateDescribeNetworkInterfaces(config, {}, options),
          (p) => p.NetworkInterfaces,
          securityGroupsOf,
        ),
      ),
    ),
  ]);

  const securityGroupAttachments = mapRead(interfaceGroups, (interfaces) => {
    const counts: Record<string, number> = {};
    for (const groups of interfaces) {
      for (const groupId of new Set(groups)) counts[groupId] = (counts[groupId] ?? 0) + 1;
    }
    return counts;
  });

  return {
    vpcs,
    subnets,
    routeTables,
    internetGateways,
    natGateways,
    securityGroups,
    networkAcls,
    flowLogs,
    endpoints,
    peerings,
    securityGroupAttachments,
  };
}
