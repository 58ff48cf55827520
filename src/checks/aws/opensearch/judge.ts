import type { CheckResult } from '../../../core/index.js';
import type {
  Domain,
  DomainConfig,
  OpenSearchRegionSnapshot,
} from '../../../providers/aws/services/opensearch/model.js';
import { unreadable } from '../regional.js';

/** A domain's verdict: passes or not, and why. */
export interface Verdict {
  pass: boolean;
  reason: string;
}

/**
 * The one loop of the OpenSearch checks: a domain whose DescribeDomains did not answer is ERROR
 * naming the call, the others PASS or FAIL as `judge` says.
 */
export function* judgeDomains(
  snapshot: Pick<OpenSearchRegionSnapshot, 'domains'>,
  what: string,
  judge: (domain: Domain, config: DomainConfig) => Verdict,
): Generator<CheckResult> {
  for (const d of snapshot.domains) {
    if (d.config.state !== 'available') {
      yield unreadable(d.arn, `${what} of domain ${d.name}`, d.config);
      continue;
    }
    const verdict = judge(d, d.config.value);
    yield { resource_id: d.arn, status: verdict.pass ? 'PASS' : 'FAIL', reason: verdict.reason };
  }
}
