import { ManagementGroupsAPI } from '@azure/arm-managementgroups';
import type { TokenCredential } from '@azure/identity';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { ConnectOptions, ProviderSession } from '../../core/index.js';
import { principalOf, type AzureAuthMode } from './auth.js';
import { AzureClientPool, API_VERSIONS, type AzureClients } from './clients.js';
import { resolveCloud, type AzureCloud } from './cloud.js';
import { credentialFor } from './credential.js';
import { classifyAzureError } from './errors.js';
import type { GraphReader } from './graph.js';
import {
  prepareSdkPipeline,
  sdkOptions,
  type JsonObject,
  type PipelineContext,
} from './pipeline.js';
import { AZURE_LOCATIONS } from './regions.js';
import { ThrottleRegistry } from './throttle.js';

export interface AzureAccount {
  accountId: string;
  failure?: { code: string; message: string };
}

/** What tests and benches may replace; production passes nothing. */
export interface AzureConnectOverrides {
  credential?: TokenCredential;
  httpClient?: HttpClient;
  graph?: GraphReader;
  env?: Record<string, string | undefined>;
}

interface SubscriptionEntry {
  subscriptionId: string;
  tenantId?: string;
  state?: string;
  tags?: Record<string, string>;
}

/** A tenant-level Azure session: the scan's subscriptions, one client pool, one throttle registry. */
export class AzureSession implements ProviderSession<AzureClients> {
  #accounts?: Promise<AzureAccount[]>;
  #tenantId?: string;
  readonly pool: AzureClientPool;

  constructor(
    private readonly auth: AzureAuthMode,
    private readonly ctx: PipelineContext,
    graph?: GraphReader,
  ) {
    this.pool = new AzureClientPool(
      ctx,
      async () => (await this.accounts()).filter((a) => !a.failure).map((a) => a.accountId),
      graph,
    );
  }

  get cloud(): AzureCloud {
    return this.ctx.cloud;
  }

  /** The only subscription of the scan, else the tenant (or the first subscription). */
  get accountId(): string {
    const ids = this.auth.subscription_ids;
    if (ids?.length === 1) return ids[0]!;
    return this.auth.tenant_id ?? this.#tenantId ?? ids?.[0] ?? 'tenant';
  }

  /** Units are per subscription (Resource Graph answers for every location at once). */
  async enabledRegions(): Promise<string[]> {
    return [...AZURE_LOCATIONS];
  }

  clientsFor(): AzureClients {
    throw new Error(
      'an Azure tenant session has no clients of its own: use forAccount(subscription)',
    );
  }

  accounts(): Promise<AzureAccount[]> {
    if (!this.#accounts) {
      this.#accounts = this.#listAccounts();
      this.#accounts.catch(() => (this.#accounts = undefined));
    }
    return this.#accounts;
  }

  async forAccount(subscriptionId: string): Promise<ProviderSession<AzureClients>> {
    return new SubscriptionSession(subscriptionId, this.pool);
  }

  close(): void {}

  async #listAccounts(): Promise<AzureAccount[]> {
    const listed = await this.#listSubscriptions();
    this.#tenantId = listed.find((s) => s.tenantId)?.tenantId;
    let selected = listed;
    const failures: AzureAccount[] = [];
    const wanted = this.auth.subscription_ids?.map((s) => s.toLowerCase());
    if (wanted) {
      selected = selected.filter((s) => wanted.includes(s.subscriptionId.toLowerCase()));
      for (const id of this.auth.subscription_ids ?? []) {
        if (!listed.some((s) => s.subscriptionId.toLowerCase() === id.toLowerCase())) {
          failures.push({
            accountId: id,
            failure: {
              code: 'SubscriptionNotFound',
              message: `subscription ${id} is not visible to this principal`,
            },
          });
        }
      }
    }
    if (this.auth.management_group_ids) {
      const under = await this.#subscriptionsUnder(this.auth.management_group_ids);
      selected = selected.filter((s) => under.has(s.subscriptionId.toLowerCase()));
    }
    const tags = this.auth.subscription_tags;
    if (tags) {
      selected = selected.filter((s) => Object.entries(tags).every(([k, v]) => s.tags?.[k] === v));
    }
    const accounts: AzureAccount[] = selected.map((s) =>
      s.state && s.state !== 'Enabled' && s.state !== 'PastDue' && s.state !== 'Warned'
        ? {
            accountId: s.subscriptionId,
            failure: {
              code: 'SubscriptionNotEnabled',
              message: `subscription ${s.subscriptionId} is ${s.state}`,
            },
          }
        : { accountId: s.subscriptionId },
    );
    const all = [...accounts, ...failures];
    if (all.length === 0) {
      throw Object.assign(new Error('no subscription of the tenant matches the scan'), {
        code: 'NoSubscriptions',
      });
    }
    return all;
  }

  async #listSubscriptions(): Promise<SubscriptionEntry[]> {
    const out: SubscriptionEntry[] = [];
    const url = `${this.ctx.cloud.armEndpoint}/subscriptions?api-version=${API_VERSIONS.subscriptions}`;
    for await (const page of this.pool.arm.pages(url)) {
      for (const item of page) {
        const id = item.subscriptionId;
        if (typeof id !== 'string') continue;
        out.push({
          subscriptionId: id,
          ...(typeof item.tenantId === 'string' ? { tenantId: item.tenantId } : {}),
          ...(typeof item.state === 'string' ? { state: item.state } : {}),
          ...(item.tags && typeof item.tags === 'object'
            ? { tags: item.tags as Record<string, string> }
            : {}),
        });
      }
    }
    return out;
  }

  /** Every subscription below the management groups, at any depth (one paginated call each). */
  async #subscriptionsUnder(groups: readonly string[]): Promise<Set<string>> {
    const client = new ManagementGroupsAPI(this.ctx.credential, sdkOptions(this.ctx));
    prepareSdkPipeline(client.pipeline, this.ctx, 'managementgroups');
    const out = new Set<string>();
    for (const group of groups) {
      for await (const descendant of client.managementGroups.listDescendants(group)) {
        const type = (descendant.type ?? '').toLowerCase();
        if (type.endsWith('/subscriptions') && descendant.name)
          out.add(descendant.name.toLowerCase());
      }
    }
    return out;
  }
}

/** One subscription of a tenant session: its pooled clients. */
export class SubscriptionSession implements ProviderSession<AzureClients> {
  constructor(
    readonly accountId: string,
    private readonly pool: AzureClientPool,
  ) {}

  async enabledRegions(): Promise<string[]> {
    return [...AZURE_LOCATIONS];
  }

  clientsFor(): AzureClients {
    return this.pool.for(this.accountId);
  }

  async accounts(): Promise<AzureAccount[]> {
    return [{ accountId: this.accountId }];
  }

  async forAccount(subscriptionId: string): Promise<ProviderSession<AzureClients>> {
    return subscriptionId === this.accountId
      ? this
      : new SubscriptionSession(subscriptionId, this.pool);
  }

  close(): void {}
}

/** Authenticates lazily (the first call asks for a token) and lists nothing until asked. */
export async function connectAzure(
  auth: AzureAuthMode,
  options: ConnectOptions,
  overrides: AzureConnectOverrides = {},
): Promise<AzureSession> {
  const cloud = resolveCloud(auth, overrides.env ?? process.env);
  const ctx: PipelineContext = {
    cloud,
    credential: overrides.credential ?? credentialFor(auth, cloud),
    throttle: new ThrottleRegistry(),
    principal: principalOf(auth),
    observer: options.observer,
    ...(overrides.httpClient ? { httpClient: overrides.httpClient } : {}),
  };
  options.log.debug(
    { provider: 'azure', arm: cloud.armEndpoint, auth: auth.type },
    'azure session',
  );
  return new AzureSession(auth, ctx, overrides.graph);
}

export { classifyAzureError };
export type { JsonObject };
