import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { MonitorClient } from '@azure/arm-monitor';
import { SqlManagementClient } from '@azure/arm-sql';
import { StorageManagementClient } from '@azure/arm-storage';
import type { AzureCloud } from './cloud.js';
import { sdkGraphReader, TenantInventory, type GraphReader, type GraphRow } from './graph.js';
import {
  AzureRest,
  followableNextLink,
  prepareSdkPipeline,
  sdkOptions,
  type JsonObject,
  type PipelineContext,
} from './pipeline.js';
import { keyVaultThrottlePolicy } from './throttle.js';

/** A query of the tenant's inventory: its kind names it, its KQL returns rows with subscriptionId. */
export interface InventoryQuery {
  kind: string;
  kql: string;
}

/** What a Resource Manager detail read returns that scanners use, in our own narrow shapes. */
export interface ArmDetails {
  /** Blob service properties of a storage account (soft delete, versioning). */
  blobServiceProperties(
    resourceGroup: string,
    account: string,
    signal?: AbortSignal,
  ): Promise<JsonObject>;
  sqlFirewallRules(
    resourceGroup: string,
    server: string,
    signal?: AbortSignal,
  ): Promise<JsonObject[]>;
  sqlAuditingPolicies(
    resourceGroup: string,
    server: string,
    signal?: AbortSignal,
  ): Promise<JsonObject[]>;
  /** The server's TDE protector (`current`): service-managed or a Key Vault key. */
  sqlEncryptionProtectors(
    resourceGroup: string,
    server: string,
    signal?: AbortSignal,
  ): Promise<JsonObject[]>;
  /** The server's Microsoft Entra administrator, when the graph row does not carry it. */
  sqlAdministrators(
    resourceGroup: string,
    server: string,
    signal?: AbortSignal,
  ): Promise<JsonObject[]>;
  /** Transparent data encryption of one database (`current`). */
  sqlDatabaseTde(
    resourceGroup: string,
    server: string,
    database: string,
    signal?: AbortSignal,
  ): Promise<JsonObject[]>;
  /** Diagnostic settings of a resource or of the subscription itself (`/subscriptions/S`). */
  diagnosticSettings(resourceUri: string, signal?: AbortSignal): Promise<JsonObject[]>;
  /** Defender for Cloud plans of the subscription. */
  defenderPricings(signal?: AbortSignal): Promise<JsonObject[]>;
  /** Defender for Cloud security contacts (alert e-mails) of the subscription. */
  securityContacts(signal?: AbortSignal): Promise<JsonObject[]>;
}

/**
 * A key vault's data plane (`https://{vault}.vault.azure.net`), REST 7.4 through the session's
 * pipeline with a token for the cloud's Key Vault audience. The vault URI comes from the graph and is
 * used only when it lies in the configured cloud (see `trustedVaultUri`).
 */
export interface VaultDataPlane {
  /** Every key's properties (`GET {vault}/keys`, all `nextLink` pages). */
  keys(vaultUri: string, signal?: AbortSignal): Promise<JsonObject[]>;
  /** Every secret's properties, never a value (`GET {vault}/secrets`, all pages). */
  secrets(vaultUri: string, signal?: AbortSignal): Promise<JsonObject[]>;
  /** A key's rotation policy (`GET {vault}/keys/{name}/rotationpolicy`). */
  keyRotationPolicy(vaultUri: string, keyName: string, signal?: AbortSignal): Promise<JsonObject>;
}

export interface MetricsBatchRequest {
  region: string;
  namespace: string;
  metricNames: readonly string[];
  resourceIds: readonly string[];
  start: Date;
  end: Date;
  /** ISO 8601 duration, e.g. P1D. */
  interval: string;
  aggregations: readonly string[];
}

/** Everything a scanner of one subscription may call, behind narrow interfaces. */
export interface AzureClients {
  subscriptionId: string;
  cloud: AzureCloud;
  /** This subscription's rows of a tenant-wide Resource Graph query. */
  inventory(query: InventoryQuery, signal?: AbortSignal): Promise<GraphRow[]>;
  arm: ArmDetails;
  vault: VaultDataPlane;
  /** `metrics:getBatch` on the region's metrics endpoint (≤ 50 resources a call). */
  metricsBatch(request: MetricsBatchRequest, signal?: AbortSignal): Promise<JsonObject>;
  /** Cost Management query at the subscription scope. */
  costQuery(body: JsonObject, signal?: AbortSignal, nextLink?: string): Promise<JsonObject>;
  /** Retail Prices API pages for an OData filter (public, unauthenticated). */
  retailPrices(filter: string, signal?: AbortSignal): Promise<JsonObject[]>;
}

export const API_VERSIONS = {
  metricsBatch: '2023-10-01',
  costQuery: '2023-11-01',
  pricings: '2024-01-01',
  securityContacts: '2023-12-01-preview',
  subscriptions: '2022-12-01',
  keyVaultData: '7.4',
} as const;

/** `{vaultUri}{path}?api-version=7.4` (the vault URI ends with a slash; tolerate one without). */
function vaultUrl(vaultUri: string, path: string): string {
  return `${vaultUri.replace(/\/+$/, '')}/${path}?api-version=${API_VERSIONS.keyVaultData}`;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * SDK clients for one session, shared by its subscriptions: a Resource Graph client for the tenant,
 * and per subscription the Storage, SQL and Monitor clients (created on first use, then pooled).
 */
export class AzureClientPool {
  readonly graph: GraphReader;
  readonly inventory: TenantInventory;
  readonly arm: AzureRest;
  readonly #metrics: AzureRest;
  readonly #prices: AzureRest;
  readonly #bySubscription = new Map<string, AzureClients>();

  constructor(
    private readonly ctx: PipelineContext,
    subscriptions: () => Promise<readonly string[]>,
    graph?: GraphReader,
  ) {
    if (graph) this.graph = graph;
    else {
      const client = new ResourceGraphClient(ctx.credential, sdkOptions(ctx));
      prepareSdkPipeline(client.pipeline, ctx, 'resourcegraph');
      this.graph = sdkGraphReader(client);
    }
    this.inventory = new TenantInventory(this.graph, subscriptions);
    this.arm = new AzureRest(ctx, 'arm', `${ctx.cloud.armAudience}/.default`);
    this.#metrics = new AzureRest(ctx, 'metrics', `${ctx.cloud.metricsAudience}/.default`);
    this.#prices = new AzureRest(ctx, 'prices', undefined);
  }

  for(subscriptionId: string): AzureClients {
    let clients = this.#bySubscription.get(subscriptionId);
    if (!clients) {
      clients = this.#build(subscriptionId);
      this.#bySubscription.set(subscriptionId, clients);
    }
    return clients;
  }

  #build(subscriptionId: string): AzureClients {
    const ctx = this.ctx;
    const options = sdkOptions(ctx);
    let storage: StorageManagementClient | undefined;
    let sql: SqlManagementClient | undefined;
    let monitor: MonitorClient | undefined;
    const storageClient = () => {
      if (!storage) {
        storage = new StorageManagementClient(ctx.credential, subscriptionId, options);
        prepareSdkPipeline(storage.pipeline, ctx, 'storage');
      }
      return storage;
    };
    const sqlClient = () => {
      if (!sql) {
        sql = new SqlManagementClient(ctx.credential, subscriptionId, options);
        prepareSdkPipeline(sql.pipeline, ctx, 'sql');
      }
      return sql;
    };
    // The data plane draws from each vault's own bucket (and the subscription's Key Vault bucket),
    // never from ARM's: a vault URL names no subscription, and its limits are not ARM's.
    let vaultRest: AzureRest | undefined;
    const vault = () =>
      (vaultRest ??= new AzureRest(
        ctx,
        'keyvault',
        `${ctx.cloud.keyVaultAudience}/.default`,
        keyVaultThrottlePolicy(ctx.throttle, ctx.principal, subscriptionId),
      ));
    const monitorClient = () => {
      if (!monitor) {
        monitor = new MonitorClient(ctx.credential, subscriptionId, options);
        prepareSdkPipeline(monitor.pipeline, ctx, 'monitor');
      }
      return monitor;
    };
    const arm = ctx.cloud.armEndpoint;
    const sub = `/subscriptions/${subscriptionId}`;
    const listAll = async (url: string, signal?: AbortSignal) => {
      const out: JsonObject[] = [];
      for await (const page of this.arm.pages(url, signal)) out.push(...page);
      return out;
    };
    return {
      subscriptionId,
      cloud: ctx.cloud,
      inventory: (query, signal) =>
        this.inventory.rowsFor(query.kind, query.kql, subscriptionId, signal),
      arm: {
        blobServiceProperties: async (resourceGroup, account, signal) =>
          (await storageClient().blobServices.getServiceProperties(resourceGroup, account, {
            abortSignal: signal,
          })) as unknown as JsonObject,
        sqlFirewallRules: (resourceGroup, server, signal) =>
          collect(
            sqlClient().firewallRules.listByServer(resourceGroup, server, { abortSignal: signal }),
          ) as unknown as Promise<JsonObject[]>,
        sqlAuditingPolicies: (resourceGroup, server, signal) =>
          collect(
            sqlClient().serverBlobAuditingPolicies.listByServer(resourceGroup, server, {
              abortSignal: signal,
            }),
          ) as unknown as Promise<JsonObject[]>,
        sqlEncryptionProtectors: (resourceGroup, server, signal) =>
          collect(
            sqlClient().encryptionProtectors.listByServer(resourceGroup, server, {
              abortSignal: signal,
            }),
          ) as unknown as Promise<JsonObject[]>,
        sqlAdministrators: (resourceGroup, server, signal) =>
          collect(
            sqlClient().serverAzureADAdministrators.listByServer(resourceGroup, server, {
              abortSignal: signal,
            }),
          ) as unknown as Promise<JsonObject[]>,
        sqlDatabaseTde: (resourceGroup, server, database, signal) =>
          collect(
            sqlClient().transparentDataEncryptions.listByDatabase(resourceGroup, server, database, {
              abortSignal: signal,
            }),
          ) as unknown as Promise<JsonObject[]>,
        diagnosticSettings: (resourceUri, signal) =>
          collect(
            // The SDK's URL template adds the leading slash itself (a second one would make
            // `//subscriptions` parse as a host name).
            monitorClient().diagnosticSettings.list(resourceUri.replace(/^\/+/, ''), {
              abortSignal: signal,
            }),
          ) as unknown as Promise<JsonObject[]>,
        defenderPricings: async (signal) =>
          (
            await this.arm.request(
              'GET',
              `${arm}${sub}/providers/Microsoft.Security/pricings?api-version=${API_VERSIONS.pricings}`,
              undefined,
              signal,
            )
          ).value as JsonObject[],
        securityContacts: (signal) =>
          listAll(
            `${arm}${sub}/providers/Microsoft.Security/securityContacts?api-version=${API_VERSIONS.securityContacts}`,
            signal,
          ),
      },
      vault: {
        keys: async (vaultUri, signal) => {
          const out: JsonObject[] = [];
          for await (const page of vault().pages(vaultUrl(vaultUri, 'keys'), signal))
            out.push(...page);
          return out;
        },
        secrets: async (vaultUri, signal) => {
          const out: JsonObject[] = [];
          for await (const page of vault().pages(vaultUrl(vaultUri, 'secrets'), signal))
            out.push(...page);
          return out;
        },
        keyRotationPolicy: (vaultUri, keyName, signal) =>
          vault().request(
            'GET',
            vaultUrl(vaultUri, `keys/${encodeURIComponent(keyName)}/rotationpolicy`),
            undefined,
            signal,
          ),
      },
      metricsBatch: (request, signal) => {
        const base = ctx.cloud.metricsEndpoint.replace('{region}', request.region.toLowerCase());
        const params = new URLSearchParams({
          metricnamespace: request.namespace,
          metricnames: request.metricNames.join(','),
          starttime: request.start.toISOString(),
          endtime: request.end.toISOString(),
          interval: request.interval,
          aggregation: request.aggregations.join(','),
          'api-version': API_VERSIONS.metricsBatch,
        });
        return this.#metrics.request(
          'POST',
          `${base}${sub}/metrics:getBatch?${params.toString()}`,
          { resourceids: request.resourceIds },
          signal,
        );
      },
      costQuery: async (body, signal, nextLink) => {
        const first = `${arm}${sub}/providers/Microsoft.CostManagement/query?api-version=${API_VERSIONS.costQuery}`;
        // A reply's nextLink receives the ARM token only on the ARM endpoint's own host.
        const url = nextLink ? followableNextLink(first, nextLink, ctx.cloud.allowInsecure) : first;
        return this.arm.request('POST', url, body, signal);
      },
      retailPrices: async (filter, signal) => {
        const out: JsonObject[] = [];
        let url: string | undefined =
          `${ctx.cloud.retailPricesEndpoint}?$filter=${encodeURIComponent(filter)}`;
        while (url) {
          const page: JsonObject = await this.#prices.request('GET', url, undefined, signal);
          out.push(...((page.Items as JsonObject[] | undefined) ?? []));
          // Public and unauthenticated, but followed only on its own host all the same.
          url =
            typeof page.NextPageLink === 'string' && page.NextPageLink
              ? followableNextLink(
                  url,
                  page.NextPageLink,
                  ctx.cloud.allowInsecure || ctx.cloud.retailPricesEndpoint.startsWith('http://'),
                )
              : undefined;
        }
        return out;
      },
    };
  }
}
