import type { EventDraft, MetricValue } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { KMS_METRIC as K } from './metrics.js';
import type { KmsKey, KmsRegionSnapshot } from './model.js';

type ExtractContext = Pick<AwsUnitContext, 'accountId' | 'region'>;

function fact(resourceId: string, metricType: string, value: MetricValue): EventDraft {
  return { resource_id: resourceId, metric_type: metricType, metric_value: value };
}

function* keyEvents(key: KmsKey): Generator<EventDraft> {
  const id = key.arn;
  yield fact(id, K.aliases, key.aliases);
  if (key.details.state === 'aws_managed') {
    yield fact(id, K.keyManager, 'AWS');
    return;
  }
  if (key.details.state !== 'available') {
    yield fact(id, K.readError, readError(key.details) ?? '');
    return;
  }
  const d = key.details.value;
  yield fact(id, K.keyManager, d.manager);
  yield fact(id, K.keyState, d.state);
  yield fact(id, K.keySpec, d.spec);
  yield fact(id, K.keyOrigin, d.origin);
  if (d.deletionDate) yield fact(id, K.deletionDate, d.deletionDate);
  const failures: string[] = [];
  if (key.rotation?.state === 'available') {
    yield fact(id, K.rotationEnabled, key.rotation.value.enabled);
    if (key.rotation.value.enabled && key.rotation.value.periodDays !== undefined) {
      yield fact(id, K.rotationPeriodDays, key.rotation.value.periodDays);
    }
  } else if (key.rotation) {
    failures.push(readError(key.rotation) ?? '');
  }
  if (key.policy?.state === 'available') {
    yield fact(id, K.policyPublicStatements, key.policy.value.publicStatements);
    yield fact(id, K.policyPublicActions, key.policy.value.publicActions);
    yield fact(id, K.policyExternalAccounts, key.policy.value.externalAccounts);
  } else if (key.policy) {
    failures.push(readError(key.policy) ?? '');
  }
  if (failures.length > 0) yield fact(id, K.readError, failures.join('; '));
}

/** Pure: one region's KMS snapshot → events. */
export function* extractKmsEvents(
  snapshot: KmsRegionSnapshot,
  ctx: ExtractContext,
): Generator<EventDraft> {
  for (const key of snapshot.keys) yield* keyEvents(key);
  yield fact(
    regionScopeId('kms', ctx.region, ctx.accountId),
    K.customerManagedKeyCount,
    snapshot.keys.filter(
      (k) => k.details.state === 'available' && k.details.value.manager === 'CUSTOMER',
    ).length,
  );
}
