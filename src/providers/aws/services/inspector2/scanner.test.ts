import {
  BatchGetAccountStatusCommand,
  Inspector2Client,
  ListCoverageStatisticsCommand,
  ListFindingAggregationsCommand,
  type ListFindingAggregationsCommandInput,
} from '@aws-sdk/client-inspector2';
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
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  accountDisabled,
  accountFailed,
  accountStatus,
  aggregationPage1,
  aggregationPage2,
  coverage,
  REGION,
} from './fixtures/sdk.js';
import { INSPECTOR2_METRIC as I, INSPECTOR2_METRICS } from './metrics.js';
import { inspector2Scanner } from './scanner.js';

const inspector = mockClient(Inspector2Client);
const REGION_ID = regionScopeId('inspector2', REGION, ACCOUNT);

const scan = () => scanUnit(inspector2Scanner, REGION, [Inspector2Client], ACCOUNT);

let aggregationInputs: ListFindingAggregationsCommandInput[] = [];

beforeEach(() => {
  inspector.reset();
  aggregationInputs = [];
  inspector.on(BatchGetAccountStatusCommand).resolves(accountStatus);
  inspector
    .on(ListFindingAggregationsCommand)
    .callsFake((input: ListFindingAggregationsCommandInput) => {
      aggregationInputs.push({ ...input });
      return input.nextToken === 'agg-page-2' ? aggregationPage2 : aggregationPage1;
    });
  inspector.on(ListCoverageStatisticsCommand).resolves(coverage);
});

describe('inspector2Scanner', () => {
  it('reads the status of each scan type for the scanned account', async () => {
    const events = await scan();

    const calls = inspector.commandCalls(BatchGetAccountStatusCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([{ accountIds: [ACCOUNT] }]);
    expect(valueOf(events, REGION_ID, I.accountStatus)).toBe('ENABLED');
    expect(valueOf(events, REGION_ID, I.ec2ScanStatus)).toBe('ENABLED');
    expect(valueOf(events, REGION_ID, I.ecrScanStatus)).toBe('ENABLED');
    expect(valueOf(events, REGION_ID, I.lambdaScanStatus)).toBe('ENABLED');
    expect(valueOf(events, REGION_ID, I.lambdaCodeScanStatus)).toBe('DISABLED');
    expect(valueOf(events, REGION_ID, I.coveredResources)).toBe(46);
  });

  it('counts the active findings by severity with one ACCOUNT aggregation, across its pages', async () => {
    const events = await scan();

    expect(aggregationInputs).toEqual([
      { aggregationType: 'ACCOUNT', aggregationRequest: { accountAggregation: {} } },
      {
        aggregationType: 'ACCOUNT',
        aggregationRequest: { accountAggregation: {} },
        nextToken: 'agg-page-2',
      },
    ]);
    expect(valueOf(events, REGION_ID, I.findingsBySeverity)).toEqual({
      all: 57,
      critical: 2,
      high: 11,
      medium: 30,
    });
    expect(valueOf(events, REGION_ID, I.criticalFindings)).toBe(2);
  });

  it('reads no finding or coverage while every scan type is off', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves(accountDisabled);

    const events = await scan();

    expect(valueOf(events, REGION_ID, I.accountStatus)).toBe('DISABLED');
    expect(valueOf(events, REGION_ID, I.ec2ScanStatus)).toBe('DISABLED');
    expect(valueOf(events, REGION_ID, I.findingsBySeverity)).toBeUndefined();
    expect(inspector.commandCalls(ListFindingAggregationsCommand)).toHaveLength(0);
    expect(inspector.commandCalls(ListCoverageStatisticsCommand)).toHaveLength(0);
  });

  it('records an account the answer does not list (moto before Enable) as absent, not as disabled', async () => {
    inspector
      .on(BatchGetAccountStatusCommand)
      .resolves({ $metadata: {}, accounts: [], failedAccounts: [] });

    const events = await scan();

    expect(valueOf(events, REGION_ID, I.accountError)).toBe(
      'inspector2:BatchGetAccountStatus: AccountNotListed',
    );
    expect(valueOf(events, REGION_ID, I.ec2ScanStatus)).toBeUndefined();
    expect(inspector.commandCalls(ListFindingAggregationsCommand)).toHaveLength(0);
  });

  it('records a failedAccounts entry as a denied status, and still tries the findings', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves(accountFailed);

    const events = await scan();

    expect(valueOf(events, REGION_ID, I.accountError)).toBe(
      'inspector2:BatchGetAccountStatus: ACCESS_DENIED',
    );
    expect(valueOf(events, REGION_ID, I.criticalFindings)).toBe(2);
  });

  it('records a denied BatchGetAccountStatus on the region instead of calling it disabled', async () => {
    inspector
      .on(BatchGetAccountStatusCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    inspector
      .on(ListFindingAggregationsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    inspector
      .on(ListCoverageStatisticsCommand)
      .rejects(awsError('InternalServerException', 'oops', 500));

    const events = await scan();

    expect(events).toEqual([
      {
        resource_id: REGION_ID,
        metric_type: I.accountError,
        metric_value: 'inspector2:BatchGetAccountStatus: AccessDeniedException',
      },
      {
        resource_id: REGION_ID,
        metric_type: I.findingsError,
        metric_value: 'inspector2:ListFindingAggregations: AccessDeniedException',
      },
      {
        resource_id: REGION_ID,
        metric_type: I.coverageError,
        metric_value: 'inspector2:ListCoverageStatistics: InternalServerException',
      },
    ]);
  });

  it('records a region where Inspector is not offered (an HTML answer) as a failed read', async () => {
    const notOffered = htmlInsteadOfJson();
    inspector.on(BatchGetAccountStatusCommand).rejects(notOffered);
    inspector.on(ListFindingAggregationsCommand).rejects(notOffered);
    inspector.on(ListCoverageStatisticsCommand).rejects(notOffered);

    const events = await scan();

    expect(valueOf(events, REGION_ID, I.accountError)).toBe(
      'inspector2:BatchGetAccountStatus: NotImplemented',
    );
    expect(valueOf(events, REGION_ID, I.accountStatus)).toBeUndefined();
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    inspector
      .on(BatchGetAccountStatusCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    inspector
      .on(ListFindingAggregationsCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    inspector
      .on(ListCoverageStatisticsCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(inspector2Scanner, INSPECTOR2_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(inspector2Scanner, 'regional', [['inspector2', inspector]]);
  });
});
