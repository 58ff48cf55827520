import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ConnectOptions, ProviderSession } from '../../core/index.js';
import { GLOBAL_REGION } from '../../core/index.js';
import type { AwsAuthMode } from './auth.js';
import { AwsClientPool, boundClients, credentialsFor, type AwsClients } from './client-factory.js';
import { homeRegion } from './regions.js';

export interface AwsSessionOptions extends ConnectOptions {
  maxAttempts?: number;
}

/**
 * Resolves the account once per scan (GetCallerIdentity) and hands out pooled clients. Global units
 * use the home region's endpoints.
 */
export async function connectAws(
  auth: AwsAuthMode,
  options: AwsSessionOptions,
): Promise<ProviderSession<AwsClients>> {
  const pool = new AwsClientPool(credentialsFor(auth), {
    maxAttempts: options.maxAttempts ?? 8,
    observer: options.observer,
  });
  const home = homeRegion();
  try {
    const identity = await pool
      .get(STSClient, home)
      .send(new GetCallerIdentityCommand({}), { abortSignal: options.signal });
    const accountId = identity.Account;
    if (!accountId) throw new Error('GetCallerIdentity returned no account id');
    const session: ProviderSession<AwsClients> = {
      accountId,
      async enabledRegions() {
        const answer = await pool
          .get(EC2Client, home)
          .send(new DescribeRegionsCommand({ AllRegions: false }), { abortSignal: options.signal });
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
  } catch (error) {
    pool.close();
    throw error;
  }
}
