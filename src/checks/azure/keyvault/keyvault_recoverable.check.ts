import { KEYVAULT } from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'keyvault_recoverable',
  scanner: KEYVAULT,
  reads: ['vaults'],
  resource_type: 'AzureKeyVault',
  title: 'Key vaults are recoverable (soft delete and purge protection)',
  description: 'enableSoftDelete and enablePurgeProtection are both true.',
  severity: 'high',
  risk: 'A deleted or purged vault takes its keys with it: everything they encrypt becomes unreadable.',
  remediation: {
    text: 'Enable purge protection on the vault (soft delete is on by default and cannot be turned off).',
    cli: 'az keyvault update --name VAULT --enable-purge-protection true',
    url: 'https://learn.microsoft.com/azure/key-vault/general/security-features',
  },
  compliance: { [CIS]: ['9.3.5'] },
  *evaluate(snapshot) {
    for (const v of snapshot.vaults)
      yield v.softDeleteEnabled && v.purgeProtectionEnabled
        ? pass(v.id, `${v.name} has soft delete and purge protection`)
        : fail(
            v.id,
            `${v.name} is not recoverable (soft delete ${v.softDeleteEnabled ? 'on' : 'off'}, purge protection ${v.purgeProtectionEnabled ? 'on' : 'off'})`,
          );
  },
});
