import {
  GetDetectorCommand,
  GetFindingsStatisticsCommand,
  GuardDutyClient,
  paginateListDetectors,
} from '@aws-sdk/client-guardduty';
import { arn } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { mapDetector, severityCounts } from './mapper.js';
import type { Detector, GuardDutyRegionSnapshot } from './model.js';

/** The detector was deleted between the list and the read. */
const NOT_FOUND = ['BadRequestException', 'NotFoundException'];

/** Unarchived findings only: archived ones were dismissed or suppressed. */
const ACTIVE_FINDINGS = { Criterion: { 'service.archived': { Equals: ['false'] } } };

/**
 * One region's GuardDuty: ListDetectors (an account has at most one detector per region), then per
 * detector GetDetector and one GetFindingsStatistics that counts every active finding by severity —
 * two calls a region, whatever the number of findings.
 */
export async function collectGuardDutySnapshot(
  ctx: AwsUnitContext,
): Promise<GuardDutyRegionSnapshot> {
  const client = ctx.clients.get(GuardDutyClient);
  const options = { abortSignal: ctx.signal };
  const detectors = await guardedRead(ctx, 'guardduty:ListDetectors', async () => {
    const ids = await collectPages(
      paginateListDetectors({ client }, {}, options),
      (page) => page.DetectorIds,
      (id) => id,
      ctx.signal,
    );
    return Promise.all(
      ids.map(async (id): Promise<Detector> => {
        const [details, findings] = await Promise.all([
          guardedRead(
            ctx,
            'guardduty:GetDetector',
            async () =>
              mapDetector(await client.send(new GetDetectorCommand({ DetectorId: id }), options)),
            { absentCodes: NOT_FOUND },
          ),
          guardedRead(
            ctx,
            'guardduty:GetFindingsStatistics',
            async () =>
              severityCounts(
                (
                  await client.send(
                    new GetFindingsStatisticsCommand({
                      DetectorId: id,
                      FindingStatisticTypes: ['COUNT_BY_SEVERITY'],
                      FindingCriteria: ACTIVE_FINDINGS,
                    }),
                    options,
                  )
                ).FindingStatistics?.CountBySeverity,
              ),
            { absentCodes: NOT_FOUND },
          ),
        ]);
        return {
          id,
          arn: arn('guardduty', ctx.region, ctx.accountId, `detector/${id}`),
          details,
          findings,
        };
      }),
    );
  });
  return { region: ctx.region, detectors };
}
