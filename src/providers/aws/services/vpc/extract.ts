import type { EventDraft, JsonValue, MetricValue } from '../../../../core/index.js';
import { arn, regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError, valueOr } from '../../read.js';
import { VPC_METRIC } from './metrics.js';
import type {
  NetworkAcl,
  NetworkAclEntry,
  PeeringSide,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Vpc,
  VpcSnapshot,
} from './model.js';
import { ADMIN_PORTS, WORLD_CIDRS } from './ports.js';

type ExtractContext = Pick<AwsUnitContext, 'accountId' | 'region'>;

const ACTIVE_NAT_STATES = new Set(['pending', 'available']);
const GONE_ENDPOINT_STATES = new Set(['deleting', 'deleted', 'failed', 'rejected', 'expired']);
const GONE_PEERING_STATES = new Set(['deleted', 'deleting', 'rejected', 'failed', 'expired']);

function fact(resourceId: string, metricType: string, value: MetricValue): EventDraft {
  return { resource_id: resourceId, metric_type: metricType, metric_value: value };
}

function ec2Arn(ctx: ExtractContext, ownerId: string | undefined, resource: string): string {
  return arn('ec2', ctx.region, ownerId ?? ctx.accountId, resource);
}

export interface SubnetRouting {
  routeTableId?: string;
  public: boolean;
}

/**
 * Which route table serves each subnet (its explicit association, else the VPC's main table) and
 * whether that table routes to an internet gateway. MapPublicIpOnLaunch alone does not make a
 * subnet public: without an internet route its addresses are unreachable.
 */
export function subnetRouting(
  snapshot: Pick<VpcSnapshot, 'subnets' | 'routeTables'>,
): Map<string, SubnetRouting> {
  const explicit = new Map<string, VpcSnapshot['routeTables'][number]>();
  const main = new Map<string, VpcSnapshot['routeTables'][number]>();
  for (const table of snapshot.routeTables) {
    for (const subnetId of table.subnetIds) explicit.set(subnetId, table);
    if (table.main) main.set(table.vpcId, table);
  }
  const out = new Map<string, SubnetRouting>();
  for (const subnet of snapshot.subnets) {
    const table = explicit.get(subnet.id) ?? main.get(subnet.vpcId);
    out.set(
      subnet.id,
      table ? { routeTableId: table.id, public: table.routesToInternetGateway } : { public: false },
    );
  }
  return out;
}

/** The ingress rules open to the world, each narrowed to its world sources. */
export function worldOpenIngress(group: Pick<SecurityGroup, 'ingress'>): SecurityGroupRule[] {
  return group.ingress.flatMap((rule) => {
    const world = rule.sources.filter((s) => WORLD_CIDRS.has(s));
    return world.length > 0 ? [{ ...rule, sources: world }] : [];
  });
}

function coversTcpPort(rule: SecurityGroupRule, port: number): boolean {
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp') return false;
  return (rule.from_port ?? 0) <= port && port <= (rule.to_port ?? 65535);
}

/** Administration ports (ADMIN_PORTS) that the given rules open, ascending. */
export function adminPortsOpenedBy(rules: readonly SecurityGroupRule[]): number[] {
  return ADMIN_PORTS.map((a) => a.port)
    .filter((port) => rules.some((rule) => coversTcpPort(rule, port)))
    .sort((a, b) => a - b);
}

function familyAllowsAll(
  entries: readonly NetworkAclEntry[],
  cidrOf: (e: NetworkAclEntry) => string | undefined,
  world: string,
): boolean {
  for (const entry of entries) {
    const cidr = cidrOf(entry);
    if (cidr === undefined) continue;
    if (entry.action === 'deny') return false;
    if (entry.protocol === '-1' && cidr === world) return true;
  }
  return false;
}

/**
 * True when, in rule-number order, an inbound rule allows all protocols from 0.0.0.0/0 (or ::/0)
 * before any deny rule of the same address family.
 */
export function allowsAllIngress(acl: Pick<NetworkAcl, 'entries'>): boolean {
  const ingress = acl.entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  return (
    familyAllowsAll(ingress, (e) => e.cidrBlock, '0.0.0.0/0') ||
    familyAllowsAll(ingress, (e) => e.ipv6CidrBlock, '::/0')
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function peeringsOf(snapshot: VpcSnapshot, vpc: Vpc, ctx: ExtractContext): JsonValue[] {
  const isSelf = (side: PeeringSide) =>
    side.vpcId === vpc.id && (side.region === undefined || side.region === ctx.region);
  if (snapshot.peerings.state !== 'available') return [];
  return snapshot.peerings.value
    .filter((p) => !GONE_PEERING_STATES.has(p.status))
    .flatMap((peering) => {
      const peer = isSelf(peering.requester)
        ? peering.accepter
        : isSelf(peering.accepter)
          ? peering.requester
          : undefined;
      return peer ? [{ peering, peer }] : [];
    })
    .sort((a, b) => a.peering.id.localeCompare(b.peering.id))
    .map(({ peering, peer }) => ({
      id: peering.id,
      status: peering.status,
      peer_vpc_id: peer.vpcId,
      peer_owner_id: peer.ownerId ?? null,
      peer_region: peer.region ?? null,
    }));
}

function* vpcEvents(
  snapshot: VpcSnapshot,
  ctx: ExtractContext,
  routing: Map<string, SubnetRouting>,
): Generator<EventDraft> {
  const subnetsByVpc = groupBy(snapshot.subnets, (s) => s.vpcId);
  const natByVpc = groupBy(
    snapshot.natGateways.filter((n) => ACTIVE_NAT_STATES.has(n.state)),
    (n) => n.vpcId,
  );
  const endpointsByVpc = groupBy(
    valueOr(snapshot.endpoints, []).filter((e) => !GONE_ENDPOINT_STATES.has(e.state)),
    (e) => e.vpcId,
  );
  const igwVpcs = new Set(snapshot.internetGateways.flatMap((g) => g.attachedVpcIds));
  const flowLogged =
    snapshot.flowLogs.state === 'available'
      ? new Set(
          snapshot.flowLogs.value.filter((f) => f.status === 'ACTIVE').map((f) => f.resourceId),
        )
      : undefined;

  for (const vpc of snapshot.vpcs) {
    const id = ec2Arn(ctx, vpc.ownerId, `vpc/${vpc.id}`);
    const subnets = subnetsByVpc.get(vpc.id) ?? [];
    const publicCount = subnets.filter((s) => routing.get(s.id)?.public === true).length;
    const privateCount = subnets.length - publicCount;
    const zones = [...new Set(subnets.map((s) => s.availabilityZone))].sort();
    const natCount = natByVpc.get(vpc.id)?.length ?? 0;
    const endpointServices = [
      ...new Set((endpointsByVpc.get(vpc.id) ?? []).map((e) => e.serviceName)),
    ].sort();

    yield fact(id, VPC_METRIC.cidrBlocks, vpc.cidrBlocks);
    yield fact(id, VPC_METRIC.ipv6CidrBlocks, vpc.ipv6CidrBlocks);
    yield fact(id, VPC_METRIC.isDefault, vpc.isDefault);
    yield fact(id, VPC_METRIC.state, vpc.state);
    yield fact(id, VPC_METRIC.tags, vpc.tags);
    yield fact(id, VPC_METRIC.subnetCount, subnets.length);
    yield fact(id, VPC_METRIC.availabilityZones, zones);
    if (snapshot.endpoints.state === 'available')
      yield fact(id, VPC_METRIC.endpointServices, endpointServices);
    if (snapshot.peerings.state === 'available')
      yield fact(id, VPC_METRIC.peeringConnections, peeringsOf(snapshot, vpc, ctx));
    yield fact(id, VPC_METRIC.publicSubnetCount, publicCount);
    yield fact(id, VPC_METRIC.privateSubnetCount, privateCount);
    yield fact(id, VPC_METRIC.availabilityZoneCount, zones.length);
    yield fact(id, VPC_METRIC.singleAz, zones.length === 1);
    yield fact(id, VPC_METRIC.internetGatewayAttached, igwVpcs.has(vpc.id));
    yield fact(id, VPC_METRIC.natGatewayCount, natCount);
    yield fact(id, VPC_METRIC.privateSubnetsWithoutNatGateway, privateCount > 0 && natCount === 0);
    if (flowLogged) yield fact(id, VPC_METRIC.flowLogsEnabled, flowLogged.has(vpc.id));
  }
}

function* subnetEvents(
  subnets: readonly Subnet[],
  ctx: ExtractContext,
  routing: Map<string, SubnetRouting>,
): Generator<EventDraft> {
  for (const subnet of subnets) {
    const id = ec2Arn(ctx, subnet.ownerId, `subnet/${subnet.id}`);
    const route = routing.get(subnet.id);
    yield fact(id, VPC_METRIC.subnetVpcId, subnet.vpcId);
    yield fact(id, VPC_METRIC.subnetAvailabilityZone, subnet.availabilityZone);
    if (subnet.cidrBlock) yield fact(id, VPC_METRIC.subnetCidrBlock, subnet.cidrBlock);
    yield fact(id, VPC_METRIC.subnetIpv6CidrBlocks, subnet.ipv6CidrBlocks);
    if (subnet.availableIpAddressCount !== undefined) {
      yield fact(id, VPC_METRIC.subnetAvailableIpAddressCount, subnet.availableIpAddressCount);
    }
    if (route?.routeTableId) yield fact(id, VPC_METRIC.subnetRouteTableId, route.routeTableId);
    yield fact(id, VPC_METRIC.subnetTags, subnet.tags);
    yield fact(id, VPC_METRIC.subnetPublic, route?.public ?? false);
    yield fact(id, VPC_METRIC.subnetMapPublicIpOnLaunch, subnet.mapPublicIpOnLaunch);
  }
}

function* securityGroupEvents(snapshot: VpcSnapshot, ctx: ExtractContext): Generator<EventDraft> {
  for (const group of snapshot.securityGroups) {
    const id = ec2Arn(ctx, group.ownerId, `security-group/${group.id}`);
    const attachments =
      snapshot.securityGroupAttachments.state === 'available'
        ? (snapshot.securityGroupAttachments.value[group.id] ?? 0)
        : undefined;
    const open = worldOpenIngress(group);
    yield fact(id, VPC_METRIC.securityGroupName, group.name);
    if (group.vpcId) yield fact(id, VPC_METRIC.securityGroupVpcId, group.vpcId);
    yield fact(id, VPC_METRIC.securityGroupIsDefault, group.name === 'default');
    yield fact(id, VPC_METRIC.securityGroupRules, { ingress: group.ingress, egress: group.egress });
    if (attachments !== undefined)
      yield fact(id, VPC_METRIC.securityGroupNetworkInterfaceCount, attachments);
    yield fact(id, VPC_METRIC.securityGroupTags, group.tags);
    if (attachments !== undefined) yield fact(id, VPC_METRIC.securityGroupInUse, attachments > 0);
    yield fact(id, VPC_METRIC.openIngressPorts, open);
    yield fact(id, VPC_METRIC.adminPortsOpenToWorld, adminPortsOpenedBy(open));
  }
}

function* networkAclEvents(
  acls: readonly NetworkAcl[],
  ctx: ExtractContext,
): Generator<EventDraft> {
  for (const acl of acls) {
    const id = ec2Arn(ctx, acl.ownerId, `network-acl/${acl.id}`);
    yield fact(id, VPC_METRIC.networkAclVpcId, acl.vpcId);
    yield fact(id, VPC_METRIC.networkAclIsDefault, acl.isDefault);
    yield fact(id, VPC_METRIC.networkAclSubnetIds, [...acl.subnetIds].sort());
    yield fact(id, VPC_METRIC.networkAclTags, acl.tags);
    yield fact(id, VPC_METRIC.networkAclAllowAllIngress, allowsAllIngress(acl));
  }
}

function* regionEvents(snapshot: VpcSnapshot, ctx: ExtractContext): Generator<EventDraft> {
  const id = regionScopeId('vpc', ctx.region, ctx.accountId);
  const openRules = snapshot.securityGroups.reduce((n, g) => n + worldOpenIngress(g).length, 0);
  yield fact(id, VPC_METRIC.vpcCount, snapshot.vpcs.length);
  yield fact(id, VPC_METRIC.openSecurityRulesCount, openRules);
  const attachments = snapshot.securityGroupAttachments;
  if (attachments.state === 'available') {
    const unused = snapshot.securityGroups.filter((g) => (attachments.value[g.id] ?? 0) === 0);
    yield fact(id, VPC_METRIC.unusedSecurityGroupCount, unused.length);
  }
  const unread = [snapshot.flowLogs, snapshot.endpoints, snapshot.peerings, attachments].flatMap(
    (read) => (read.state === 'available' ? [] : [readError(read) ?? '']),
  );
  if (unread.length > 0) yield fact(id, VPC_METRIC.readErrors, unread);
}

/** Pure: one region's VPC snapshot → events. */
export function* extractVpcEvents(
  snapshot: VpcSnapshot,
  ctx: ExtractContext,
): Generator<EventDraft> {
  const routing = subnetRouting(snapshot);
  yield* vpcEvents(snapshot, ctx, routing);
  yield* subnetEvents(snapshot.subnets, ctx, routing);
  yield* securityGroupEvents(snapshot, ctx);
  yield* networkAclEvents(snapshot.networkAcls, ctx);
  yield* regionEvents(snapshot, ctx);
}
