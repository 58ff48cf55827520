import type { HostedZone as SdkZone, ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { RecordTarget, S3RecordTarget } from './model.js';

/** `/hostedzone/Z123` → `Z123`. */
export const zoneId = (id: string): string => id.replace(/^\/hostedzone\//, '');

export function mapZone(z: SdkZone): {
  id: string;
  name: string;
  private: boolean;
  recordCount: number;
} {
  return {
    id: zoneId(z.Id ?? ''),
    name: z.Name ?? '',
    private: z.Config?.PrivateZone === true,
    recordCount: z.ResourceRecordSetCount ?? 0,
  };
}

/** The targets of a CNAME or alias record set; none for any other record. */
export function recordTargets(r: ResourceRecordSet): RecordTarget[] {
  const name = r.Name ?? '';
  if (r.AliasTarget?.DNSName) return [{ name, type: 'ALIAS', target: r.AliasTarget.DNSName }];
  if (r.Type === 'CNAME')
    return (r.ResourceRecords ?? []).map((v) => ({ name, type: 'CNAME', target: v.Value ?? '' }));
  return [];
}

/**
 * An S3 endpoint host: an optional bucket prefix, then `s3`, `s3.<region>`, `s3-<region>`,
 * `s3.dualstack.<region>`, `s3-website-<region>` or `s3-website.<region>`, under amazonaws.com
 * (amazonaws.com.cn in China). Access points and S3 Control (`s3-accesspoint.<region>`,
 * `s3-control.<region>`) name no bucket and do not match.
 */
const S3_ENDPOINT =
  /^(?:(?<bucket>.+)\.)?(?<endpoint>s3(?:-website)?(?:[.-](?:dualstack\.)?[a-z0-9-]+)?)\.amazonaws\.com(?:\.cn)?$/;

/**
 * The S3 bucket a CNAME or alias target points at, if its target is an S3 endpoint: the bucket
 * prefix of the host, else (an endpoint without one) the record name, which S3 reads from the Host
 * header. An alias counts only to a website endpoint (the only S3 endpoint an alias can target).
 * A wildcard record without a bucket prefix names no single bucket: none.
 */
export function s3Target(t: RecordTarget): S3RecordTarget | undefined {
  const host = t.target.toLowerCase().replace(/\.$/, '');
  const match = S3_ENDPOINT.exec(host);
  if (!match?.groups) return undefined;
  const website = match.groups.endpoint!.startsWith('s3-website');
  if (t.type === 'ALIAS' && !website) return undefined;
  const name = t.name.toLowerCase().replace(/\.$/, '');
  const bucket = match.groups.bucket ?? name;
  if (bucket === '' || bucket.startsWith('*.') || bucket.startsWith('\\052.')) return undefined;
  return { ...t, bucket };
}
