import type { CheckContext, CheckResult } from '../../../core/index.js';
import type {
  NetworkAcl,
  NetworkAclEntry,
  SecurityGroup,
  SecurityGroupRule,
  VpcSnapshot,
} from '../../../providers/aws/services/vpc/model.js';
import { ec2Arn } from '../arn.js';

/** Sources that mean "anyone on the internet". */
export const WORLD = new Set(['0.0.0.0/0', '::/0']);

export const sgArn = (ctx: Pick<CheckContext, 'region' | 'accountId'>, group: SecurityGroup) =>
  ec2Arn(ctx, `security-group/${group.id}`, group.ownerId);

export const aclArn = (ctx: Pick<CheckContext, 'region' | 'accountId'>, acl: NetworkAcl) =>
  ec2Arn(ctx, `network-acl/${acl.id}`, acl.ownerId);

/** The ingress rules open to the world, each narrowed to its world sources. */
export function worldIngress(group: SecurityGroup): SecurityGroupRule[] {
  return group.ingress.flatMap((rule) => {
    const world = rule.sources.filter((s) => WORLD.has(s));
    return world.length > 0 ? [{ ...rule, sources: world }] : [];
  });
}

export function coversTcpPort(rule: SecurityGroupRule, port: number): boolean {
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp') return false;
  return (rule.from_port ?? 0) <= port && port <= (rule.to_port ?? 65535);
}

export function describeRule(rule: SecurityGroupRule): string {
  const ports =
    rule.protocol === 'all'
      ? 'all traffic'
      : rule.from_port === rule.to_port
        ? `${rule.protocol} ${rule.from_port}`
        : `${rule.protocol} ${rule.from_port}-${rule.to_port}`;
  return `${ports} from ${rule.sources.join(', ')}`;
}

/**
 * One result per security group: FAIL when a rule opens one of `ports` (TCP, or all protocols) to
 * 0.0.0.0/0 or ::/0.
 */
export function* worldOpenTcpPorts(
  snapshot: Pick<VpcSnapshot, 'securityGroups'>,
  ctx: CheckContext,
  ports: readonly number[],
): Generator<CheckResult> {
  for (const group of snapshot.securityGroups) {
    const resource_id = sgArn(ctx, group);
    const offending = worldIngress(group).filter((rule) =>
      ports.some((p) => coversTcpPort(rule, p)),
    );
    if (offending.length === 0) {
      yield {
        resource_id,
        status: 'PASS',
        reason: `${group.id} (${group.name}) keeps these ports closed to the internet`,
      };
      continue;
    }
    const opened = ports.filter((p) => offending.some((rule) => coversTcpPort(rule, p)));
    yield {
      resource_id,
      status: 'FAIL',
      reason: `${group.id} (${group.name}) opens port ${opened.join(', ')} to the internet: ${offending.map(describeRule).join('; ')}`,
    };
  }
}

const PROTOCOL_NAMES: Record<string, string> = { '-1': 'all traffic', '6': 'tcp', '17': 'udp' };

function entryCovers(entry: NetworkAclEntry, port: number | null): boolean {
  if (entry.protocol === '-1') return true;
  if (port === null) return false;
  if (entry.protocol !== '6' && entry.protocol !== '17') return false;
  const range = entry.portRange ?? { from: 0, to: 65535 };
  return range.from <= port && port <= range.to;
}

/**
 * The inbound entry that decides traffic from anywhere to `port` (null: every protocol) for each
 * address family, in rule-number order: the first entry from 0.0.0.0/0 (or ::/0) that covers it.
 */
export function worldAllowingEntries(acl: NetworkAcl, port: number | null): NetworkAclEntry[] {
  const ingress = acl.entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const decide = (cidrOf: (e: NetworkAclEntry) => string | undefined, world: string) =>
    ingress.find((e) => cidrOf(e) === world && entryCovers(e, port));
  return [decide((e) => e.cidrBlock, '0.0.0.0/0'), decide((e) => e.ipv6CidrBlock, '::/0')].filter(
    (e): e is NetworkAclEntry => e !== undefined && e.action === 'allow',
  );
}

export function describeEntry(entry: NetworkAclEntry): string {
  const protocol = PROTOCOL_NAMES[entry.protocol] ?? `protocol ${entry.protocol}`;
  const ports = entry.portRange ? ` ${entry.portRange.from}-${entry.portRange.to}` : '';
  return `rule ${entry.ruleNumber} allows ${protocol}${ports} from ${entry.cidrBlock ?? entry.ipv6CidrBlock}`;
}

/** One result per network ACL: FAIL when traffic from anywhere to `port` is let in. */
export function* aclWorldIngress(
  snapshot: Pick<VpcSnapshot, 'networkAcls'>,
  ctx: CheckContext,
  port: number | null,
): Generator<CheckResult> {
  for (const acl of snapshot.networkAcls) {
    const resource_id = aclArn(ctx, acl);
    const allowing = worldAllowingEntries(acl, port);
    const what = port === null ? 'all traffic' : `port ${port}`;
    yield allowing.length > 0
      ? {
          resource_id,
          status: 'FAIL',
          reason: `${acl.id} lets ${what} in from anywhere: ${allowing.map(describeEntry).join('; ')}`,
        }
      : { resource_id, status: 'PASS', reason: `${acl.id} does not let ${what} in from anywhere` };
  }
}
