import {
  DescribeHubCommand,
  GetEnabledStandardsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
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
import { collectSecurityHubSnapshot } from './collector.js';
import { SECURITYHUB_METRIC as H, SECURITYHUB_METRICS } from './metrics.js';
import { securityHubScanner } from './scanner.js';

const mock = mockClient(SecurityHubClient);
const REGION_ID = 'arn:aws:securityhub:eu-west-1:123456789012:region/eu-west-1';
const HUB = 'arn:aws:securityhub:eu-west-1:123456789012:hub/default';
const FSBP =
  'arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0';
const CIS = 'arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0';
const context = () =>
  unitContext(
    fakeClients(
      'eu-west-1',
      new SecurityHubClient({ region: 'eu-west-1', credentials: FAKE_CREDENTIALS }),
    ),
  );
const scan = () => drainEvents(securityHubScanner.scan(context()));

beforeEach(() => {
  mock.reset();
  mock
    .on(DescribeHubCommand)
    .resolves({ HubArn: HUB, SubscribedAt: '2025-02-03T10:00:00.000Z', AutoEnableControls: true })
    .on(GetEnabledStandardsCommand)
    .callsFake((input: { NextToken?: string }) =>
      input.NextToken === 'page-2'
        ? {
            StandardsSubscriptions: [
              {
                StandardsSubscriptionArn: `${CIS}/sub`,
                StandardsArn: CIS,
                StandardsInput: {},
                StandardsStatus: 'READY',
              },
            ],
          }
        : {
            StandardsSubscriptions: [
              {
                StandardsSubscriptionArn: `${FSBP}/sub`,
                StandardsArn: FSBP,
                StandardsInput: {},
                StandardsStatus: 'READY',
              },
            ],
            NextToken: 'page-2',
          },
    );
});

describe('securityHubScanner', () => {
  it('reads the hub and pages through its enabled standards, 100 at a time', async () => {
    const events = await scan();
    const catalogue = new MetricCatalogue(SECURITYHUB_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(mock.commandCalls(GetEnabledStandardsCommand)).toHaveLength(2);
    expect(mock.commandCalls(GetEnabledStandardsCommand)[0]!.args[0].input.MaxResults).toBe(100);
    expect(valueOf(events, REGION_ID, H.enabled)).toBe(true);
    expect(valueOf(events, REGION_ID, H.hubArn)).toBe(HUB);
    expect(valueOf(events, REGION_ID, H.enabledStandards)).toEqual([
      { standards_arn: FSBP, status: 'READY' },
      { standards_arn: CIS, status: 'READY' },
    ]);
  });

  it('reports a region where the account is not subscribed as disabled, without more calls', async () => {
    mock
      .on(DescribeHubCommand)
      .rejects(
        awsError(
          'InvalidAccessException',
          'Account 123456789012 is not subscribed to AWS Security Hub',
          401,
        ),
      );

    const snapshot = await collectSecurityHubSnapshot(context());
    const events = await scan();

    expect(snapshot.hub).toMatchObject({ state: 'absent', errorCode: 'InvalidAccessException' });
    expect(valueOf(events, REGION_ID, H.enabled)).toBe(false);
    expect(mock.commandCalls(GetEnabledStandardsCommand)).toHaveLength(0);
  });

  it('records denied standards and goes on', async () => {
    mock.on(GetEnabledStandardsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, H.enabled)).toBe(true);
    expect(valueOf(events, REGION_ID, H.standardsError)).toBe(
      'securityhub:GetEnabledStandards: AccessDeniedException',
    );
  });

  it('records a denied DescribeHub as the region’s fact and goes on', async () => {
    mock.on(DescribeHubCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, H.hubError)).toBe(
      'securityhub:DescribeHub: AccessDeniedException',
    );
    expect(valueOf(events, REGION_ID, H.enabled)).toBeUndefined();
  });

  it('declares exactly the calls it makes', async () => {
    await scan();
    expect([...securityHubScanner.permissions].sort()).toEqual(
      calledActions('securityhub', mock.calls()),
    );
  });
});
