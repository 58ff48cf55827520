import type { HostedZone as SdkZone, ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { RecordTarget } from './model.js';

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
