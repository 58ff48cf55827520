import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ConnectOptions, ProviderSession } from '../../core/index.js';
import { GLOBAL_REGION } from '../../core/index.js';
import {
  boundClients,
  type AwsClientOptions,
  type AwsClientPool,
  type AwsClients,
} from './client-factory.js';
import { homeRegion } from './regions.js';

/** The account (and partition) of the pool's credentials. */
export async function callerIdentity(
  pool: AwsClientPool,
  signal?: AbortSignal,
): Promise<{ accountId: string; partition: string }> {
  const identity = await pool
    .get(STSClient, homeRegion())
    .send(new GetCallerIdentityCommand({}), { abortSignal: signal });
  if (!identity.Account) throw new Error('GetCallerIdentity returned no account id');
  const partition = identity.Arn?.split(':')[1] || 'aws';
  return { accountId: identity.Account, partition };
}

/**
 * Bounds the calls in flight per account and region with the process-wide limiter, once the
 * account is known (the identity call itself is not held back).
 */
export function regionLimit(
  options: ConnectOptions,
  account: () => string | undefined,
): AwsClientOptions['limit'] {
  const limiter = options.limiter;
  if (!limiter) return undefined;
  return (region, call) => {
    const id = account();
    return id === undefined ? call() : limiter.run(`${id}:${region}`, call);
  };
}

/** A session on one account whose clients come from `pool`; it covers that account only. */
export function accountSession(
  pool: AwsClientPool,
  accountId: string,
  signal?: AbortSignal,
): ProviderSession<AwsClients> {
  const home = homeRegion();
  const session: ProviderSession<AwsClients> = {
    accountId,
    async enabledRegions() {
      const answer = await pool
        .get(EC2Client, home)
        .send(new DescribeRegionsCommand({ AllRegions: false }), { abortSignal: signal });
      return (answer.Regions ?? [])
        .filter((r) => r.OptInStatus !== 'not-opted-in')
        .map((r) => r.RegionName)
        .filter((name): name is string => typeof name === 'string')
        .sort();
    },
    clientsFor(region) {
      return boundClients(pool, region === GLOBAL_REGION ? home : region);
    },
    async accounts() {
      return [{ accountId }];
    },
    async forAccount(other) {
      if (other !== accountId)
        throw new Error(`this session covers account ${accountId}, not ${other}`);
      return session;
    },
    close() {
      pool.close();
    },
  };
  return session;
}
