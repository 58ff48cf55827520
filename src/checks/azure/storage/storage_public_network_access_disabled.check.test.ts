import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './storage_public_network_access_disabled.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_public_network_access_disabled', () => {
  it('passes a compliant account and fails one that is not', () => {
    const good = account('stgood');
    const bad = account('stbad', { publicNetworkAccess: 'Enabled' });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });

  it('reports nothing without storage accounts', () => {
    expect(statuses(check, snapshot([]))).toEqual({});
  });
});
