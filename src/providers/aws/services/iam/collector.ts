import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListServerCertificates,
  paginateListVirtualMFADevices,
  type GetAccountAuthorizationDetailsCommandOutput,
  type ServerCertificateMetadata,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import {
  mapAuthorizationDetails,
  mapCredentialReport,
  mapPasswordPolicy,
  mapServerCertificates,
  mapSummary,
  mapVirtualMfaDevices,
} from './mapper.js';
import type {
  AuthorizationDetails,
  CredentialReport,
  IamSnapshot,
  PasswordPolicy,
  ServerCertificate,
  Source,
  VirtualMfaDevice,
} from './model.js';
import { readOrganization } from './organization.js';

/** Every IAM action the collector calls. */

/** Waits between GenerateCredentialReport polls (about 30 s in all); AWS usually needs a few seconds. */
export const REPORT_POLL_DELAYS_MS: readonly number[] = [
  250, 500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000,
];
const PAGE_SIZE = 1000;

/** Credential report answers that are the report's state, not the scan's failure. */
const REPORT_ERROR_CODES = [
  'ReportExpired',
  'ReportInProgress',
  'ReportNotPresent',
  'ReportGenerationLimitExceeded',
  'LimitExceeded',
  'CredentialReportExpiredException',
  'CredentialReportNotReadyException',
  'CredentialReportNotPresentException',
  'ReportGenerationLimitExceededException',
  'LimitExceededException',
];

/** The account has no password policy (the SDK names the error NoSuchEntityException, IAM's code is NoSuchEntity). */
const NO_SUCH_ENTITY = ['NoSuchEntity', 'NoSuchEntityException'];

export interface IamCollectorOptions {
  reportPollDelaysMs: readonly number[];
}

/**
 * Runs one account-wide read. A denial, or one of the expected error codes, becomes a recorded fact;
 * anything else fails the unit.
 */
async function guard<T>(
  ctx: AwsUnitContext,
  call: string,
  expectedCodes: readonly string[],
  read: () => Promise<T>,
): Promise<Source<T>> {
  try {
    return { state: 'available', value: await read() };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const classified = classifyAwsError(error);
    if (classified.kind === 'access_denied') {
      ctx.log.warn({ call, code: classified.code }, 'iam read denied');
      return { state: 'denied', call, errorCode: classified.code };
    }
    if (isAwsErrorCode(error, ...expectedCodes)) {
      ctx.log.warn({ call, code: classified.code }, 'iam read unavailable');
      return { state: 'error', call, errorCode: classified.code };
    }
    throw error;
  }
}

async function authorizationDetails(
  ctx: AwsUnitContext,
  client: IAMClient,
): Promise<AuthorizationDetails> {
  const pages: GetAccountAuthorizationDetailsCommandOutput[] = [];
  const paginator = paginateGetAccountAuthorizationDetails(
    { client, pageSize: PAGE_SIZE },
    // AWS-managed policies come too: IAM lists those attached in the account, whose documents
    // decide whether their holders are administrators.
    { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
    { abortSignal: ctx.signal },
  );
  for await (const page of paginator) pages.push(page);
  return mapAuthorizationDetails(pages);
}

/** Asks IAM to (re)generate the report until it is COMPLETE; false when it is not ready in time. */
async function reportReady(
  ctx: AwsUnitContext,
  client: IAMClient,
  delays: readonly number[],
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await client.send(new GenerateCredentialReportCommand({}), {
      abortSignal: ctx.signal,
    });
    if (answer.State === 'COMPLETE') return true;
    const delay = delays[attempt];
    if (delay === undefined) return false;
    await sleep(delay, undefined, { signal: ctx.signal });
  }
}

async function credentialReport(
  ctx: AwsUnitContext,
  client: IAMClient,
  delays: readonly number[],
): Promise<Source<CredentialReport>> {
  const ready = await guard(ctx, 'GenerateCredentialReport', REPORT_ERROR_CODES, () =>
    reportReady(ctx, client, delays),
  );
  if (ready.state !== 'available') return ready;
  if (!ready.value) {
    return { state: 'error', call: 'GenerateCredentialReport', errorCode: 'ReportNotReady' };
  }
  return guard(ctx, 'GetCredentialReport', REPORT_ERROR_CODES, async () => {
    const report = await client.send(new GetCredentialReportCommand({}), {
      abortSignal: ctx.signal,
    });
    return mapCredentialReport(report.Content ?? new Uint8Array(), report.GeneratedTime);
  });
}

async function passwordPolicy(
  ctx: AwsUnitContext,
  client: IAMClient,
): Promise<PasswordPolicy | null> {
  try {
    const answer = await client.send(new GetAccountPasswordPolicyCommand({}), {
      abortSignal: ctx.signal,
    });
    return mapPasswordPolicy(answer.PasswordPolicy);
  } catch (error) {
    if (isAwsErrorCode(error, ...NO_SUCH_ENTITY)) return null;
    throw error;
  }
}

async function virtualMfaDevices(
  ctx: AwsUnitContext,
  client: IAMClient,
): Promise<VirtualMfaDevice[]> {
  const devices: VirtualMFADevice[] = [];
  const paginator = paginateListVirtualMFADevices(
    { client, pageSize: PAGE_SIZE },
    { AssignmentStatus: 'Any' },
    { abortSignal: ctx.signal },
  );
  for await (const page of paginator) devices.push(...(page.VirtualMFADevices ?? []));
  return mapVirtualMfaDevices(devices);
}

async function serverCertificates(
  ctx: AwsUnitContext,
  client: IAMClient,
): Promise<ServerCertificate[]> {
  const certificates: ServerCertificateMetadata[] = [];
  const paginator = paginateListServerCertificates(
    { client, pageSize: PAGE_SIZE },
    {},
    { abortSignal: ctx.signal },
  );
  for await (const page of paginator) {
    certificates.push(...(page.ServerCertificateMetadataList ?? []));
  }
  return mapServerCertificates(certificates);
}

/**
 * The account's IAM in a handful of calls: GetAccountAuthorizationDetails (users, groups, roles,
 * customer-managed policies with their documents), the credential report, the account summary, the
 * password policy, the virtual MFA devices, the server certificates and the account's organization,
 * all fetched together.
 */
export function createIamCollector(
  options: IamCollectorOptions = { reportPollDelaysMs: REPORT_POLL_DELAYS_MS },
): (ctx: AwsUnitContext) => Promise<IamSnapshot> {
  return async (ctx) => {
    const client = ctx.clients.get(IAMClient);
    const [authorization, report, summary, policy, mfa, certificates, organization] =
      await Promise.all([
        guard(ctx, 'GetAccountAuthorizationDetails', [], () => authorizationDetails(ctx, client)),
        credentialReport(ctx, client, options.reportPollDelaysMs),
        guard(ctx, 'GetAccountSummary', [], async () =>
          mapSummary(
            (await client.send(new GetAccountSummaryCommand({}), { abortSignal: ctx.signal }))
              .SummaryMap,
          ),
        ),
        guard(ctx, 'GetAccountPasswordPolicy', [], () => passwordPolicy(ctx, client)),
        guard(ctx, 'ListVirtualMFADevices', [], () => virtualMfaDevices(ctx, client)),
        guard(ctx, 'ListServerCertificates', [], () => serverCertificates(ctx, client)),
        readOrganization(ctx),
      ]);
    return {
      partitionRegion: ctx.clients.region,
      authorization,
      credentialReport: report,
      summary,
      passwordPolicy: policy,
      virtualMfaDevices: mfa,
      serverCertificates: certificates,
      organization,
    };
  };
}
