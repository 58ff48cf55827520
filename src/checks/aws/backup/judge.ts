import type { CheckContext, CheckResult } from '../../../core/index.js';
import type { BackupRegionSnapshot, Vault } from '../../../providers/aws/services/backup/model.js';
import { regionScope, unreadable } from '../regional.js';

/** The vault checks' loop: an unread vault listing is one ERROR on the region, naming the call. */
export function* judgeVaults(
  snapshot: Pick<BackupRegionSnapshot, 'vaults'>,
  ctx: CheckContext,
  judge: (vault: Vault) => CheckResult,
): Generator<CheckResult> {
  if (snapshot.vaults.state !== 'available') {
    yield unreadable(regionScope('backup', ctx), 'the backup vaults', snapshot.vaults);
    return;
  }
  for (const v of snapshot.vaults.value) yield judge(v);
}
