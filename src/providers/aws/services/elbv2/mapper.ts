import type {
  Action,
  Listener as SdkListener,
  LoadBalancer as SdkLoadBalancer,
  LoadBalancerAttribute,
  TagDescription,
  TargetGroup as SdkTargetGroup,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {
  Listener,
  LoadBalancer,
  LoadBalancerAttributes,
  Tags,
  TargetGroup,
  TargetHealthSummary,
} from './model.js';

export type ListedLoadBalancer = Omit<LoadBalancer, 'listeners' | 'attributes'>;
export type ListedTargetGroup = Omit<TargetGroup, 'health'>;

export function mapLoadBalancer(lb: SdkLoadBalancer): ListedLoadBalancer | undefined {
  if (!lb.LoadBalancerArn || !lb.LoadBalancerName) return undefined;
  return {
    arn: lb.LoadBalancerArn,
    name: lb.LoadBalancerName,
    type: lb.Type ?? 'application',
    scheme: lb.Scheme ?? 'internet-facing',
    state: lb.State?.Code ?? 'unknown',
    ...(lb.VpcId ? { vpcId: lb.VpcId } : {}),
    ...(lb.DNSName ? { dnsName: lb.DNSName } : {}),
    availabilityZones: (lb.AvailabilityZones ?? []).flatMap((az) =>
      az.ZoneName ? [az.ZoneName] : [],
    ),
    securityGroups: [...(lb.SecurityGroups ?? [])],
    ...(lb.IpAddressType ? { ipAddressType: lb.IpAddressType } : {}),
    ...(lb.CreatedTime ? { createdTime: lb.CreatedTime.toISOString() } : {}),
  };
}

function redirectsToHttps(actions: readonly Action[]): boolean {
  const first = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))[0];
  return first?.Type === 'redirect' && first.RedirectConfig?.Protocol === 'HTTPS';
}

export function mapListener(listener: SdkListener): Listener | undefined {
  if (!listener.ListenerArn) return undefined;
  const actions = listener.DefaultActions ?? [];
  return {
    arn: listener.ListenerArn,
    port: listener.Port ?? 0,
    protocol: listener.Protocol ?? 'unknown',
    ...(listener.SslPolicy ? { sslPolicy: listener.SslPolicy } : {}),
    redirectsToHttps: redirectsToHttps(actions),
    defaultActionTypes: actions.flatMap((a) => (a.Type ? [a.Type] : [])),
  };
}

const flag = (value: string | undefined): boolean | undefined =>
  value === undefined ? undefined : value === 'true';

export function mapAttributes(
  attributes: readonly LoadBalancerAttribute[],
): LoadBalancerAttributes {
  const byKey = new Map(attributes.flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : [])));
  const bucket = byKey.get('access_logs.s3.bucket');
  const out: LoadBalancerAttributes = {};
  const accessLogs = flag(byKey.get('access_logs.s3.enabled'));
  if (accessLogs !== undefined) out.accessLogsEnabled = accessLogs;
  if (bucket) out.accessLogsBucket = bucket;
  const deletion = flag(byKey.get('deletion_protection.enabled'));
  if (deletion !== undefined) out.deletionProtectionEnabled = deletion;
  const drop = flag(byKey.get('routing.http.drop_invalid_header_fields.enabled'));
  if (drop !== undefined) out.dropInvalidHeaderFields = drop;
  return out;
}

export function mapTargetGroup(tg: SdkTargetGroup): ListedTargetGroup | undefined {
  if (!tg.TargetGroupArn) return undefined;
  return {
    arn: tg.TargetGroupArn,
    name: tg.TargetGroupName ?? tg.TargetGroupArn,
    ...(tg.Protocol ? { protocol: tg.Protocol } : {}),
    ...(tg.Port !== undefined ? { port: tg.Port } : {}),
    ...(tg.TargetType ? { targetType: tg.TargetType } : {}),
    loadBalancerArns: [...(tg.LoadBalancerArns ?? [])],
  };
}

export function mapTargetHealth(
  descriptions: readonly TargetHealthDescription[],
): TargetHealthSummary {
  const states: Record<string, number> = {};
  for (const d of descriptions) {
    const state = d.TargetHealth?.State ?? 'unknown';
    states[state] = (states[state] ?? 0) + 1;
  }
  return { total: descriptions.length, healthy: states.healthy ?? 0, states };
}

export function mapTags(descriptions: readonly TagDescription[]): Record<string, Tags> {
  const out: Record<string, Tags> = {};
  for (const d of descriptions) {
    if (!d.ResourceArn) continue;
    const tags: Tags = {};
    for (const t of d.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
    out[d.ResourceArn] = tags;
  }
  return out;
}

/** CloudWatch's LoadBalancer dimension: the ARN's part after `loadbalancer/` (app/name/id). */
export function metricDimension(loadBalancerArn: string): string | undefined {
  const at = loadBalancerArn.indexOf(':loadbalancer/');
  return at < 0 ? undefined : loadBalancerArn.slice(at + ':loadbalancer/'.length);
}
