import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './dynamodb_table_cmk_encryption.check.js';
import { AWS_KEY, CMK, DENIED, snapshot, table } from './fixtures.js';

describe('dynamodb_table_cmk_encryption', () => {
  it('passes a customer key, fails DynamoDB’s own key and the AWS managed key', () => {
    const cmk = table('orders');
    const owned = table('sessions', { encryption: { type: 'aws_owned' } });
    const managed = table('audit', { encryption: { type: 'kms', kmsKeyArn: AWS_KEY } });

    expect(run(check, snapshot([cmk, owned, managed]))).toEqual([
      {
        resource_id: cmk.arn,
        status: 'PASS',
        reason: `orders is encrypted with customer managed key ${CMK}`,
      },
      {
        resource_id: owned.arn,
        status: 'FAIL',
        reason: 'sessions is encrypted with a key DynamoDB owns, not a customer managed key',
      },
      {
        resource_id: managed.arn,
        status: 'FAIL',
        reason: `audit is encrypted with the AWS managed key ${AWS_KEY}`,
      },
    ]);
  });

  it('is ERROR naming DescribeKey when the key could not be described', () => {
    const s = snapshot([table('orders')]);
    s.keyManagers[CMK] = DENIED('kms:DescribeKey');
    expect(run(check, s)).toEqual([
      {
        resource_id: table('orders').arn,
        status: 'ERROR',
        reason:
          'the KMS key of orders could not be read: kms:DescribeKey was denied (AccessDeniedException) — not authorized to perform this action',
      },
    ]);
  });
});
