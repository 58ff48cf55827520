import { describe, expect, it } from 'vitest';
import { ALL_BLOCKED, configured, denied, NONE, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './s3_account_level_public_access_blocks.check.js';

const ACCOUNT = 'arn:aws:iam::123456789012:root';

describe('s3_account_level_public_access_blocks', () => {
  it('passes with all four settings on', () => {
    expect(run(check, snapshot([], configured(ALL_BLOCKED)))).toMatchObject([
      { resource_id: ACCOUNT, status: 'PASS' },
    ]);
  });

  it('fails naming the settings that are off, or the missing configuration', () => {
    const partial = configured({
      ...ALL_BLOCKED,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    expect(run(check, snapshot([], partial))[0]?.reason).toBe(
      'account-level BlockPublicPolicy, RestrictPublicBuckets off',
    );
    expect(run(check, snapshot([], NONE))[0]?.status).toBe('FAIL');
  });

  it('reports ERROR naming s3:GetAccountPublicAccessBlock when the read is denied', () => {
    expect(run(check, snapshot([], denied('S3Control.GetPublicAccessBlock')))[0]).toEqual({
      resource_id: ACCOUNT,
      status: 'ERROR',
      reason:
        'the account Block Public Access configuration could not be read: s3:GetAccountPublicAccessBlock was denied (AccessDenied)',
    });
  });
});
