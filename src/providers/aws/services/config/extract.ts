import type { EventDraft, MetricValue } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { CONFIG_METRIC as C } from './metrics.js';
import type { ConfigRegionSnapshot } from './model.js';

type ExtractContext = Pick<AwsUnitContext, 'accountId' | 'region'>;

/** Pure: one region's AWS Config snapshot → events on the region's scope id. */
export function* extractConfigEvents(
  snapshot: ConfigRegionSnapshot,
  ctx: ExtractContext,
): Generator<EventDraft> {
  const id = regionScopeId('config', ctx.region, ctx.accountId);
  const fact = (metricType: string, value: MetricValue): EventDraft => ({
    resource_id: id,
    metric_type: metricType,
    metric_value: value,
  });
  yield fact(C.recorderCount, snapshot.recorders.length);
  const recorder = snapshot.recorders[0];
  if (recorder) {
    yield fact(C.recorderName, recorder.name);
    yield fact(C.recordsAllResources, recorder.allSupported);
    yield fact(C.recordsGlobalResources, recorder.includeGlobalResourceTypes);
    if (snapshot.statuses.state === 'available') {
      const status = snapshot.statuses.value.find((s) => s.name === recorder.name);
      yield fact(C.recording, status?.recording ?? false);
      if (status?.lastStatus) yield fact(C.lastStatus, status.lastStatus);
    }
  }
  if (snapshot.statuses.state !== 'available') {
    yield fact(C.statusError, readError(snapshot.statuses) ?? '');
  }
  if (snapshot.deliveryChannels.state === 'available') {
    yield fact(C.deliveryChannelCount, snapshot.deliveryChannels.value.length);
  } else {
    yield fact(C.deliveryChannelsError, readError(snapshot.deliveryChannels) ?? '');
  }
}
