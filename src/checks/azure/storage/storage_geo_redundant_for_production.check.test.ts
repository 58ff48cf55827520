import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './storage_geo_redundant_for_production.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_geo_redundant_for_production', () => {
  it('fails LRS and ZRS production accounts, passes GZRS ones, ignores the others', () => {
    const geo = account('stgeo', { production: true });
    const local = account('stlocal', { production: true, sku: 'Standard_LRS', replication: 'LRS' });
    const zone = account('stzone', { production: true, sku: 'Standard_ZRS', replication: 'ZRS' });
    const dev = account('stdev', { sku: 'Standard_LRS', replication: 'LRS' });
    expect(statuses(check, snapshot([geo, local, zone, dev]))).toEqual({
      [geo.id]: 'PASS',
      [local.id]: 'FAIL',
      [zone.id]: 'FAIL',
    });
  });
});
