import type { ConnectOptions, ProviderSession } from '../../core/index.js';
import { credentialsFor, type GcpAuthMode } from './auth.js';
import { projectClients, type GcpClients, type GcpSettings, type SharedReads } from './clients.js';
import { resolveEndpoints } from './endpoints.js';
import { ProjectRateLimit } from './limits.js';
import { discoverProjects, needsDiscovery } from './projects.js';
import { GCP_REGIONS } from './regions.js';
import { GcpTransport } from './transport.js';

/** The billing export table when the auth mode names none (`project.dataset.table`). */
export const BILLING_TABLE_VARIABLE = 'CLOUDDIAGNOZE_GCP_BILLING_EXPORT_TABLE';

export interface GcpSessionOptions extends ConnectOptions {
  env?: NodeJS.ProcessEnv;
  maxAttempts?: number;
  baseDelayMs?: number;
  callsPerMinute?: number;
}

/**
 * Authenticates once per scan (google-auth-library; tokens fetched and refreshed on use) and
 * resolves which projects the scan covers. Every project shares the transport; each one's calls
 * count against its own rate budget and the process-wide concurrency limiter (`<project>:global`).
 */
export async function connectGcp(
  auth: GcpAuthMode,
  options: GcpSessionOptions,
): Promise<ProviderSession<GcpClients>> {
  const credentials = await credentialsFor(auth);
  const rate = new ProjectRateLimit(options.callsPerMinute);
  const limiter = options.limiter;
  const transport = new GcpTransport({
    auth: credentials.client,
    endpoints: resolveEndpoints(options.env),
    observer: options.observer,
    maxAttempts: options.maxAttempts,
    baseDelayMs: options.baseDelayMs,
    requestTimeoutMs: options.callTimeouts?.responseMs,
    connectTimeoutMs: options.callTimeouts?.connectMs,
    limit: (project, call) =>
      rate.run(
        project,
        () => (limiter ? limiter.run(`${project}:global`, call) : call()),
        options.signal,
      ),
  });
  const env = options.env ?? process.env;
  const settings: GcpSettings = {
    billingExportTable: auth.billing_export_table ?? env[BILLING_TABLE_VARIABLE]?.trim(),
    billingMaxBytesBilled: auth.billing_max_bytes_billed,
  };
  const sharedReads: SharedReads = new Map();
  const home =
    auth.project_id ??
    (needsDiscovery(auth) ? undefined : auth.project_ids?.[0]) ??
    (await credentials.defaultProject());
  const scopeName =
    home ??
    (auth.organization_id ? `organizations/${auth.organization_id}` : undefined) ??
    (auth.folder_ids ? `folders/${auth.folder_ids[0]}` : undefined);
  if (scopeName === undefined) {
    throw Object.assign(
      new Error(
        'no project to scan: name project_id, project_ids, folder_ids or organization_id (the credentials name no project)',
      ),
      { name: 'NoProject' },
    );
  }

  let selection: Promise<Awaited<ReturnType<ProviderSession<GcpClients>['accounts']>>> | undefined;
  const sessions = new Map<string, ProviderSession<GcpClients>>();
  const projectSession = (project: string): ProviderSession<GcpClients> => {
    const existing = sessions.get(project);
    if (existing) return existing;
    const session: ProviderSession<GcpClients> = {
      accountId: project,
      // Every public region is open to every project; the scanners read aggregated lists.
      enabledRegions: async () => [...GCP_REGIONS],
      clientsFor: () => projectClients(transport, project, settings, sharedReads),
      accounts: async () => [{ accountId: project }],
      forAccount: async (other) => (other === project ? session : root.forAccount(other)),
      close: () => {},
    };
    sessions.set(project, session);
    return session;
  };

  const root: ProviderSession<GcpClients> = {
    accountId: scopeName,
    enabledRegions: async () => [...GCP_REGIONS],
    clientsFor: () => projectClients(transport, scopeName, settings, sharedReads),
    accounts() {
      selection ??= (async () => {
        if (needsDiscovery(auth)) {
          const found = await discoverProjects(transport, auth, options.signal);
          return [...found.projectIds.map((accountId) => ({ accountId })), ...found.failures];
        }
        const ids = auth.project_ids ?? [scopeName];
        return [...new Set(auth.project_id ? [auth.project_id, ...ids] : ids)].map((accountId) => ({
          accountId,
        }));
      })();
      return selection;
    },
    async forAccount(project) {
      const covered = await root.accounts();
      if (!covered.some((a) => a.accountId === project && !a.failure))
        throw new Error(`this scan does not cover project ${project}`);
      return projectSession(project);
    },
    close() {
      sessions.clear();
      sharedReads.clear();
      void transport.close();
    },
  };
  return root;
}
