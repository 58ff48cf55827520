import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsClientPool, boundClients } from '../../client-factory.js';
import { awsError } from '../../testing/mock-calls.js';
import { FAKE_CREDENTIALS, unitContext } from '../../testing/unit-context.js';
import { readOrganization } from './organization.js';

const organizations = mockClient(OrganizationsClient);
const ORGANIZATION = {
  Id: 'o-a1b2c3d4e5',
  Arn: 'arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5',
  MasterAccountId: '111122223333',
};
let pool: AwsClientPool;

beforeEach(() => {
  organizations.reset();
  organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
  organizations.on(ListAccountsCommand).resolves({
    Accounts: [{ Id: '111122223333' }, { Id: '444455556666' }],
  });
  pool = new AwsClientPool(async () => FAKE_CREDENTIALS, {
    maxAttempts: 1,
    observer: { onCall: () => {} },
    account: () => '444455556666',
  });
});
afterEach(() => pool.close());

/** A unit of the pool's account (IAM's or S3's), with its own signal. */
const unit = (signal = new AbortController().signal) => ({
  ...unitContext(boundClients(pool, 'us-east-1'), '444455556666'),
  signal,
});

describe('readOrganization', () => {
  it('reads the organization once for every unit of the account', async () => {
    const [iam, s3] = await Promise.all([readOrganization(unit()), readOrganization(unit())]);
    expect(iam).toEqual({
      state: 'available',
      value: {
        id: 'o-a1b2c3d4e5',
        managementAccountId: '111122223333',
        accounts: { state: 'available', value: ['111122223333', '444455556666'] },
      },
    });
    expect(s3).toEqual(iam);
    expect(organizations.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(1);
  });

  it('reads again for a unit whose sharer was cancelled, and after a failed read', async () => {
    const cancelled = new AbortController();
    let cancelFirst = () => {};
    organizations.reset();
    organizations
      .on(DescribeOrganizationCommand)
      .callsFakeOnce(
        () =>
          new Promise((_, reject) => {
            cancelFirst = () => {
              cancelled.abort();
              reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }));
            };
          }),
      )
      .resolves({ Organization: ORGANIZATION });
    organizations.on(ListAccountsCommand).resolves({ Accounts: [] });
    const first = readOrganization(unit(cancelled.signal));
    const second = readOrganization(unit());
    await new Promise((resolve) => setTimeout(resolve, 10));
    cancelFirst();
    await expect(first).rejects.toThrow('aborted');
    expect((await second).state).toBe('available');
    expect(organizations.commandCalls(DescribeOrganizationCommand)).toHaveLength(2);

    organizations.reset();
    organizations
      .on(DescribeOrganizationCommand)
      .rejectsOnce(awsError('TooManyRequestsException', 'slow down', 400))
      .resolves({ Organization: ORGANIZATION });
    organizations.on(ListAccountsCommand).resolves({ Accounts: [] });
    const other = new AwsClientPool(async () => FAKE_CREDENTIALS, {
      maxAttempts: 1,
      observer: { onCall: () => {} },
      account: () => '444455556666',
    });
    try {
      const ctx = () => ({
        ...unitContext(boundClients(other, 'us-east-1'), '444455556666'),
        signal: new AbortController().signal,
      });
      expect((await readOrganization(ctx())).state).toBe('error');
      expect((await readOrganization(ctx())).state).toBe('available');
    } finally {
      other.close();
    }
  });
});
