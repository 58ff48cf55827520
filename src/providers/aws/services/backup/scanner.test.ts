import {
  BackupClient,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  ListProtectedResourcesCommand,
  type GetBackupSelectionCommandInput,
  type GetBackupVaultAccessPolicyCommandInput,
  type ListBackupPlansCommandInput,
  type ListBackupSelectionsCommandInput,
} from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  DB,
  OPEN_POLICY,
  PLAN_ARN,
  plansPage1,
  plansPage2,
  protectedResources,
  REGION,
  SELECTION_DETAIL,
  SELECTIONS,
  VAULT_ARN,
  vaults,
  VOLUME,
} from './fixtures/sdk.js';
import { BACKUP_METRIC as B, BACKUP_METRICS } from './metrics.js';
import { backupScanner } from './scanner.js';

const backup = mockClient(BackupClient);
const scan = () => scanUnit(backupScanner, REGION, [BackupClient], ACCOUNT);
const REGION_ID = regionScopeId('backup', REGION, ACCOUNT);

let planInputs: ListBackupPlansCommandInput[] = [];

beforeEach(() => {
  backup.reset();
  planInputs = [];
  backup.on(ListBackupPlansCommand).callsFake((input: ListBackupPlansCommandInput) => {
    planInputs.push({ ...input });
    return input.NextToken === 'plans-2' ? plansPage2 : plansPage1;
  });
  backup.on(ListBackupSelectionsCommand).callsFake((input: ListBackupSelectionsCommandInput) => ({
    $metadata: {},
    BackupSelectionsList: (SELECTIONS[input.BackupPlanId ?? ''] ?? []).map((s) => ({
      ...s,
      BackupPlanId: input.BackupPlanId,
    })),
  }));
  backup
    .on(GetBackupSelectionCommand)
    .callsFake(
      (input: GetBackupSelectionCommandInput) => SELECTION_DETAIL[input.SelectionId ?? ''],
    );
  backup.on(ListBackupVaultsCommand).resolves(vaults);
  backup
    .on(GetBackupVaultAccessPolicyCommand)
    .callsFake((input: GetBackupVaultAccessPolicyCommandInput) => {
      if (input.BackupVaultName === 'Default')
        return { $metadata: {}, BackupVaultName: 'Default', Policy: OPEN_POLICY };
      throw awsError('ResourceNotFoundException', 'Backup vault policy not found', 404);
    });
  backup.on(ListProtectedResourcesCommand).resolves(protectedResources);
});

describe('backupScanner', () => {
  it('lists every plan across pages, its selections, and what they select', async () => {
    const events = await scan();

    expect(planInputs).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'plans-2' }]);
    expect(valueOf(events, REGION_ID, B.planCount)).toBe(2);
    expect(valueOf(events, PLAN_ARN.daily, B.selectionCount)).toBe(2);
    expect(valueOf(events, PLAN_ARN.daily, B.selectsByTags)).toBe(true);
    expect(valueOf(events, PLAN_ARN.daily, B.selectionTagConditions)).toEqual([
      'backup=daily',
      'env=prod',
    ]);
    expect(valueOf(events, PLAN_ARN.daily, B.selectedResourceTypes)).toEqual(['ec2', 'rds']);
    expect(valueOf(events, PLAN_ARN.empty, B.selectionCount)).toBe(0);
    expect(valueOf(events, PLAN_ARN.empty, B.selectsByTags)).toBeUndefined();
    expect(backup.commandCalls(GetBackupSelectionCommand)).toHaveLength(2);
  });

  it('reports vault key, lock, recovery points and an access policy open to anyone', async () => {
    const events = await scan();

    expect(valueOf(events, VAULT_ARN.main, B.vaultRecoveryPoints)).toBe(42);
    expect(valueOf(events, VAULT_ARN.main, B.vaultCustomerManagedKey)).toBe(true);
    expect(valueOf(events, VAULT_ARN.main, B.vaultLocked)).toBe(true);
    expect(valueOf(events, VAULT_ARN.main, B.vaultPolicyPublic)).toBe(false);
    expect(valueOf(events, VAULT_ARN.open, B.vaultCustomerManagedKey)).toBe(false);
    expect(valueOf(events, VAULT_ARN.open, B.vaultLocked)).toBe(false);
    expect(valueOf(events, VAULT_ARN.open, B.vaultPolicyPublic)).toBe(true);
  });

  it('reads every protected resource’s last backup from one paginated ListProtectedResources', async () => {
    const events = await scan();

    expect(backup.commandCalls(ListProtectedResourcesCommand)).toHaveLength(1);
    expect(valueOf(events, REGION_ID, B.protectedResourceCount)).toBe(2);
    expect(valueOf(events, VOLUME, B.daysSinceLastBackup)).toBe(0);
    expect(valueOf(events, DB, B.daysSinceLastBackup)).toBe(50);
    expect(valueOf(events, DB, B.lastBackupVaultArn)).toBe(VAULT_ARN.main);
  });

  it('records denied reads as unread, naming the call, never as empty lists', async () => {
    const denied = awsError('AccessDeniedException', 'not authorized', 403);
    backup.on(ListBackupSelectionsCommand).rejects(denied);
    backup.on(ListBackupVaultsCommand).rejects(denied);
    backup.on(ListProtectedResourcesCommand).rejects(denied);

    const events = await scan();

    expect(valueOf(events, PLAN_ARN.daily, B.readError)).toEqual([
      'backup:ListBackupSelections: AccessDeniedException',
    ]);
    expect(valueOf(events, PLAN_ARN.daily, B.selectionCount)).toBeUndefined();
    expect(valueOf(events, REGION_ID, B.readError)).toEqual([
      'backup:ListBackupVaults: AccessDeniedException',
      'backup:ListProtectedResources: AccessDeniedException',
    ]);
    expect(valueOf(events, REGION_ID, B.protectedResourceCount)).toBeUndefined();
  });

  it('fails the unit when ListBackupPlans is denied, the region is not opted in, or the service is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => backup.on(ListBackupPlansCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 403),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 403),
      },
    );
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    backup.on(ListBackupVaultsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(backupScanner, BACKUP_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(backupScanner, 'regional', [['backup', backup]]);
  });
});
