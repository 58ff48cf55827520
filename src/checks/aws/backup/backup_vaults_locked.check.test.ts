import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, statuses } from '../testing.js';
import vaultLocked from './backup_vaults_locked.check.js';
import { all, DENIED, empty, hiddenVault, locked, open, snapshot } from './fixtures.js';

const REGION_ID = regionScope('backup', context());
const noVaults = snapshot({ vaults: DENIED('backup:ListBackupVaults') });

describe('backup_vaults_locked', () => {
  it('backup_vaults_locked: fails an unlocked vault with recovery points, passes an empty one', () => {
    expect(statuses(vaultLocked, all)).toEqual({
      [locked.arn]: 'PASS',
      [open.arn]: 'FAIL',
      [empty.arn]: 'PASS',
      [hiddenVault.arn]: 'PASS',
    });
    expect(statuses(vaultLocked, noVaults)).toEqual({ [REGION_ID]: 'ERROR' });
  });
});
