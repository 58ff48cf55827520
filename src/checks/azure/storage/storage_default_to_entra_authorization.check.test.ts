import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './storage_default_to_entra_authorization.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_default_to_entra_authorization', () => {
  it('passes a compliant account and fails one that is not', () => {
    const good = account('stgood');
    const bad = account('stbad', { defaultToOAuthAuthentication: false });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });

  it('reports nothing without storage accounts', () => {
    expect(statuses(check, snapshot([]))).toEqual({});
  });
});
