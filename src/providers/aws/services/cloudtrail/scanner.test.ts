import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue, type EventDraft } from '../../../../core/index.js';
import { awsError, calledActions } from '../../testing/mock-calls.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { collectCloudTrailSnapshot } from './collector.js';
import * as fx from './fixtures/sdk.js';
import { CLOUDTRAIL_METRIC as C, CLOUDTRAIL_METRICS } from './metrics.js';
import { cloudtrailScanner } from './scanner.js';

const mock = mockClient(CloudTrailClient);
const REGION_ID = 'arn:aws:cloudtrail:eu-west-1:123456789012:region/eu-west-1';

const context = () =>
  unitContext(
    fakeClients(
      fx.REGION,
      new CloudTrailClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
    ),
  );
const scan = (): Promise<EventDraft[]> => drainEvents(cloudtrailScanner.scan(context()));

beforeEach(() => {
  mock.reset();
  mock
    .on(DescribeTrailsCommand)
    .resolves(fx.describeTrails)
    .on(GetTrailStatusCommand)
    .callsFake((input: { Name: string }) => {
      const answer = fx.trailStatus[input.Name];
      if (!answer) throw awsError('TrailNotFoundException', `Unknown trail: ${input.Name}`);
      return answer;
    })
    .on(GetEventSelectorsCommand)
    .callsFake((input: { TrailName: string }) => {
      const answer = fx.eventSelectors[input.TrailName];
      if (!answer) throw awsError('TrailNotFoundException', `Unknown trail: ${input.TrailName}`);
      return answer;
    });
});

describe('cloudtrailScanner collection', () => {
  it('lists trails once with shadow trails, and reads status and selectors of home trails only', async () => {
    const snapshot = await collectCloudTrailSnapshot(context());

    expect(mock.commandCalls(DescribeTrailsCommand)).toHaveLength(1);
    expect(mock.commandCalls(DescribeTrailsCommand)[0]!.args[0].input).toEqual({
      includeShadowTrails: true,
    });
    const statusFor = mock.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input.Name);
    expect(statusFor.sort()).toEqual([fx.ARN.app, fx.ARN.audit].sort());
    expect(mock.commandCalls(GetEventSelectorsCommand)).toHaveLength(2);
    expect(snapshot.trails.map((t) => t.name).sort()).toEqual(['app-writes', 'audit-all-regions']);
    expect(snapshot.multiRegionElsewhere).toEqual([
      {
        arn: fx.ARN.usEast,
        name: 'legacy-global',
        homeRegion: 'us-east-1',
        multiRegion: true,
        organizationTrail: false,
      },
    ]);
  });

  it('reports a region without any trail as a fact, not an error', async () => {
    mock.on(DescribeTrailsCommand).resolves({ $metadata: {}, trailList: [] });

    const events = await scan();

    expect(valueOf(events, REGION_ID, C.trailCount)).toBe(0);
    expect(valueOf(events, REGION_ID, C.multiRegionTrailCount)).toBe(0);
    expect(mock.commandCalls(GetTrailStatusCommand)).toHaveLength(0);
  });

  it('fails the unit when DescribeTrails is denied', async () => {
    mock.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('records a denied GetTrailStatus on the trail and goes on', async () => {
    mock
      .on(GetTrailStatusCommand, { Name: fx.ARN.app })
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));

    const snapshot = await collectCloudTrailSnapshot(context());
    const app = snapshot.trails.find((t) => t.arn === fx.ARN.app)!;

    expect(app.status).toMatchObject({
      state: 'denied',
      action: 'cloudtrail:GetTrailStatus',
      errorCode: 'AccessDeniedException',
    });
    const events = await scan();
    expect(valueOf(events, fx.ARN.app, C.statusError)).toBe(
      'cloudtrail:GetTrailStatus: AccessDeniedException',
    );
    expect(valueOf(events, fx.ARN.app, C.isLogging)).toBeUndefined();
    expect(valueOf(events, fx.ARN.audit, C.isLogging)).toBe(true);
  });

  it('records a trail deleted between the list and its reads', async () => {
    mock
      .on(GetEventSelectorsCommand, { TrailName: fx.ARN.app })
      .rejects(awsError('TrailNotFoundException', 'Unknown trail'));

    const events = await scan();

    expect(valueOf(events, fx.ARN.app, C.eventSelectorsError)).toBe(
      'cloudtrail:GetEventSelectors: TrailNotFoundException',
    );
  });

  it('degrades the facet, not the unit, on an unexpected error from a secondary read', async () => {
    mock.on(GetTrailStatusCommand).rejects(awsError('InternalFailure', 'boom', 500));

    const events = await scan();

    expect(valueOf(events, fx.ARN.app, C.statusError)).toBe(
      'cloudtrail:GetTrailStatus: InternalFailure',
    );
    expect(valueOf(events, fx.ARN.app, C.isLogging)).toBeUndefined();
  });

  it('still fails when the listing itself fails', async () => {
    mock.on(DescribeTrailsCommand).rejects(awsError('InternalFailure', 'boom', 500));

    await expect(scan()).rejects.toMatchObject({ name: 'InternalFailure' });
  });
});

describe('cloudtrailScanner facts', () => {
  let events: EventDraft[];
  beforeEach(async () => {
    events = await scan();
  });

  it('declares every metric it emits, with the value type it emits', () => {
    const catalogue = new MetricCatalogue(CLOUDTRAIL_METRICS);
    for (const event of events) {
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
    }
  });

  it('describes a trail from its home region and never a shadow trail', () => {
    const id = fx.ARN.audit;
    expect(valueOf(events, id, C.multiRegion)).toBe(true);
    expect(valueOf(events, id, C.isLogging)).toBe(true);
    expect(valueOf(events, id, C.logFileValidationEnabled)).toBe(true);
    expect(valueOf(events, id, C.kmsEncryptionEnabled)).toBe(true);
    expect(valueOf(events, id, C.kmsKeyId)).toBe(fx.KMS_KEY);
    expect(valueOf(events, id, C.cloudWatchLogsLogGroupArn)).toBe(fx.AUDIT_LOG_GROUP);
    expect(valueOf(events, id, C.s3BucketName)).toBe('acme-cloudtrail-logs');
    expect(valueOf(events, id, C.managementEvents)).toEqual({ read: true, write: true });
    expect(valueOf(events, id, C.s3ObjectEvents)).toEqual({
      read_all_buckets: true,
      write_all_buckets: true,
      some_buckets: false,
    });
    expect(events.some((e) => e.resource_id === fx.ARN.usEast)).toBe(false);
    expect(valueOf(events, REGION_ID, C.trailCount)).toBe(2);
    expect(valueOf(events, REGION_ID, C.multiRegionTrailCount)).toBe(2);
  });

  it('reports what a weak trail lacks', () => {
    const id = fx.ARN.app;
    expect(valueOf(events, id, C.isLogging)).toBe(false);
    expect(valueOf(events, id, C.latestDeliveryError)).toBe('AccessDenied');
    expect(valueOf(events, id, C.kmsEncryptionEnabled)).toBe(false);
    expect(valueOf(events, id, C.cloudWatchLogsEnabled)).toBe(false);
    expect(valueOf(events, id, C.managementEvents)).toEqual({ read: false, write: true });
    expect(valueOf(events, id, C.s3ObjectEvents)).toEqual({
      read_all_buckets: false,
      write_all_buckets: false,
      some_buckets: true,
    });
  });

  it('is a regional scanner whose permissions are exactly the calls it makes', () => {
    expect(cloudtrailScanner.scope).toBe('regional');
    expect([...cloudtrailScanner.permissions].sort()).toEqual(
      calledActions('cloudtrail', mock.calls()),
    );
  });
});
