import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { ACCESSANALYZER_METRIC as A } from './metrics.js';
import { isExternalAccess, type AccessAnalyzerRegionSnapshot } from './model.js';

/** Pure: one region's analyzers → events on the region's scope id. */
export function* extractAccessAnalyzerEvents(
  snapshot: AccessAnalyzerRegionSnapshot,
  ctx: Pick<AwsUnitContext, 'accountId' | 'region'>,
): Generator<EventDraft> {
  const id = regionScopeId('access-analyzer', ctx.region, ctx.accountId);
  if (snapshot.analyzers.state !== 'available') {
    yield {
      resource_id: id,
      metric_type: A.analyzersError,
      metric_value: readError(snapshot.analyzers) ?? '',
    };
    return;
  }
  const analyzers = snapshot.analyzers.value;
  yield {
    resource_id: id,
    metric_type: A.analyzers,
    metric_value: analyzers.map((a) => ({ name: a.name, type: a.type, status: a.status })),
  };
  yield {
    resource_id: id,
    metric_type: A.activeExternalAccessAnalyzer,
    metric_value: analyzers.some((a) => isExternalAccess(a) && a.status === 'ACTIVE'),
  };
}
