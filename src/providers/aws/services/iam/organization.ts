import {
  DescribeOrganizationCommand,
  OrganizationsClient,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import type { Organization, Source } from './model.js';

const NOT_IN_ORGANIZATION = ['AWSOrganizationsNotInUseException'];
/** The largest page ListAccounts accepts. */
const PAGE_SIZE = 20;

/** Any failure becomes data: the organization only widens the trusted accounts, it never fails a unit. */
async function read<T>(
  ctx: AwsUnitContext,
  call: string,
  run: () => Promise<T>,
): Promise<Source<T>> {
  try {
    return { state: 'available', value: await run() };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const classified = classifyAwsError(error);
    ctx.log.warn({ call, code: classified.code }, 'organizations read unavailable');
    return classified.kind === 'access_denied'
      ? { state: 'denied', call, errorCode: classified.code }
      : { state: 'error', call, errorCode: classified.code };
  }
}

/**
 * The organization the account belongs to (null when it belongs to none) and, when the scan's role
 * may list them, its accounts: the accounts a cross-account check trusts by default. Read once per
 * account and scan: the IAM and S3 units share the answer.
 */
export async function readOrganization(ctx: AwsUnitContext): Promise<Source<Organization | null>> {
  const { clients } = ctx;
  if (!clients.shared) return readOrganizationOnce(ctx);
  // A failed read (throttled, unavailable) is not shared: it rejects, so that the next unit reads
  // again; a denial is the same for every unit and is shared.
  const load = () =>
    clients.shared!('organization', async () => {
      const answer = await readOrganizationOnce(ctx);
      if (answer.state === 'error') throw new FailedRead(answer, ctx);
      return answer;
    });
  try {
    return await load();
  } catch (error) {
    if (error instanceof FailedRead && error.started === ctx) return error.answer;
    // The unit that started the shared read was cancelled or failed: this one reads for itself.
    if (!ctx.signal.aborted) return readOrganizationOnce(ctx);
    throw error;
  }
}

/** The answer of a failed organization read, for the unit that made it. */
class FailedRead extends Error {
  constructor(
    readonly answer: Source<Organization | null>,
    readonly started: AwsUnitContext,
  ) {
    super('organization read failed');
  }
}

async function readOrganizationOnce(ctx: AwsUnitContext): Promise<Source<Organization | null>> {
  let client: OrganizationsClient;
  try {
    client = ctx.clients.get(OrganizationsClient);
  } catch (error) {
    // A client factory without Organizations (a narrowed test or benchmark harness): no organization known.
    ctx.log.warn({ call: 'DescribeOrganization', error: String(error) }, 'no organizations client');
    return { state: 'error', call: 'DescribeOrganization', errorCode: 'ClientUnavailable' };
  }
  let notInOrganization = false;
  const described = await read(ctx, 'DescribeOrganization', async () => {
    try {
      return (await client.send(new DescribeOrganizationCommand({}), { abortSignal: ctx.signal }))
        .Organization;
    } catch (error) {
      if (!isAwsErrorCode(error, ...NOT_IN_ORGANIZATION)) throw error;
      notInOrganization = true;
      return undefined;
    }
  });
  if (described.state !== 'available') return described;
  const organization = described.value;
  if (notInOrganization || organization?.Id === undefined)
    return { state: 'available', value: null };

  const accounts = await read(ctx, 'ListAccounts', async () => {
    const ids: string[] = [];
    const pages = paginateListAccounts(
      { client, pageSize: PAGE_SIZE },
      {},
      { abortSignal: ctx.signal },
    );
    for await (const page of pages) {
      for (const account of page.Accounts ?? []) if (account.Id) ids.push(account.Id);
    }
    return ids.sort();
  });
  return {
    state: 'available',
    value: {
      id: organization.Id,
      ...(organization.MasterAccountId
        ? { managementAccountId: organization.MasterAccountId }
        : {}),
      accounts,
    },
  };
}
