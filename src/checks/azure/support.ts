import type { CheckResult } from '../../core/index.js';
import type { ReadResult } from '../../providers/azure/services/common/model.js';

export const CIS = 'cis_azure_4.0';
/** CIS Microsoft Azure Database Services Benchmark (the SQL recommendations left Foundations). */
export const CIS_DB = 'cis_azure_database_2.0';

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

/** The result of a check on one read: ERROR naming the call when it did not answer. */
export function onRead<T>(
  resource_id: string,
  what: string,
  read: ReadResult<T>,
  judge: (value: T) => CheckResult,
): CheckResult {
  return read.state === 'available' ? judge(read.value) : unreadResult(resource_id, what, read);
}
