import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { EBS_METRIC as E } from './metrics.js';
import type { EbsRegionSnapshot } from './model.js';

/** Pure: the region's EBS defaults → events on the region's scope id. */
export function* extractEbsEvents(
  snapshot: EbsRegionSnapshot,
  ctx: Pick<AwsUnitContext, 'accountId' | 'region'>,
): Generator<EventDraft> {
  const id = regionScopeId('ec2', ctx.region, ctx.accountId);
  yield snapshot.encryptionByDefault.state === 'available'
    ? {
        resource_id: id,
        metric_type: E.encryptionByDefault,
        metric_value: snapshot.encryptionByDefault.value,
      }
    : {
        resource_id: id,
        metric_type: E.encryptionByDefaultError,
        metric_value: readError(snapshot.encryptionByDefault) ?? '',
      };
  yield snapshot.defaultKmsKeyId.state === 'available'
    ? {
        resource_id: id,
        metric_type: E.defaultKmsKeyId,
        metric_value: snapshot.defaultKmsKeyId.value,
      }
    : {
        resource_id: id,
        metric_type: E.defaultKmsKeyError,
        metric_value: readError(snapshot.defaultKmsKeyId) ?? '',
      };
}
