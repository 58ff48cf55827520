import type { CheckContext, CheckResult } from '../../core/index.js';
import type { ReadFailure } from '../../providers/aws/services/cloudtrail/model.js';
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

export type Unread = ReadFailure;

/**
 * A read that gave no value, in the shape the collectors record it (`action`), or in the older
 * facet shape some scanners still use (`call`, state `error`) while they move to `Read`.
 */
export type UnreadInput =
  ReadFailure | { state: 'denied' | 'error'; call: string; errorCode: string; message?: string };

const VERBS: Record<UnreadInput['state'], string> = {
  denied: 'was denied',
  failed: 'failed',
  error: 'failed',
  absent: 'found nothing',
};

/**
 * The one ERROR of every AWS check whose input could not be read: it names the call (and so the
 * permission) and the code, never passes or fails on what was not seen.
 */
export function unreadable(resource_id: string, what: string, read: UnreadInput): CheckResult {
  const call = 'action' in read ? read.action : read.call;
  const detail = read.message && read.message !== read.errorCode ? ` — ${read.message}` : '';
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read: ${call} ${VERBS[read.state]} (${read.errorCode})${detail}`,
  };
}
