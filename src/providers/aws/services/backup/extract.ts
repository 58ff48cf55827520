import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { readError, type Read } from '../../read.js';
import { BACKUP_METRIC as B } from './metrics.js';
import type { BackupPlan, BackupRegionSnapshot, SelectionDetail } from './model.js';

type Value = EventDraft['metric_value'];
const DAY_MS = 86_400_000;

const errorsOf = (reads: readonly Read<unknown>[]) =>
  reads.flatMap((r) => (r.state === 'denied' || r.state === 'failed' ? [readError(r) ?? ''] : []));

function* planFacts(p: BackupPlan): Generator<[string, Value]> {
  yield [B.planName, p.name];
  if (p.lastExecutionAt) yield [B.planLastExecutionAt, p.lastExecutionAt];
  if (p.selections.state !== 'available') {
    yield [B.readError, errorsOf([p.selections])];
    return;
  }
  yield [B.selectionCount, p.selections.value.length];
  const details = p.selections.value.map((s) => s.detail);
  const errors = errorsOf(details);
  if (errors.length > 0) yield [B.readError, errors];
  const read = details.flatMap((d): SelectionDetail[] =>
    d.state === 'available' ? [d.value] : [],
  );
  if (read.length === 0) return;
  const tags = [...new Set(read.flatMap((d) => d.tagConditions))].sort();
  yield [B.selectsByTags, tags.length > 0];
  if (tags.length > 0) yield [B.selectionTagConditions, tags];
  yield [B.selectedResourceTypes, [...new Set(read.flatMap((d) => d.resourceTypes))].sort()];
}

/** Pure: the region's Backup plans, vaults and protected resources → events. */
export function* extractBackupEvents(
  snapshot: BackupRegionSnapshot,
  ctx: { accountId: string; region: string; clock: { now(): Date } },
): Generator<EventDraft> {
  const region = regionScopeId('backup', ctx.region, ctx.accountId);
  const now = ctx.clock.now().getTime();
  yield { resource_id: region, metric_type: B.planCount, metric_value: snapshot.plans.length };
  const regionErrors = errorsOf([snapshot.vaults, snapshot.protectedResources]);
  if (regionErrors.length > 0)
    yield { resource_id: region, metric_type: B.readError, metric_value: regionErrors };
  for (const p of snapshot.plans)
    for (const [metric_type, metric_value] of planFacts(p))
      yield { resource_id: p.arn, metric_type, metric_value };
  if (snapshot.vaults.state === 'available')
    for (const v of snapshot.vaults.value) {
      const fact = (metric_type: string, metric_value: Value): EventDraft => ({
        resource_id: v.arn,
        metric_type,
        metric_value,
      });
      yield fact(B.vaultName, v.name);
      yield fact(B.vaultRecoveryPoints, v.recoveryPoints);
      if (v.encryptionKeyArn) yield fact(B.vaultEncryptionKeyArn, v.encryptionKeyArn);
      if (v.encryptionKeyType)
        yield fact(B.vaultCustomerManagedKey, v.encryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY');
      yield fact(B.vaultLocked, v.locked);
      if (v.policy.state === 'available')
        yield fact(B.vaultPolicyPublic, v.policy.value.publicStatements.length > 0);
      else if (v.policy.state === 'absent') yield fact(B.vaultPolicyPublic, false);
      else yield fact(B.readError, errorsOf([v.policy]));
    }
  if (snapshot.protectedResources.state === 'available') {
    yield {
      resource_id: region,
      metric_type: B.protectedResourceCount,
      metric_value: snapshot.protectedResources.value.length,
    };
    for (const r of snapshot.protectedResources.value) {
      if (r.lastBackupAt) {
        yield { resource_id: r.arn, metric_type: B.lastBackupAt, metric_value: r.lastBackupAt };
        const days = Math.max(0, Math.floor((now - Date.parse(r.lastBackupAt)) / DAY_MS));
        yield { resource_id: r.arn, metric_type: B.daysSinceLastBackup, metric_value: days };
      }
      if (r.lastBackupVaultArn)
        yield {
          resource_id: r.arn,
          metric_type: B.lastBackupVaultArn,
          metric_value: r.lastBackupVaultArn,
        };
    }
  }
}
