import {
  BackupClient,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  paginateListBackupPlans,
  paginateListBackupSelections,
  paginateListBackupVaults,
  paginateListProtectedResources,
} from '@aws-sdk/client-backup';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read } from '../../read.js';
import {
  judgeVaultPolicy,
  mapPlan,
  mapProtectedResource,
  mapSelectionDetail,
  mapVault,
} from './mapper.js';
import type { BackupPlan, BackupRegionSnapshot, Selection, Vault } from './model.js';

/** The list calls return at most 1,000 items a page. */
const PAGE_SIZE = 1000;
/**
 * ListBackupSelections is per plan, GetBackupSelection and GetBackupVaultAccessPolicy per
 * selection and vault: AWS Backup has no batch form of any. At most this many run at once.
 */
const CONCURRENCY = 5;
const GONE = ['ResourceNotFoundException'];

/**
 * One region's AWS Backup: ListBackupPlans (the unit fails only if it fails), each plan's
 * selections and what they select, ListBackupVaults with each vault's access policy, and
 * ListProtectedResources (one paginated call: every protected resource's last backup).
 */
export async function collectBackupSnapshot(ctx: AwsUnitContext): Promise<BackupRegionSnapshot> {
  const client = ctx.clients.get(BackupClient);
  const options = { abortSignal: ctx.signal };
  const config = { client, pageSize: PAGE_SIZE };
  // Plans on one limiter, the per-selection and per-vault reads on another (no nested wait).
  const outer = pLimit(CONCURRENCY);
  const inner = pLimit(CONCURRENCY);

  const listedPlans = await collectPages(
    paginateListBackupPlans(config, {}, options),
    (p) => p.BackupPlansList,
    mapPlan,
    ctx.signal,
  );

  const readSelections = async (planId: string) => {
    const listed = await guardedRead(ctx, 'backup:ListBackupSelections', () =>
      collectPages(
        paginateListBackupSelections(config, { BackupPlanId: planId }, options),
        (p) => p.BackupSelectionsList,
        (s) => (s.SelectionId ? s : undefined),
        ctx.signal,
      ),
    );
    if (listed.state !== 'available') return listed;
    const selections = await Promise.all(
      listed.value.map(async (s): Promise<Selection> => ({
        id: s.SelectionId!,
        name: s.SelectionName ?? s.SelectionId!,
        ...(s.IamRoleArn ? { iamRoleArn: s.IamRoleArn } : {}),
        detail: await inner(() =>
          guardedRead(
            ctx,
            'backup:GetBackupSelection',
            async () =>
              mapSelectionDetail(
                (
                  await client.send(
                    new GetBackupSelectionCommand({
                      BackupPlanId: planId,
                      SelectionId: s.SelectionId,
                    }),
                    options,
                  )
                ).BackupSelection,
              ),
            { absentCodes: GONE },
          ),
        ),
      })),
    );
    return { state: 'available' as const, value: selections };
  };

  const readVaults = async (): Promise<Read<Vault[]>> => {
    const listed = await guardedRead(ctx, 'backup:ListBackupVaults', () =>
      collectPages(
        paginateListBackupVaults(config, {}, options),
        (p) => p.BackupVaultList,
        mapVault,
        ctx.signal,
      ),
    );
    if (listed.state !== 'available') return listed;
    const value = await Promise.all(
      listed.value.map(async (v): Promise<Vault> => ({
        ...v,
        policy: await inner(() =>
          guardedRead(
            ctx,
            'backup:GetBackupVaultAccessPolicy',
            async () =>
              judgeVaultPolicy(
                (
                  await client.send(
                    new GetBackupVaultAccessPolicyCommand({ BackupVaultName: v.name }),
                    options,
                  )
                ).Policy,
              ),
            { absentCodes: GONE },
          ),
        ),
      })),
    );
    return { state: 'available', value };
  };

  const [plans, vaults, protectedResources] = await Promise.all([
    Promise.all(
      listedPlans.map(async (p): Promise<BackupPlan> => ({
        ...p,
        selections: await outer(() => readSelections(p.id)),
      })),
    ),
    readVaults(),
    guardedRead(ctx, 'backup:ListProtectedResources', () =>
      collectPages(
        paginateListProtectedResources(config, {}, options),
        (p) => p.Results,
        mapProtectedResource,
        ctx.signal,
      ),
    ),
  ]);
  return { region: ctx.region, plans, vaults, protectedResources };
}
