import type { CheckContext, CheckResult } from '../../core/index.js';
import type { Read } from '../../providers/aws/services/cloudtrail/model.js';
import { arn } from './arn.js';

/**
 * Id of a fact about a whole region of a service (`arn:aws:config:eu-west-1:123…:region/eu-west-1`),
 * as the scanners build it: region-level settings are reported on it, once per region.
 */
export function regionScope(
  service: string,
  ctx: Pick<CheckContext, 'region' | 'accountId'>,
): string {
  return arn(service, ctx.region, ctx.accountId, `region/${ctx.region}`);
}

export type Unread = Exclude<Read<unknown>, { state: 'available' }>;

/** ERROR naming the action (and so the permission) the scan could not use. */
export function unreadable(resource_id: string, what: string, read: Unread): CheckResult {
  const verb = read.state === 'denied' ? 'was denied' : 'failed';
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read: ${read.action} ${verb} (${read.errorCode})`,
  };
}
