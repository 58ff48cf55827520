import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
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
import { collectConfigSnapshot } from './collector.js';
import * as fx from './fixtures/sdk.js';
import { CONFIG_METRIC as C, CONFIG_METRICS } from './metrics.js';
import { configScanner } from './scanner.js';

const mock = mockClient(ConfigServiceClient);
const REGION_ID = 'arn:aws:config:eu-west-1:123456789012:region/eu-west-1';
const context = () =>
  unitContext(
    fakeClients(
      fx.REGION,
      new ConfigServiceClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
    ),
  );
const scan = () => drainEvents(configScanner.scan(context()));

beforeEach(() => {
  mock.reset();
  mock
    .on(DescribeConfigurationRecordersCommand)
    .resolves(fx.recorders)
    .on(DescribeConfigurationRecorderStatusCommand)
    .resolves(fx.statuses)
    .on(DescribeDeliveryChannelsCommand)
    .resolves(fx.deliveryChannels);
});

describe('configScanner', () => {
  it('reads the region in three calls and keeps the account’s recorder only', async () => {
    const snapshot = await collectConfigSnapshot(context());

    expect(mock.calls()).toHaveLength(3);
    expect(snapshot.recorders).toEqual([
      {
        name: 'default',
        arn: 'arn:aws:config:eu-west-1:123456789012:configuration-recorder/default/abcd1234',
        allSupported: true,
        includeGlobalResourceTypes: true,
        recordingFrequency: 'CONTINUOUS',
      },
    ]);
  });

  it('describes the recorder on the region', async () => {
    const events = await scan();
    const catalogue = new MetricCatalogue(CONFIG_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(valueOf(events, REGION_ID, C.recorderCount)).toBe(1);
    expect(valueOf(events, REGION_ID, C.recording)).toBe(true);
    expect(valueOf(events, REGION_ID, C.recordsAllResources)).toBe(true);
    expect(valueOf(events, REGION_ID, C.recordsGlobalResources)).toBe(true);
    expect(valueOf(events, REGION_ID, C.lastStatus)).toBe('Success');
    expect(valueOf(events, REGION_ID, C.deliveryChannelCount)).toBe(1);
  });

  it('reports a region where AWS Config was never set up as a fact', async () => {
    mock
      .on(DescribeConfigurationRecordersCommand)
      .resolves({ $metadata: {}, ConfigurationRecorders: [] })
      .on(DescribeConfigurationRecorderStatusCommand)
      .resolves({ $metadata: {}, ConfigurationRecordersStatus: [] })
      .on(DescribeDeliveryChannelsCommand)
      .resolves({ $metadata: {}, DeliveryChannels: [] });

    const events = await scan();

    expect(valueOf(events, REGION_ID, C.recorderCount)).toBe(0);
    expect(valueOf(events, REGION_ID, C.recording)).toBeUndefined();
    expect(valueOf(events, REGION_ID, C.deliveryChannelCount)).toBe(0);
  });

  it('records a denied status read and goes on', async () => {
    mock
      .on(DescribeConfigurationRecorderStatusCommand)
      .rejects(awsError('AccessDeniedException', 'denied', 403));

    const snapshot = await collectConfigSnapshot(context());
    const events = await scan();

    expect(snapshot.statuses).toMatchObject({
      state: 'denied',
      action: 'config:DescribeConfigurationRecorderStatus',
      errorCode: 'AccessDeniedException',
    });
    expect(valueOf(events, REGION_ID, C.statusError)).toBe(
      'config:DescribeConfigurationRecorderStatus: AccessDeniedException',
    );
    expect(valueOf(events, REGION_ID, C.recordsAllResources)).toBe(true);
  });

  it('fails the unit when the recorders themselves are denied', async () => {
    mock
      .on(DescribeConfigurationRecordersCommand)
      .rejects(awsError('AccessDeniedException', 'denied', 403));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('is a regional scanner whose permissions are exactly the calls it makes', async () => {
    await scan();
    expect(configScanner.scope).toBe('regional');
    expect([...configScanner.permissions].sort()).toEqual(calledActions('config', mock.calls()));
  });
});
