import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './storage_secure_transfer_required.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_secure_transfer_required', () => {
  it('passes a compliant account and fails one that is not', () => {
    const good = account('stgood');
    const bad = account('stbad', { httpsOnly: false });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });

  it('reports nothing without storage accounts', () => {
    expect(statuses(check, snapshot([]))).toEqual({});
  });
});
