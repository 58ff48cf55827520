import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, statuses } from '../testing.js';
import publicVault from './backup_vaults_not_publicly_accessible.check.js';
import { all, DENIED, empty, hiddenVault, locked, open, snapshot } from './fixtures.js';

const REGION_ID = regionScope('backup', context());
const noVaults = snapshot({ vaults: DENIED('backup:ListBackupVaults') });

describe('backup_vaults_not_publicly_accessible', () => {
  it('backup_vaults_not_publicly_accessible: fails an open policy, passes none, ERROR when unread', () => {
    expect(statuses(publicVault, all)).toEqual({
      [locked.arn]: 'PASS',
      [open.arn]: 'FAIL',
      [empty.arn]: 'PASS',
      [hiddenVault.arn]: 'ERROR',
    });
    expect(statuses(publicVault, noVaults)).toEqual({ [REGION_ID]: 'ERROR' });
  });
});
