import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError } from '../../read.js';
import { INSPECTOR2_METRIC as I } from './metrics.js';
import type { Inspector2RegionSnapshot } from './model.js';

/** Pure: the region's Inspector state, findings and coverage → events on the region. */
export function* extractInspector2Events(
  snapshot: Inspector2RegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const resource_id = regionScopeId('inspector2', ctx.region, ctx.accountId);
  const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
    resource_id,
    metric_type,
    metric_value,
  });
  if (snapshot.account.state === 'available') {
    const a = snapshot.account.value;
    yield fact(I.accountStatus, a.status);
    yield fact(I.ec2ScanStatus, a.scanTypes.ec2);
    yield fact(I.ecrScanStatus, a.scanTypes.ecr);
    yield fact(I.lambdaScanStatus, a.scanTypes.lambda);
    yield fact(I.lambdaCodeScanStatus, a.scanTypes.lambdaCode);
  } else {
    yield fact(I.accountError, readError(snapshot.account) ?? '');
  }
  if (snapshot.findings.state === 'available') {
    yield fact(I.findingsBySeverity, { ...snapshot.findings.value });
    yield fact(I.criticalFindings, snapshot.findings.value.critical);
  } else if (snapshot.findings.state !== 'absent') {
    yield fact(I.findingsError, readError(snapshot.findings) ?? '');
  }
  if (snapshot.coverage.state === 'available') {
    yield fact(I.coveredResources, snapshot.coverage.value);
  } else if (snapshot.coverage.state !== 'absent') {
    yield fact(I.coverageError, readError(snapshot.coverage) ?? '');
  }
}
