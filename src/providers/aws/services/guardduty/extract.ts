import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError } from '../../read.js';
import { GUARDDUTY_METRIC as G } from './metrics.js';
import type { GuardDutyRegionSnapshot } from './model.js';

type Value = EventDraft['metric_value'];

/** Pure: the region's detector → events on the region (enabled or not) and on the detector's ARN. */
export function* extractGuardDutyEvents(
  snapshot: GuardDutyRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const region = regionScopeId('guardduty', ctx.region, ctx.accountId);
  if (snapshot.detectors.state !== 'available') {
    yield {
      resource_id: region,
      metric_type: G.detectorsError,
      metric_value: readError(snapshot.detectors) ?? '',
    };
    return;
  }
  const detectors = snapshot.detectors.value;
  const enabled = detectors.some(
    (d) => d.details.state === 'available' && d.details.value.status === 'ENABLED',
  );
  const unknown = detectors.some((d) => d.details.state !== 'available');
  if (enabled || !unknown)
    yield { resource_id: region, metric_type: G.detectorEnabled, metric_value: enabled };

  for (const detector of detectors) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: detector.arn,
      metric_type,
      metric_value,
    });
    if (detector.details.state === 'available') {
      const d = detector.details.value;
      yield fact(G.detectorStatus, d.status);
      if (d.findingPublishingFrequency)
        yield fact(G.findingPublishingFrequency, d.findingPublishingFrequency);
      yield fact(
        G.enabledFeatures,
        d.features.filter((f) => f.status === 'ENABLED').map((f) => f.name),
      );
      yield fact(G.tags, d.tags);
    } else if (detector.details.state !== 'absent') {
      yield fact(G.detectorError, readError(detector.details) ?? '');
    }
    if (detector.findings.state === 'available') {
      const counts = detector.findings.value;
      yield fact(G.findingsBySeverity, { ...counts });
      yield fact(G.highSeverityFindings, counts.high + counts.critical);
    } else if (detector.findings.state !== 'absent') {
      yield fact(G.findingsError, readError(detector.findings) ?? '');
    }
  }
}
