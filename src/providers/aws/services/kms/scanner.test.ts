import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import { awsError, calledActions } from '../../testing/mock-calls.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { collectKmsSnapshot } from './collector.js';
import * as fx from './fixtures/sdk.js';
import { KMS_METRIC as K, KMS_METRICS } from './metrics.js';
import { kmsScanner } from './scanner.js';

const mock = mockClient(KMSClient);
const REGION_ID = 'arn:aws:kms:eu-west-1:123456789012:region/eu-west-1';
const context = () =>
  unitContext(
    fakeClients(fx.REGION, new KMSClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS })),
  );
const scan = () => drainEvents(kmsScanner.scan(context()));
let markers: (string | undefined)[] = [];

beforeEach(() => {
  mock.reset();
  markers = [];
  mock
    .on(ListKeysCommand)
    .callsFake((input: { Marker?: string }) => {
      markers.push(input.Marker);
      return input.Marker === 'keys-page-2' ? fx.listKeysPage2 : fx.listKeysPage1;
    })
    .on(ListAliasesCommand)
    .resolves(fx.listAliases)
    .on(DescribeKeyCommand)
    .callsFake((input: { KeyId: string }) => {
      const answer = fx.describeKey[input.KeyId];
      if (!answer) throw awsError('NotFoundException', `Key '${input.KeyId}' does not exist`);
      return answer;
    })
    .on(GetKeyRotationStatusCommand)
    .callsFake((input: { KeyId: string }) => {
      const answer = fx.rotationStatus[input.KeyId];
      if (!answer) throw new Error(`unexpected rotation read for ${input.KeyId}`);
      return answer;
    })
    .on(GetKeyPolicyCommand)
    .callsFake((input: { KeyId: string; PolicyName?: string }) => {
      const answer = fx.keyPolicy[input.KeyId];
      if (!answer || input.PolicyName !== 'default')
        throw awsError('NotFoundException', `Key '${input.KeyId}' does not exist`);
      return answer;
    });
});

describe('kmsScanner collection', () => {
  it('pages through keys 1,000 at a time and skips AWS-managed keys by alias', async () => {
    await collectKmsSnapshot(context());

    expect(markers).toEqual([undefined, 'keys-page-2']);
    expect(mock.commandCalls(ListKeysCommand)[0]!.args[0].input.Limit).toBe(1000);
    const described = mock.commandCalls(DescribeKeyCommand).map((c) => c.args[0].input.KeyId);
    expect(described).not.toContain(fx.ARN.awsEbs);
    expect(described).toHaveLength(5);
  });

  it('reads rotation only for enabled or disabled customer symmetric keys with KMS material', async () => {
    await collectKmsSnapshot(context());

    const rotated = mock
      .commandCalls(GetKeyRotationStatusCommand)
      .map((c) => c.args[0].input.KeyId);
    expect(rotated.sort()).toEqual([fx.ARN.rotating, fx.ARN.stale].sort());
  });

  it('describes every key when the aliases are denied', async () => {
    mock.on(ListAliasesCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    const snapshot = await collectKmsSnapshot(context());

    expect(mock.commandCalls(DescribeKeyCommand)).toHaveLength(6);
    expect(snapshot.aliases).toMatchObject({ state: 'denied', action: 'kms:ListAliases' });
  });

  it('records a denied rotation read on the key and goes on', async () => {
    mock
      .on(GetKeyRotationStatusCommand, { KeyId: fx.ARN.stale })
      .rejects(awsError('AccessDeniedException', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, fx.ARN.stale, K.readError)).toBe(
      'kms:GetKeyRotationStatus: AccessDeniedException',
    );
    expect(valueOf(events, fx.ARN.stale, K.rotationEnabled)).toBeUndefined();
    expect(valueOf(events, fx.ARN.rotating, K.rotationEnabled)).toBe(true);
  });

  it('reads the key policy of every customer-managed key, once, and never of an AWS-managed one', async () => {
    await collectKmsSnapshot(context());
    const asked = mock.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input.KeyId);
    expect(asked.sort()).toEqual(
      [fx.ARN.rotating, fx.ARN.stale, fx.ARN.signing, fx.ARN.doomed, fx.ARN.imported].sort(),
    );
  });

  it('records a denied policy read with the rotation read on one line', async () => {
    mock
      .on(GetKeyRotationStatusCommand, { KeyId: fx.ARN.stale })
      .rejects(awsError('AccessDeniedException', 'denied', 403))
      .on(GetKeyPolicyCommand, { KeyId: fx.ARN.stale, PolicyName: 'default' })
      .rejects(awsError('AccessDeniedException', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, fx.ARN.stale, K.readError)).toBe(
      'kms:GetKeyRotationStatus: AccessDeniedException; kms:GetKeyPolicy: AccessDeniedException',
    );
    expect(valueOf(events, fx.ARN.stale, K.policyPublicStatements)).toBeUndefined();
  });

  it('records a key deleted between the list and DescribeKey', async () => {
    mock
      .on(DescribeKeyCommand, { KeyId: fx.ARN.signing })
      .rejects(awsError('NotFoundException', 'gone'));

    const events = await scan();

    expect(valueOf(events, fx.ARN.signing, K.readError)).toBe('kms:DescribeKey: NotFoundException');
  });

  it('fails the unit when ListKeys is denied', async () => {
    mock.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});

describe('kmsScanner facts', () => {
  it('describes keys, their rotation and deletion', async () => {
    const events = await scan();
    const catalogue = new MetricCatalogue(KMS_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(valueOf(events, fx.ARN.awsEbs, K.keyManager)).toBe('AWS');
    expect(valueOf(events, fx.ARN.awsEbs, K.aliases)).toEqual(['alias/aws/ebs']);
    expect(valueOf(events, fx.ARN.rotating, K.aliases)).toEqual(['alias/payments']);
    expect(valueOf(events, fx.ARN.rotating, K.rotationPeriodDays)).toBe(365);
    expect(valueOf(events, fx.ARN.stale, K.rotationEnabled)).toBe(false);
    expect(valueOf(events, fx.ARN.signing, K.keySpec)).toBe('RSA_2048');
    expect(valueOf(events, fx.ARN.signing, K.rotationEnabled)).toBeUndefined();
    expect(valueOf(events, fx.ARN.doomed, K.keyState)).toBe('PendingDeletion');
    expect(valueOf(events, fx.ARN.doomed, K.deletionDate)).toBe('2026-11-27T00:00:00.000Z');
    expect(valueOf(events, fx.ARN.imported, K.keyOrigin)).toBe('EXTERNAL');
    expect(valueOf(events, REGION_ID, K.customerManagedKeyCount)).toBe(5);
    expect(valueOf(events, fx.ARN.rotating, K.policyPublicStatements)).toEqual([]);
    expect(valueOf(events, fx.ARN.rotating, K.policyExternalAccounts)).toEqual([]);
    expect(valueOf(events, fx.ARN.signing, K.policyPublicStatements)).toEqual(['PublicVerify']);
    expect(valueOf(events, fx.ARN.signing, K.policyPublicActions)).toEqual([
      'kms:GetPublicKey',
      'kms:Verify',
    ]);
    expect(valueOf(events, fx.ARN.signing, K.policyExternalAccounts)).toEqual(['444455556666']);
    expect(valueOf(events, fx.ARN.awsEbs, K.policyPublicStatements)).toBeUndefined();
  });

  it('is a regional scanner whose permissions are exactly the calls it makes', async () => {
    await scan();
    expect(kmsScanner.scope).toBe('regional');
    expect([...kmsScanner.permissions].sort()).toEqual(calledActions('kms', mock.calls()));
  });
});
