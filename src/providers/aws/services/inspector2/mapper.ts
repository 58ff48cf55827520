import type {
  AccountAggregationResponse,
  AccountState,
  FailedAccount,
} from '@aws-sdk/client-inspector2';
import type { ReadFailure } from '../../read.js';
import type { AccountStatus, SeverityCounts } from './model.js';

export function mapAccountState(state: AccountState): AccountStatus {
  const r = state.resourceState;
  return {
    status: state.state?.status ?? 'DISABLED',
    scanTypes: {
      ec2: r?.ec2?.status ?? 'DISABLED',
      ecr: r?.ecr?.status ?? 'DISABLED',
      lambda: r?.lambda?.status ?? 'DISABLED',
      lambdaCode: r?.lambdaCode?.status ?? 'DISABLED',
    },
  };
}

/** An account BatchGetAccountStatus could not report on (failedAccounts): denied or failed. */
export function failedAccount(action: string, failed: FailedAccount): ReadFailure {
  const code = failed.errorCode ?? 'INTERNAL_ERROR';
  return {
    state: code === 'ACCESS_DENIED' ? 'denied' : 'failed',
    action,
    errorCode: code,
    ...(failed.errorMessage ? { message: failed.errorMessage } : {}),
  };
}

/** The scanned account's counts from an ACCOUNT aggregation; no entry means no active finding. */
export function severityCounts(
  responses: readonly (AccountAggregationResponse | undefined)[],
  accountId: string,
): SeverityCounts {
  const mine = responses.find((r) => r?.accountId === accountId) ?? responses[0];
  const s = mine?.severityCounts;
  return {
    all: s?.all ?? 0,
    critical: s?.critical ?? 0,
    high: s?.high ?? 0,
    medium: s?.medium ?? 0,
  };
}
