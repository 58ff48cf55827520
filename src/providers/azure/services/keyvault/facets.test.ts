import { describe, expect, it } from 'vitest';
import { keyVaultScanner } from './scanner.js';
import { wantedFacets } from '../../../../scanning/facets.js';
import { AZURE_CHECKS } from '../../../../checks/azure/index.js';

const wanted = (checks: string[]) =>
  [...(wantedFacets(keyVaultScanner, { checks }, AZURE_CHECKS) as ReadonlySet<string>)].sort();

describe('the expiration checks’ reads', () => {
  it('make a selection list only the vault items its checks judge', () => {
    expect(wanted(['keyvault_rbac_key_expiration_set'])).toEqual(['vaults.keys']);
    expect(
      wanted(['keyvault_rbac_secret_expiration_set', 'keyvault_non_rbac_secret_expiration_set']),
    ).toEqual(['vaults.secrets']);
    // No keyvault check selected: no data-plane call at all.
    expect(wanted(['keyvault_nonexistent'])).toEqual([]);
  });
});
