import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { pricingUnavailableEvent } from '../../pricing.js';
import { SECRETSMANAGER_METRIC as S } from './metrics.js';
import {
  daysSinceAccess,
  daysSinceRotation,
  isUnusedSecret,
  type Secret,
  type SecretsManagerRegionSnapshot,
} from './model.js';

type Value = EventDraft['metric_value'];

function* secretFacts(secret: Secret, now: Date): Generator<[string, Value]> {
  yield [S.secretName, secret.name];
  if (secret.createdAt) yield [S.createdAt, secret.createdAt];
  if (secret.lastChangedAt) yield [S.lastChangedAt, secret.lastChangedAt];
  if (secret.owningService) yield [S.owningService, secret.owningService];
  if (secret.primaryRegion) yield [S.primaryRegion, secret.primaryRegion];
  yield [S.tags, secret.tags];
  if (secret.kmsKeyId) yield [S.kmsKeyId, secret.kmsKeyId];
  yield [S.awsManagedKey, secret.kmsKeyId === undefined];
  yield [S.rotationEnabled, secret.rotationEnabled];
  if (secret.rotationIntervalDays !== undefined)
    yield [S.rotationIntervalDays, secret.rotationIntervalDays];
  if (secret.rotationSchedule) yield [S.rotationSchedule, secret.rotationSchedule];
  if (secret.rotationLambdaArn) yield [S.rotationLambdaArn, secret.rotationLambdaArn];
  if (secret.lastRotatedAt) yield [S.lastRotatedAt, secret.lastRotatedAt];
  if (secret.nextRotationAt) yield [S.nextRotationAt, secret.nextRotationAt];
  const rotated = daysSinceRotation(secret, now);
  if (rotated !== undefined) yield [S.daysSinceRotation, rotated];
  if (secret.lastAccessedAt) yield [S.lastAccessedAt, secret.lastAccessedAt];
  const accessed = daysSinceAccess(secret, now);
  if (accessed !== undefined) yield [S.daysSinceAccess, accessed];
  const unused = isUnusedSecret(secret, now);
  if (unused !== undefined) yield [S.unusedSecret, unused];
}

/** Pure: the region's secrets → events on each secret's ARN, and their count on the region. */
export function* extractSecretsManagerEvents(
  snapshot: SecretsManagerRegionSnapshot,
  ctx: { accountId: string; region: string; clock: { now(): Date } },
): Generator<EventDraft> {
  const now = ctx.clock.now();
  yield {
    resource_id: regionScopeId('secretsmanager', ctx.region, ctx.accountId),
    metric_type: S.secretCount,
    metric_value: snapshot.secrets.length,
  };
  const { pricing } = snapshot;
  for (const secret of snapshot.secrets) {
    for (const [metric_type, metric_value] of secretFacts(secret, now))
      yield { resource_id: secret.arn, metric_type, metric_value };
    if (pricing.state === 'available' && isUnusedSecret(secret, now)) {
      const price = pricing.value.secretMonthUsd;
      yield {
        resource_id: secret.arn,
        metric_type: S.estimatedMonthlyWasteUsd,
        metric_value: price,
      };
      yield {
        resource_id: secret.arn,
        metric_type: S.wasteEstimate,
        metric_value: {
          reason: 'not_retrieved_for_90_days',
          quantity: 1,
          unit: 'secret-month',
          unit_price_usd: price,
          monthly_usd: price,
          currency: 'USD',
          price_source: `AWS Price List, on-demand, ${ctx.region}`,
        },
      };
    }
  }
  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'secretsmanager', ...ctx },
    S.pricingUnavailable,
    'unused secrets',
  );
  if (unavailable) yield unavailable;
}
