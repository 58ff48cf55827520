import {
  GetDetectorCommand,
  GetFindingsStatisticsCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  type GetFindingsStatisticsCommandInput,
  type ListDetectorsCommandInput,
} from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  htmlInsteadOfJson,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  DETECTOR_ARN,
  DETECTOR_ID,
  detector,
  listPage1,
  listPage2,
  REGION,
  statistics,
} from './fixtures/sdk.js';
import { severityCounts } from './mapper.js';
import { GUARDDUTY_METRIC as G, GUARDDUTY_METRICS } from './metrics.js';
import { guardDutyScanner } from './scanner.js';

const guardduty = mockClient(GuardDutyClient);
const REGION_ID = regionScopeId('guardduty', REGION, ACCOUNT);

const scan = () => scanUnit(guardDutyScanner, REGION, [GuardDutyClient], ACCOUNT);

let listInputs: ListDetectorsCommandInput[] = [];

beforeEach(() => {
  guardduty.reset();
  listInputs = [];
  guardduty.on(ListDetectorsCommand).callsFake((input: ListDetectorsCommandInput) => {
    listInputs.push({ ...input });
    return input.NextToken === 'gd-page-2' ? listPage2 : listPage1;
  });
  guardduty.on(GetDetectorCommand).resolves(detector);
  guardduty.on(GetFindingsStatisticsCommand).resolves(statistics);
});

describe('guardDutyScanner', () => {
  it('lists the detectors across pages and reports the region as watched', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{}, { NextToken: 'gd-page-2' }]);
    expect(valueOf(events, REGION_ID, G.detectorEnabled)).toBe(true);
    expect(valueOf(events, DETECTOR_ARN, G.detectorStatus)).toBe('ENABLED');
    expect(valueOf(events, DETECTOR_ARN, G.findingPublishingFrequency)).toBe('SIX_HOURS');
    expect(valueOf(events, DETECTOR_ARN, G.enabledFeatures)).toEqual([
      'CLOUD_TRAIL',
      'DNS_LOGS',
      'FLOW_LOGS',
      'S3_DATA_EVENTS',
      'EBS_MALWARE_PROTECTION',
    ]);
    expect(valueOf(events, DETECTOR_ARN, G.tags)).toEqual({ owner: 'security' });
  });

  it('counts the active findings by severity band in one GetFindingsStatistics call', async () => {
    const events = await scan();

    const calls = guardduty.commandCalls(GetFindingsStatisticsCommand);
    expect(calls).toHaveLength(1);
    const input: GetFindingsStatisticsCommandInput = calls[0]!.args[0].input;
    expect(input).toEqual({
      DetectorId: DETECTOR_ID,
      FindingStatisticTypes: ['COUNT_BY_SEVERITY'],
      FindingCriteria: { Criterion: { 'service.archived': { Equals: ['false'] } } },
    });
    expect(valueOf(events, DETECTOR_ARN, G.findingsBySeverity)).toEqual({
      low: 14,
      medium: 3,
      high: 3,
      critical: 1,
    });
    expect(valueOf(events, DETECTOR_ARN, G.highSeverityFindings)).toBe(4);
  });

  it('places each severity value in its band, the edges included', () => {
    expect(severityCounts({ '1.0': 1, '3.9': 1, '4.0': 1, '6.9': 1, '7.0': 1, '9.0': 2 })).toEqual({
      low: 2,
      medium: 2,
      high: 1,
      critical: 2,
    });
    expect(severityCounts(undefined)).toEqual({ low: 0, medium: 0, high: 0, critical: 0 });
  });

  it('reports a region without a detector as not watched', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ $metadata: {}, DetectorIds: [] });

    const events = await scan();

    expect(events).toEqual([
      { resource_id: REGION_ID, metric_type: G.detectorEnabled, metric_value: false },
    ]);
    expect(guardduty.commandCalls(GetFindingsStatisticsCommand)).toHaveLength(0);
  });

  it('reports a suspended detector as not watching', async () => {
    guardduty.on(GetDetectorCommand).resolves({ ...detector, Status: 'DISABLED' });

    const events = await scan();

    expect(valueOf(events, REGION_ID, G.detectorEnabled)).toBe(false);
    expect(valueOf(events, DETECTOR_ARN, G.detectorStatus)).toBe('DISABLED');
  });

  it('records a denied ListDetectors on the region instead of calling it unwatched', async () => {
    guardduty
      .on(ListDetectorsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));

    const events = await scan();

    expect(events).toEqual([
      {
        resource_id: REGION_ID,
        metric_type: G.detectorsError,
        metric_value: 'guardduty:ListDetectors: AccessDeniedException',
      },
    ]);
  });

  it('records denied detector reads with their call, and says nothing of enablement then', async () => {
    guardduty.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    guardduty
      .on(GetFindingsStatisticsCommand)
      .rejects(awsError('InternalServerErrorException', 'oops', 500));

    const events = await scan();

    expect(valueOf(events, DETECTOR_ARN, G.detectorError)).toBe(
      'guardduty:GetDetector: AccessDeniedException',
    );
    expect(valueOf(events, DETECTOR_ARN, G.findingsError)).toBe(
      'guardduty:GetFindingsStatistics: InternalServerErrorException',
    );
    expect(valueOf(events, REGION_ID, G.detectorEnabled)).toBeUndefined();
  });

  it('records a region where GuardDuty is not offered (an HTML answer) as a failed listing', async () => {
    const notOffered = htmlInsteadOfJson();
    guardduty.on(ListDetectorsCommand).rejects(notOffered);

    const events = await scan();

    expect(valueOf(events, REGION_ID, G.detectorsError)).toBe(
      'guardduty:ListDetectors: NotImplemented',
    );
    expect(valueOf(events, REGION_ID, G.detectorEnabled)).toBeUndefined();
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    guardduty.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    guardduty
      .on(GetFindingsStatisticsCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));
    guardduty.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(guardDutyScanner, GUARDDUTY_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(guardDutyScanner, 'regional', [['guardduty', guardduty]]);
  });
});
