import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { memoize } from '@smithy/property-provider';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import pLimit from 'p-limit';
import type { ConnectOptions, ProviderSession } from '../../../core/index.js';
import { accountSession, callerIdentity, regionLimit } from '../account-session.js';
import type { AwsOrganizationAuthMode } from '../auth.js';
import { AwsClientPool, credentialsFor, type AwsClients } from '../client-factory.js';
import { classifyAwsError } from '../errors.js';
import { homeRegion } from '../regions.js';
import { listOrganizationAccounts } from './list-accounts.js';

/** Refresh a member account's credentials this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;
/** Member roles assumed at once while listing the accounts. */
const ASSUME_CONCURRENCY = 8;

type Account = Awaited<ReturnType<ProviderSession<AwsClients>['accounts']>>[number];

/**
 * A session on a whole organization. It authenticates as the management (or delegated
 * administrator) account; `accounts()` lists the member accounts the filters keep and assumes the
 * member role in each, reporting the accounts it cannot enter; `forAccount` hands out one session
 * per member account, its credentials cached and refreshed before they expire.
 */
export async function connectOrganization(
  auth: AwsOrganizationAuthMode,
  options: ConnectOptions & { maxAttempts?: number },
): Promise<ProviderSession<AwsClients>> {
  const maxAttempts = options.maxAttempts ?? 8;
  let callerAccount: string | undefined;
  const pool = new AwsClientPool(credentialsFor(auth), {
    maxAttempts,
    observer: options.observer,
    limit: regionLimit(options, () => callerAccount),
    timeouts: options.callTimeouts,
    account: () => callerAccount,
  });
  const members = new Map<string, Promise<ProviderSession<AwsClients>>>();
  try {
    const identity = await callerIdentity(pool, options.signal);
    callerAccount = identity.accountId;
    const management = accountSession(pool, identity.accountId, options.signal);

    const memberSession = async (accountId: string): Promise<ProviderSession<AwsClients>> => {
      const credentials = assumedRole(pool, auth, identity.partition, accountId, options.signal);
      // Resolving them once here turns an unreachable account into an error at once, not later
      // in each of its units.
      await credentials();
      const memberPool = new AwsClientPool(credentials, {
        maxAttempts,
        observer: options.observer,
        limit: regionLimit(options, () => accountId),
        timeouts: options.callTimeouts,
        account: () => accountId,
      });
      return accountSession(memberPool, accountId, options.signal);
    };

    const session: ProviderSession<AwsClients> = {
      accountId: identity.accountId,
      enabledRegions: () => management.enabledRegions(),
      clientsFor: (region) => management.clientsFor(region),
      async accounts() {
        const organizations = pool.get(OrganizationsClient, homeRegion());
        const ids = (await listOrganizationAccounts(organizations, auth, options.signal)).filter(
          (id) => auth.include_management || id !== identity.accountId,
        );
        const limit = pLimit(ASSUME_CONCURRENCY);
        return Promise.all(
          ids.map((accountId) =>
            limit(async (): Promise<Account> => {
              try {
                await session.forAccount(accountId);
                return { accountId };
              } catch (error) {
                const { code, message } = classifyAwsError(error);
                return { accountId, failure: { code, message } };
              }
            }),
          ),
        );
      },
      async forAccount(accountId) {
        if (accountId === identity.accountId) return management;
        let member = members.get(accountId);
        if (!member) {
          member = memberSession(accountId);
          members.set(accountId, member);
          // A failure (a role not yet deployed, a throttled call) is not remembered.
          member.catch(() => members.delete(accountId));
        }
        return member;
      },
      close() {
        for (const member of members.values()) member.then((m) => m.close()).catch(() => {});
        members.clear();
        pool.close();
      },
    };
    return session;
  } catch (error) {
    pool.close();
    throw error;
  }
}

/** The member role's ARN in `accountId`, in the management account's partition. */
export function memberRoleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** Credentials of the member role, assumed with the management account's own credentials. */
function assumedRole(
  pool: AwsClientPool,
  auth: AwsOrganizationAuthMode,
  partition: string,
  accountId: string,
  signal?: AbortSignal,
): AwsCredentialIdentityProvider {
  const assume = async (): Promise<AwsCredentialIdentity> => {
    const answer = await pool.get(STSClient, homeRegion()).send(
      new AssumeRoleCommand({
        RoleArn: memberRoleArn(partition, accountId, auth.member_role_name),
        RoleSessionName: auth.session_name ?? 'clouddiagnoze',
        DurationSeconds: auth.duration_seconds ?? 3600,
        ...(auth.external_id ? { ExternalId: auth.external_id } : {}),
      }),
      { abortSignal: signal },
    );
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
      throw new Error(`AssumeRole into account ${accountId} returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  };
  return memoize(
    assume,
    (c) => c.expiration !== undefined && c.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS,
    (c) => c.expiration !== undefined,
  );
}
