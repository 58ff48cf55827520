import type { EventDraft } from '../../../../core/index.js';
import { DNS_METRIC as M } from './metrics.js';
import type { DnsSnapshot } from './model.js';

/** Pure: the project's managed zones → inventory and DNSSEC facts on each zone. */
export function* extractDns(snapshot: DnsSnapshot): Generator<EventDraft> {
  for (const zone of snapshot.zones) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: zone.id,
      metric_type,
      metric_value,
    });
    yield fact(M.zoneName, zone.name);
    yield fact(M.dnsName, zone.dnsName);
    yield fact(M.visibility, zone.visibility);
    yield fact(M.dnssecState, zone.dnssecState);
    yield fact(
      M.keyAlgorithms,
      zone.keySpecs.map((k) => `${k.keyType}:${k.algorithm}`),
    );
  }
}
