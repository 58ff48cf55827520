import {
  GetAutomatedDiscoveryConfigurationCommand,
  GetFindingStatisticsCommand,
  GetMacieSessionCommand,
  ListClassificationJobsCommand,
  Macie2Client,
  type ListClassificationJobsCommandInput,
} from '@aws-sdk/client-macie2';
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
import { isMacieNotEnabled } from './collector.js';
import {
  ACCOUNT,
  automatedDiscovery,
  FAILED_JOB_ID,
  JOB_ARN,
  jobsPage1,
  jobsPage2,
  REGION,
  session,
  statistics,
} from './fixtures/sdk.js';
import { MACIE2_METRIC as M, MACIE2_METRICS } from './metrics.js';
import { macie2Scanner } from './scanner.js';

const macie = mockClient(Macie2Client);
const REGION_ID = regionScopeId('macie2', REGION, ACCOUNT);
const FAILED_JOB_ARN = `arn:aws:macie2:${REGION}:${ACCOUNT}:classification-job/${FAILED_JOB_ID}`;

/** What AWS answers every Macie call of an account where Macie is not enabled. */
const NOT_ENABLED = () => awsError('AccessDeniedException', 'Macie is not enabled.', 403);
/** A missing permission: the same code, another message. */
const DENIED = () =>
  awsError(
    'AccessDeniedException',
    'User: arn:aws:sts::123456789012:assumed-role/audit/scan is not authorized to perform: macie2:GetMacieSession',
    403,
  );

const scan = () => scanUnit(macie2Scanner, REGION, [Macie2Client], ACCOUNT);

let jobInputs: ListClassificationJobsCommandInput[] = [];

beforeEach(() => {
  macie.reset();
  jobInputs = [];
  macie.on(GetMacieSessionCommand).resolves(session);
  macie.on(GetFindingStatisticsCommand).resolves(statistics);
  macie.on(ListClassificationJobsCommand).callsFake((input: ListClassificationJobsCommandInput) => {
    jobInputs.push({ ...input });
    return input.nextToken === 'jobs-page-2' ? jobsPage2 : jobsPage1;
  });
  macie.on(GetAutomatedDiscoveryConfigurationCommand).resolves(automatedDiscovery);
});

describe('macie2Scanner', () => {
  it('reports an enabled Macie, its automated discovery and its jobs across pages', async () => {
    const events = await scan();

    expect(valueOf(events, REGION_ID, M.enabled)).toBe(true);
    expect(valueOf(events, REGION_ID, M.sessionStatus)).toBe('ENABLED');
    expect(valueOf(events, REGION_ID, M.findingPublishingFrequency)).toBe('FIFTEEN_MINUTES');
    expect(valueOf(events, REGION_ID, M.automatedDiscoveryStatus)).toBe('ENABLED');
    expect(jobInputs).toEqual([{}, { nextToken: 'jobs-page-2' }]);
    expect(valueOf(events, REGION_ID, M.classificationJobs)).toBe(2);
    expect(valueOf(events, JOB_ARN, M.jobStatus)).toBe('IDLE');
    expect(valueOf(events, JOB_ARN, M.jobType)).toBe('SCHEDULED');
    expect(valueOf(events, JOB_ARN, M.jobLastRunFailed)).toBe(false);
    expect(valueOf(events, FAILED_JOB_ARN, M.jobLastRunFailed)).toBe(true);
  });

  it('counts the unarchived findings by severity in one GetFindingStatistics call', async () => {
    const events = await scan();

    const calls = macie.commandCalls(GetFindingStatisticsCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([
      {
        groupBy: 'severity.description',
        findingCriteria: { criterion: { archived: { eq: ['false'] } } },
      },
    ]);
    expect(valueOf(events, REGION_ID, M.findingsBySeverity)).toEqual({
      low: 21,
      medium: 8,
      high: 3,
    });
    expect(valueOf(events, REGION_ID, M.highSeverityFindings)).toBe(3);
  });

  it('reports a region where Macie is not enabled (AccessDenied “Macie is not enabled.”) as disabled, and reads nothing more', async () => {
    macie.on(GetMacieSessionCommand).rejects(NOT_ENABLED());

    const events = await scan();

    expect(events).toEqual([
      { resource_id: REGION_ID, metric_type: M.enabled, metric_value: false },
    ]);
    expect(macie.commandCalls(GetFindingStatisticsCommand)).toHaveLength(0);
    expect(macie.commandCalls(GetAutomatedDiscoveryConfigurationCommand)).toHaveLength(0);
  });

  it('records a denied GetMacieSession as an error, never as a disabled Macie', async () => {
    macie.on(GetMacieSessionCommand).rejects(DENIED());

    const events = await scan();

    expect(events).toEqual([
      {
        resource_id: REGION_ID,
        metric_type: M.sessionError,
        metric_value: 'macie2:GetMacieSession: AccessDeniedException',
      },
    ]);
  });

  it('tells “not enabled” from a denied permission by the message, and takes moto’s ResourceNotFound', () => {
    expect(isMacieNotEnabled(NOT_ENABLED())).toBe(true);
    expect(isMacieNotEnabled(DENIED())).toBe(false);
    expect(isMacieNotEnabled(awsError('ResourceNotFoundException', 'no session', 404))).toBe(true);
    expect(isMacieNotEnabled(awsError('ThrottlingException', 'Macie is not enabled', 429))).toBe(
      false,
    );
  });

  it('reports a PAUSED Macie as not enabled', async () => {
    macie.on(GetMacieSessionCommand).resolves({ ...session, status: 'PAUSED' });

    const events = await scan();

    expect(valueOf(events, REGION_ID, M.enabled)).toBe(false);
    expect(valueOf(events, REGION_ID, M.sessionStatus)).toBe('PAUSED');
  });

  it('records each denied or failed read with its call', async () => {
    macie.on(GetFindingStatisticsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    macie
      .on(ListClassificationJobsCommand)
      .rejects(awsError('InternalServerException', 'oops', 500));
    macie
      .on(GetAutomatedDiscoveryConfigurationCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, M.enabled)).toBe(true);
    expect(valueOf(events, REGION_ID, M.findingsError)).toBe(
      'macie2:GetFindingStatistics: AccessDeniedException',
    );
    expect(valueOf(events, REGION_ID, M.jobsError)).toBe(
      'macie2:ListClassificationJobs: InternalServerException',
    );
    expect(valueOf(events, REGION_ID, M.automatedDiscoveryError)).toBe(
      'macie2:GetAutomatedDiscoveryConfiguration: AccessDeniedException',
    );
    expect(valueOf(events, REGION_ID, M.automatedDiscoveryStatus)).toBeUndefined();
  });

  it('records a region where Macie is not offered (an HTML answer) as a failed session read', async () => {
    const notOffered = htmlInsteadOfJson();
    macie.on(GetMacieSessionCommand).rejects(notOffered);

    const events = await scan();

    expect(valueOf(events, REGION_ID, M.sessionError)).toBe(
      'macie2:GetMacieSession: NotImplemented',
    );
    expect(valueOf(events, REGION_ID, M.enabled)).toBeUndefined();
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    macie.on(GetFindingStatisticsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    macie.on(ListClassificationJobsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    macie
      .on(GetAutomatedDiscoveryConfigurationCommand)
      .rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));
    macie.on(GetMacieSessionCommand).rejects(DENIED());
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(macie2Scanner, MACIE2_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(macie2Scanner, 'regional', [['macie2', macie]]);
  });
});
