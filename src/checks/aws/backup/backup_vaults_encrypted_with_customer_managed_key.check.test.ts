import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, statuses } from '../testing.js';
import cmk from './backup_vaults_encrypted_with_customer_managed_key.check.js';
import { all, DENIED, empty, hiddenVault, locked, open, snapshot } from './fixtures.js';

const REGION_ID = regionScope('backup', context());
const noVaults = snapshot({ vaults: DENIED('backup:ListBackupVaults') });

describe('backup_vaults_encrypted_with_customer_managed_key', () => {
  it('backup_vaults_encrypted_with_customer_managed_key: fails an AWS key, MANUAL without a key type', () => {
    expect(statuses(cmk, all)).toEqual({
      [locked.arn]: 'PASS',
      [open.arn]: 'FAIL',
      [empty.arn]: 'PASS',
      [hiddenVault.arn]: 'MANUAL',
    });
    expect(statuses(cmk, noVaults)).toEqual({ [REGION_ID]: 'ERROR' });
  });
});
