import {
  EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
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
import { EBS_METRIC as E, EBS_METRICS } from './metrics.js';
import { ebsScanner } from './scanner.js';

const mock = mockClient(EC2Client);
const REGION_ID = 'arn:aws:ec2:eu-west-1:123456789012:region/eu-west-1';
const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const scan = () =>
  drainEvents(
    ebsScanner.scan(
      unitContext(
        fakeClients(
          'eu-west-1',
          new EC2Client({ region: 'eu-west-1', credentials: FAKE_CREDENTIALS }),
        ),
      ),
    ),
  );

beforeEach(() => {
  mock.reset();
  mock
    .on(GetEbsEncryptionByDefaultCommand)
    .resolves({ EbsEncryptionByDefault: true, SseType: 'sse-ebs' })
    .on(GetEbsDefaultKmsKeyIdCommand)
    .resolves({ KmsKeyId: KEY });
});

describe('ebsScanner', () => {
  it('reads the region’s defaults in two calls', async () => {
    const events = await scan();
    const catalogue = new MetricCatalogue(EBS_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(mock.calls()).toHaveLength(2);
    expect(valueOf(events, REGION_ID, E.encryptionByDefault)).toBe(true);
    expect(valueOf(events, REGION_ID, E.defaultKmsKeyId)).toBe(KEY);
  });

  it('reports encryption off as a fact', async () => {
    mock.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });

    expect(valueOf(await scan(), REGION_ID, E.encryptionByDefault)).toBe(false);
  });

  it('records a denied default key read and goes on', async () => {
    mock.on(GetEbsDefaultKmsKeyIdCommand).rejects(awsError('UnauthorizedOperation', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, E.encryptionByDefault)).toBe(true);
    expect(valueOf(events, REGION_ID, E.defaultKmsKeyError)).toBe(
      'ec2:GetEbsDefaultKmsKeyId: UnauthorizedOperation',
    );
  });

  it('records a denied GetEbsEncryptionByDefault instead of failing the unit', async () => {
    mock
      .on(GetEbsEncryptionByDefaultCommand)
      .rejects(awsError('UnauthorizedOperation', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, E.encryptionByDefault)).toBeUndefined();
    expect(valueOf(events, REGION_ID, E.encryptionByDefaultError)).toBe(
      'ec2:GetEbsEncryptionByDefault: UnauthorizedOperation',
    );
    expect(valueOf(events, REGION_ID, E.defaultKmsKeyId)).toBe(KEY);
  });

  it('goes on when the API answers an HTML 500 (a partition or an emulator without it)', async () => {
    const html = Object.assign(
      new Error('@aws-sdk XML parse error: mismatched tags <html> and </title>.'),
      {
        $metadata: { httpStatusCode: 500 },
      },
    );
    mock.on(GetEbsDefaultKmsKeyIdCommand).rejects(html);

    const events = await scan();

    expect(valueOf(events, REGION_ID, E.encryptionByDefault)).toBe(true);
    expect(valueOf(events, REGION_ID, E.defaultKmsKeyError)).toBe(
      'ec2:GetEbsDefaultKmsKeyId: ServiceUnavailable',
    );
  });

  it('declares exactly the calls it makes', async () => {
    await scan();
    expect([...ebsScanner.permissions].sort()).toEqual(calledActions('ec2', mock.calls()));
  });
});
