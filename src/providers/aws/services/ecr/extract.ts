import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { ECR_METRIC as E } from './metrics.js';
import { type EcrRegionSnapshot, type Repository, scansImages } from './model.js';

type Value = EventDraft['metric_value'];

function* repositoryFacts(r: Repository): Generator<[string, Value]> {
  yield [E.repositoryName, r.name];
  yield [E.repositoryUri, r.uri];
  if (r.createdAt) yield [E.createdAt, r.createdAt];
  const errors = [r.scanning, r.lifecyclePolicy, r.policy].flatMap((read) =>
    read.state === 'denied' || read.state === 'failed' ? [readError(read) ?? ''] : [],
  );
  if (errors.length > 0) yield [E.readError, errors];
  yield [E.imageTagMutability, r.imageTagMutability];
  if (r.tagMutabilityExclusions.length > 0)
    yield [E.tagMutabilityExclusions, r.tagMutabilityExclusions];
  const scans = scansImages(r);
  if (scans !== undefined) yield [E.scanOnPush, scans];
  if (r.scanning.state === 'available' && r.scanning.value.scanFrequency)
    yield [E.scanFrequency, r.scanning.value.scanFrequency];
  yield [E.encryptionType, r.encryption.type];
  if (r.encryption.kmsKey) yield [E.kmsKey, r.encryption.kmsKey];
  if (r.policy.state === 'available') {
    yield [E.policyPublic, r.policy.value.publicStatements.length > 0];
    yield [E.policyPublicStatements, r.policy.value.publicStatements];
    yield [E.policyExternalAccounts, r.policy.value.externalAccounts];
  } else if (r.policy.state === 'absent') yield [E.policyPublic, false];
  if (r.lifecyclePolicy.state === 'available') {
    yield [E.lifecyclePolicy, true];
    yield [E.lifecycleRuleCount, r.lifecyclePolicy.value.ruleCount];
  } else if (r.lifecyclePolicy.state === 'absent') yield [E.lifecyclePolicy, false];
}

/** Pure: the region's repositories → events, on each repository's ARN. */
export function* extractEcrEvents(snapshot: EcrRegionSnapshot): Generator<EventDraft> {
  const { performance } = snapshot;
  for (const r of snapshot.repositories) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: r.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of repositoryFacts(r)) yield fact(metric, value);
    if (performance.status === 'unavailable') {
      yield fact(E.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const pulls = performance.resources[r.arn]?.pulls;
    if (pulls === undefined) continue;
    yield fact(E.pullsSum, pulls);
    if (pulls > 0) yield fact(E.unusedRepository, false);
    else if (r.createdAt && r.createdAt <= performance.windowStart)
      yield fact(E.unusedRepository, true);
  }
}
