import type {
  LoadBalancerAttributes,
  LoadBalancerDescription,
  PolicyDescription,
  TagDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import type { ClassicAttributes, ClassicLoadBalancer, ClassicPolicy, Tags } from './model.js';

export type ListedClassicLoadBalancer = Omit<ClassicLoadBalancer, 'attributes' | 'policies'>;

/** Classic Load Balancers have no ARN in the API; this is the one IAM and tagging name them by. */
export function classicArn(region: string, accountId: string, name: string): string {
  return `arn:aws:elasticloadbalancing:${region}:${accountId}:loadbalancer/${name}`;
}

export function mapLoadBalancer(region: string, accountId: string) {
  return (lb: LoadBalancerDescription): ListedClassicLoadBalancer | undefined => {
    if (!lb.LoadBalancerName) return undefined;
    return {
      arn: classicArn(region, accountId, lb.LoadBalancerName),
      name: lb.LoadBalancerName,
      scheme: lb.Scheme ?? 'internet-facing',
      ...(lb.DNSName ? { dnsName: lb.DNSName } : {}),
      ...(lb.VPCId ? { vpcId: lb.VPCId } : {}),
      availabilityZones: [...(lb.AvailabilityZones ?? [])].sort(),
      subnets: [...(lb.Subnets ?? [])],
      securityGroups: [...(lb.SecurityGroups ?? [])],
      instanceIds: (lb.Instances ?? []).flatMap((i) => (i.InstanceId ? [i.InstanceId] : [])),
      listeners: (lb.ListenerDescriptions ?? []).flatMap((d) => {
        const l = d.Listener;
        if (!l?.Protocol || l.LoadBalancerPort === undefined) return [];
        return [
          {
            protocol: l.Protocol.toUpperCase(),
            port: l.LoadBalancerPort,
            ...(l.InstanceProtocol ? { instanceProtocol: l.InstanceProtocol.toUpperCase() } : {}),
            ...(l.InstancePort !== undefined ? { instancePort: l.InstancePort } : {}),
            ...(l.SSLCertificateId ? { sslCertificateId: l.SSLCertificateId } : {}),
            policyNames: [...(d.PolicyNames ?? [])],
          },
        ];
      }),
      ...(lb.CreatedTime ? { createdTime: lb.CreatedTime.toISOString() } : {}),
    };
  };
}

export function mapAttributes(a: LoadBalancerAttributes): ClassicAttributes {
  const desync = (a.AdditionalAttributes ?? []).find(
    (x) => x.Key === 'elb.http.desyncmitigationmode',
  )?.Value;
  return {
    accessLogsEnabled: a.AccessLog?.Enabled === true,
    ...(a.AccessLog?.S3BucketName ? { accessLogsBucket: a.AccessLog.S3BucketName } : {}),
    connectionDrainingEnabled: a.ConnectionDraining?.Enabled === true,
    ...(a.ConnectionDraining?.Timeout !== undefined
      ? { connectionDrainingTimeout: a.ConnectionDraining.Timeout }
      : {}),
    crossZoneEnabled: a.CrossZoneLoadBalancing?.Enabled === true,
    ...(a.ConnectionSettings?.IdleTimeout !== undefined
      ? { idleTimeout: a.ConnectionSettings.IdleTimeout }
      : {}),
    ...(desync ? { desyncMitigationMode: desync } : {}),
  };
}

export function mapPolicies(
  descriptions: readonly PolicyDescription[],
): Record<string, ClassicPolicy> {
  const out: Record<string, ClassicPolicy> = {};
  for (const p of descriptions) {
    if (!p.PolicyName) continue;
    const attrs = p.PolicyAttributeDescriptions ?? [];
    const reference = attrs.find(
      (a) => a.AttributeName === 'Reference-Security-Policy',
    )?.AttributeValue;
    out[p.PolicyName] = {
      type: p.PolicyTypeName ?? 'unknown',
      ...(reference ? { referenceSecurityPolicy: reference } : {}),
      protocols: attrs.flatMap((a) =>
        a.AttributeName?.startsWith('Protocol-') && a.AttributeValue === 'true'
          ? [a.AttributeName.slice('Protocol-'.length)]
          : [],
      ),
    };
  }
  return out;
}

export function mapTags(descriptions: readonly TagDescription[]): Record<string, Tags> {
  const out: Record<string, Tags> = {};
  for (const d of descriptions) {
    if (!d.LoadBalancerName) continue;
    const tags: Tags = {};
    for (const t of d.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
    out[d.LoadBalancerName] = tags;
  }
  return out;
}
