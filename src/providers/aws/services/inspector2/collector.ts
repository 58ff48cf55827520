import {
  BatchGetAccountStatusCommand,
  Inspector2Client,
  paginateListCoverageStatistics,
  paginateListFindingAggregations,
} from '@aws-sdk/client-inspector2';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read, type ReadFailure } from '../../read.js';
import { failedAccount, mapAccountState, severityCounts } from './mapper.js';
import type { AccountStatus, Inspector2RegionSnapshot } from './model.js';

const STATUS = 'inspector2:BatchGetAccountStatus';
const FINDINGS = 'inspector2:ListFindingAggregations';
const COVERAGE = 'inspector2:ListCoverageStatistics';

/** A read not made because Inspector scans nothing in the region (every scan type is off). */
const notEnabled = (action: string): ReadFailure => ({
  state: 'absent',
  action,
  errorCode: 'NotEnabled',
  message: 'Inspector scans nothing in this region: not called',
});

/**
 * One region's Inspector: BatchGetAccountStatus for the account, then — when a scan type is on —
 * one ListFindingAggregations (ACCOUNT: the severity counts of every active finding) and one
 * ListCoverageStatistics (the number of resources it covers). Three calls a region, whatever the number of
 * findings or resources.
 */
export async function collectInspector2Snapshot(
  ctx: AwsUnitContext,
): Promise<Inspector2RegionSnapshot> {
  const client = ctx.clients.get(Inspector2Client);
  const options = { abortSignal: ctx.signal };

  const answer = await guardedRead(ctx, STATUS, () =>
    client.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.accountId] }), options),
  );
  let account: Read<AccountStatus>;
  if (answer.state !== 'available') {
    account = answer;
  } else {
    const state = answer.value.accounts?.find((a) => a.accountId === ctx.accountId);
    const failed = answer.value.failedAccounts?.find((a) => a.accountId === ctx.accountId);
    account = state
      ? { state: 'available', value: mapAccountState(state) }
      : failed
        ? failedAccount(STATUS, failed)
        : {
            state: 'absent',
            action: STATUS,
            errorCode: 'AccountNotListed',
            message: 'the answer lists no status for the account',
          };
  }

  const scansSomething =
    account.state === 'available'
      ? Object.values(account.value.scanTypes).some((s) => s !== 'DISABLED')
      : account.state !== 'absent';
  if (!scansSomething) {
    return {
      region: ctx.region,
      account,
      findings: notEnabled(FINDINGS),
      coverage: notEnabled(COVERAGE),
    };
  }

  const [findings, coverage] = await Promise.all([
    guardedRead(ctx, FINDINGS, async () =>
      severityCounts(
        await collectPages(
          paginateListFindingAggregations(
            { client },
            { aggregationType: 'ACCOUNT', aggregationRequest: { accountAggregation: {} } },
            options,
          ),
          (page) => page.responses,
          (r) => r.accountAggregation,
          ctx.signal,
        ),
        ctx.accountId,
      ),
    ),
    guardedRead(ctx, COVERAGE, async () => {
      // Ungrouped, every page repeats the total; it is read from the first page only.
      for await (const page of paginateListCoverageStatistics({ client }, {}, options))
        return page.totalCounts ?? 0;
      return 0;
    }),
  ]);
  return { region: ctx.region, account, findings, coverage };
}
