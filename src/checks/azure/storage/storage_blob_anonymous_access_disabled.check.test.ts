import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './storage_blob_anonymous_access_disabled.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_blob_anonymous_access_disabled', () => {
  it('passes a compliant account and fails one that is not', () => {
    const good = account('stgood');
    const bad = account('stbad', { allowBlobPublicAccess: true });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });

  it('reports nothing without storage accounts', () => {
    expect(statuses(check, snapshot([]))).toEqual({});
  });
});
