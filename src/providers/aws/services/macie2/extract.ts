import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError } from '../../read.js';
import { MACIE2_METRIC as M } from './metrics.js';
import type { Macie2RegionSnapshot } from './model.js';

/** Pure: the region's Macie → events on the region and on each classification job's ARN. */
export function* extractMacie2Events(
  snapshot: Macie2RegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const region = regionScopeId('macie2', ctx.region, ctx.accountId);
  const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
    resource_id: region,
    metric_type,
    metric_value,
  });
  const { session } = snapshot;
  if (session.state === 'absent') {
    yield fact(M.enabled, false);
    return;
  }
  if (session.state !== 'available') {
    yield fact(M.sessionError, readError(session) ?? '');
    return;
  }
  yield fact(M.enabled, session.value.status === 'ENABLED');
  yield fact(M.sessionStatus, session.value.status);
  if (session.value.findingPublishingFrequency)
    yield fact(M.findingPublishingFrequency, session.value.findingPublishingFrequency);

  if (snapshot.findings.state === 'available') {
    yield fact(M.findingsBySeverity, { ...snapshot.findings.value });
    yield fact(M.highSeverityFindings, snapshot.findings.value.high);
  } else if (snapshot.findings.state !== 'absent') {
    yield fact(M.findingsError, readError(snapshot.findings) ?? '');
  }

  if (snapshot.jobs.state === 'available') {
    yield fact(M.classificationJobs, snapshot.jobs.value.length);
    for (const job of snapshot.jobs.value) {
      yield { resource_id: job.arn, metric_type: M.jobStatus, metric_value: job.status };
      yield { resource_id: job.arn, metric_type: M.jobType, metric_value: job.type };
      yield {
        resource_id: job.arn,
        metric_type: M.jobLastRunFailed,
        metric_value: job.lastRunFailed,
      };
    }
  } else if (snapshot.jobs.state !== 'absent') {
    yield fact(M.jobsError, readError(snapshot.jobs) ?? '');
  }

  if (snapshot.automatedDiscovery.state === 'available') {
    yield fact(M.automatedDiscoveryStatus, snapshot.automatedDiscovery.value.status);
  } else if (snapshot.automatedDiscovery.state !== 'absent') {
    yield fact(M.automatedDiscoveryError, readError(snapshot.automatedDiscovery) ?? '');
  }
}
