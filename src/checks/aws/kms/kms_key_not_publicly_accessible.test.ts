import { describe, expect, it } from 'vitest';
import type { KmsKey } from '../../../providers/aws/services/kms/model.js';
import { run } from '../testing.js';
import { awsManaged, customerKey, keyArn, region } from './fixtures.js';
import check from './kms_key_not_publicly_accessible.check.js';

const policy = (publicStatements: string[], publicActions: string[] = []): KmsKey['policy'] => ({
  state: 'available',
  value: { publicStatements, publicActions, externalAccounts: [] },
});

describe('kms_key_not_publicly_accessible', () => {
  it('passes a key whose policy names its users and fails one open to everyone', () => {
    const snapshot = region([
      customerKey('payments', {}, undefined, policy([])),
      customerKey('shared', {}, undefined, policy(['AllowAll'], ['kms:Decrypt', 'kms:Encrypt'])),
    ]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: keyArn('payments'),
        status: 'PASS',
        reason: 'key alias/payments: no statement open to everyone',
      },
      {
        resource_id: keyArn('shared'),
        status: 'FAIL',
        reason: 'key alias/shared: statement AllowAll lets everyone use kms:Decrypt, kms:Encrypt',
      },
    ]);
  });

  it('leaves out AWS-managed keys and keys pending deletion', () => {
    const snapshot = region([
      awsManaged,
      customerKey('going', { state: 'PendingDeletion' }, undefined, policy(['Open'])),
    ]);
    expect(run(check, snapshot)).toEqual([]);
  });

  it('reports ERROR naming the permission when the policy was denied or not read', () => {
    const snapshot = region([
      customerKey('locked', {}, undefined, {
        state: 'denied',
        action: 'kms:GetKeyPolicy',
        errorCode: 'AccessDeniedException',
      }),
      customerKey('unread'),
    ]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: keyArn('locked'),
        status: 'ERROR',
        reason:
          'the policy of key alias/locked could not be read: kms:GetKeyPolicy was denied (AccessDeniedException)',
      },
      expect.objectContaining({ resource_id: keyArn('unread'), status: 'ERROR' }),
    ]);
  });
});
