import type { CheckDefinition } from '../../../core/index.js';
import {
  judgedItems,
  KEYVAULT,
  withoutExpiration,
  type KeyVaultSnapshot,
} from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export interface ExpirationRule {
  id: string;
  /** What the check lists on each vault's data plane. */
  items: 'keys' | 'secrets';
  /** The vaults it judges: those on Azure RBAC, or those on access policies. */
  rbac: boolean;
  control: string;
}

/** Names shown in a reason before `and N more`. */
const SHOWN = 10;

const listed = (names: readonly string[]) =>
  names.length <= SHOWN
    ? names.join(', ')
    : `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more`;

/**
 * CIS 9.3.1–9.3.4: every enabled key (or secret) of the vaults of one permission model has an
 * expiration date. Disabled items are not in use and certificate-managed ones expire with their
 * certificate: neither is judged. Vaults of the other model are not evaluated; a vault whose
 * listing was refused (its firewall, no role or access policy) is ERROR naming the call.
 */
export function expirationCheck(rule: ExpirationRule): CheckDefinition<KeyVaultSnapshot> {
  const noun = rule.items === 'keys' ? 'key' : 'secret';
  const model = rule.rbac ? 'RBAC' : 'non-RBAC';
  const access = rule.rbac
    ? `a role with the ${rule.items === 'keys' ? 'Microsoft.KeyVault/vaults/keys/read' : 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'} data action (Key Vault Reader)`
    : `an access policy granting List on ${rule.items}`;
  return defineCheck({
    id: rule.id,
    scanner: KEYVAULT,
    reads: [rule.items === 'keys' ? 'vaults.keys' : 'vaults.secrets'],
    resource_type: 'AzureKeyVault',
    title: `${noun === 'key' ? 'Keys' : 'Secrets'} in ${model} key vaults have an expiration date`,
    description: `Every enabled ${noun} of a vault using ${rule.rbac ? 'Azure RBAC' : 'access policies'} has an expiration date (attributes.exp), read from the vault's data plane (GET {vaultUri}/${rule.items}, properties only${rule.items === 'secrets' ? ', no secret value' : ''}). Certificate-managed ${rule.items} are left out. The scanning identity needs ${access}, and the vault's firewall must admit it.`,
    severity: 'high',
    risk:
      rule.items === 'keys'
        ? 'A key that never expires stays usable long after it should have been rotated: one leak or misuse lasts indefinitely.'
        : 'A secret that never expires (a password, a connection string) stays valid indefinitely once leaked, and nothing prompts its rotation.',
    remediation: {
      text: `Set an expiration date on each ${noun} listed (and rotate it before then)${rule.items === 'keys' ? ', or give the key a rotation policy setting its expiry' : ''}.`,
      cli: `az keyvault ${noun} set-attributes --vault-name VAULT --name ${noun.toUpperCase()} --expires 2027-01-01T00:00:00Z`,
      url: 'https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates',
    },
    compliance: { [CIS]: [rule.control] },
    *evaluate(snapshot) {
      for (const v of snapshot.vaults) {
        if (v.rbacAuthorization !== rule.rbac) continue;
        const read = v[rule.items];
        if (read.state !== 'available') {
          yield unreadResult(v.id, `${v.name}'s ${rule.items}`, read);
          continue;
        }
        const judged = judgedItems(read.value);
        const missing = withoutExpiration(read.value).map((i) => i.name);
        yield missing.length === 0
          ? pass(
              v.id,
              judged.length === 0
                ? `${v.name} has no enabled ${rule.items} to expire`
                : `all ${judged.length} enabled ${rule.items} of ${v.name} have an expiration date`,
            )
          : fail(
              v.id,
              `${missing.length} of ${judged.length} enabled ${rule.items} of ${v.name} have no expiration date: ${listed(missing)}`,
            );
      }
    },
  });
}
