import {
  GetAutomatedDiscoveryConfigurationCommand,
  GetFindingStatisticsCommand,
  GetMacieSessionCommand,
  Macie2Client,
  paginateListClassificationJobs,
} from '@aws-sdk/client-macie2';
import type { AwsUnitContext } from '../../define-scanner.js';
import { isAwsErrorCode } from '../../errors.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read, type ReadFailure } from '../../read.js';
import { mapAutomatedDiscovery, mapJob, mapSession, severityCounts } from './mapper.js';
import type { Macie2RegionSnapshot, MacieSession } from './model.js';

const SESSION = 'macie2:GetMacieSession';

/**
 * Macie answers every call of an account where it is not enabled with an AccessDeniedException
 * whose message is "Macie is not enabled." — the same code as a missing permission, so the message
 * tells them apart. (moto answers GetMacieSession with ResourceNotFoundException instead.)
 */
export function isMacieNotEnabled(error: unknown): boolean {
  if (isAwsErrorCode(error, 'ResourceNotFoundException')) return true;
  const message = error instanceof Error ? error.message : '';
  return isAwsErrorCode(error, 'AccessDeniedException') && /macie is not enabled/i.test(message);
}

/** A guarded read in which "Macie is not enabled" is `absent` (and logged as nothing), never `denied`. */
async function macieRead<T>(
  ctx: AwsUnitContext,
  action: string,
  read: () => Promise<T>,
): Promise<Read<T>> {
  try {
    return { state: 'available', value: await read() };
  } catch (error) {
    if (ctx.signal.aborted || !isMacieNotEnabled(error))
      return guardedRead(ctx, action, () => Promise.reject(error));
    const notEnabled: ReadFailure = {
      state: 'absent',
      action,
      errorCode: error instanceof Error ? error.name : 'AccessDeniedException',
      message: 'Macie is not enabled',
    };
    return notEnabled;
  }
}

/** Unarchived findings only: archived ones were dismissed or suppressed. */
const ACTIVE_FINDINGS = { criterion: { archived: { eq: ['false'] } } };

/**
 * One region's Macie: GetMacieSession first — when it answers, one GetFindingStatistics (counts by
 * severity, never a listing of findings), ListClassificationJobs across its pages and
 * GetAutomatedDiscoveryConfiguration, side by side. Four calls a region, plus job pages.
 */
export async function collectMacie2Snapshot(ctx: AwsUnitContext): Promise<Macie2RegionSnapshot> {
  const client = ctx.clients.get(Macie2Client);
  const options = { abortSignal: ctx.signal };
  const session: Read<MacieSession> = await macieRead(ctx, SESSION, async () =>
    mapSession(await client.send(new GetMacieSessionCommand({}), options)),
  );
  if (session.state !== 'available') {
    return {
      region: ctx.region,
      session,
      findings: session,
      jobs: session,
      automatedDiscovery: session,
    };
  }
  const [findings, jobs, automatedDiscovery] = await Promise.all([
    macieRead(ctx, 'macie2:GetFindingStatistics', async () =>
      severityCounts(
        (
          await client.send(
            new GetFindingStatisticsCommand({
              groupBy: 'severity.description',
              findingCriteria: ACTIVE_FINDINGS,
            }),
            options,
          )
        ).countsByGroup,
      ),
    ),
    macieRead(ctx, 'macie2:ListClassificationJobs', () =>
      collectPages(
        paginateListClassificationJobs({ client }, {}, options),
        (page) => page.items,
        (job) => mapJob(job, ctx),
        ctx.signal,
      ),
    ),
    macieRead(ctx, 'macie2:GetAutomatedDiscoveryConfiguration', async () =>
      mapAutomatedDiscovery(
        await client.send(new GetAutomatedDiscoveryConfigurationCommand({}), options),
      ),
    ),
  ]);
  return { region: ctx.region, session, findings, jobs, automatedDiscovery };
}
