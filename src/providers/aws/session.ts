import type { ConnectOptions, ProviderSession } from '../../core/index.js';
import { accountSession, callerIdentity, regionLimit } from './account-session.js';
import type { AwsAuthMode } from './auth.js';
import { AwsClientPool, credentialsFor, type AwsClients } from './client-factory.js';
import { connectOrganization } from './organizations/organization-session.js';

export interface AwsSessionOptions extends ConnectOptions {
  maxAttempts?: number;
}

/**
 * Resolves the account once per scan (GetCallerIdentity) and hands out pooled clients. Global units
 * use the home region's endpoints. An `organization` auth mode covers the organization's members.
 */
export async function connectAws(
  auth: AwsAuthMode,
  options: AwsSessionOptions,
): Promise<ProviderSession<AwsClients>> {
  if (auth.type === 'organization') return connectOrganization(auth, options);
  let accountId: string | undefined;
  const pool = new AwsClientPool(credentialsFor(auth), {
    maxAttempts: options.maxAttempts ?? 8,
    observer: options.observer,
    limit: regionLimit(options, () => accountId),
    timeouts: options.callTimeouts,
    account: () => accountId,
  });
  try {
    accountId = (await callerIdentity(pool, options.signal)).accountId;
    return accountSession(pool, accountId, options.signal);
  } catch (error) {
    pool.close();
    throw error;
  }
}
