import type { CheckResult } from '../../core/index.js';
import type { ReadResult } from '../../providers/azure/services/common/model.js';

export const CIS = 'cis_azure_4.0';

/** The subscription's ARM id: where subscription-wide results land. */
export const subscriptionResource = (subscriptionId: string) => `/subscriptions/${subscriptionId}`;

export const pass = (resource_id: string, reason: string): CheckResult => ({
  resource_id,
  status: 'PASS',
  reason,
});
export const fail = (resource_id: string, reason: string): CheckResult => ({
  resource_id,
  status: 'FAIL',
  reason,
});

/** ERROR naming the call and ARM code: a check never passes on what was not read. */
export function unreadResult(
  resource_id: string,
  what: string,
  read: Exclude<ReadResult<unknown>, { state: 'available' }>,
): CheckResult {
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read (${read.call}: ${read.errorCode})`,
  };
}
