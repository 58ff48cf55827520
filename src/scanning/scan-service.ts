import { randomUUID } from 'node:crypto';
import type { Clock, JobQueue, Scan, Store, Thresholds } from '../core/index.js';
import type { CredentialSealer } from './credentials.js';
import type { ScannerRegistry } from './registry.js';
import {
  SINK_NAMES,
  SINK_SETTINGS,
  isRemoteSink,
  sinkConfigured,
} from '../pipeline/sinks/names.js';
import { parseScanRequest, ScanRequestError } from './request.js';

export class ScanNotFoundError extends Error {}
export class ScanConflictError extends Error {}

/** The control plane's scan operations, shared by the API and the CLI. Never calls a cloud. */
export class ScanService {
  constructor(
    private readonly deps: {
      store: Store;
      queue: JobQueue;
      registry: ScannerRegistry;
      sealer: CredentialSealer;
      clock: Clock;
      /** Remote sinks configured here; a scan naming another is refused (unset: not checked). */
      remoteSinks?: readonly string[];
      /** Configured signal thresholds; a request's own thresholds override them, key by key. */
      thresholds?: Partial<Thresholds>;
    },
  ) {}

  /** The sinks a scan may name here: the local ones, and the remote ones that are configured. */
  availableSinks(): {
    name: string;
    remote: boolean;
    configured: boolean;
    setting: string | null;
  }[] {
    return SINK_NAMES.map((name) => ({
      name,
      remote: isRemoteSink(name),
      configured: sinkConfigured(name, this.deps.remoteSinks),
      setting: SINK_SETTINGS[name],
    }));
  }

  /**
   * Validates, records and enqueues a scan. `tenant` restricts the client_id a caller may scan for
   * (null = any). Throws ScanRequestError with every problem found; nothing is stored then.
   */
  async submit(input: unknown, tenant: string | null = null): Promise<Scan> {
    const request = parseScanRequest(this.deps.registry, input, {
      remoteSinks: this.deps.remoteSinks,
    });
    if (tenant !== null && request.client_id !== tenant) {
      throw new ScanRequestError([
        { path: 'client_id', message: `this API key may only scan for client ${tenant}` },
      ]);
    }
    const provider = this.deps.registry.provider(request.provider);
    if (!provider) throw new ScanRequestError([{ path: 'provider', message: 'unknown provider' }]);
    const now = this.deps.clock.now().toISOString();
    const scan: Scan = {
      id: randomUUID(),
      client_id: request.client_id,
      provider: request.provider,
      services: request.services,
      requested_regions: request.regions,
      auth_mode: provider.redactAuth(request.auth_mode),
      options:
        this.deps.thresholds && Object.keys(this.deps.thresholds).length > 0
          ? {
              ...request.options,
              thresholds: { ...this.deps.thresholds, ...request.options.thresholds },
            }
          : request.options,
      status: 'QUEUED',
      account_id: null,
      progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
      api_cost_usd: 0,
      error: null,
      created_at: now,
      started_at: null,
      finished_at: null,
    };
    await this.deps.store.createScan(scan, this.deps.sealer.seal(request.auth_mode));
    try {
      await this.deps.queue.enqueue({ kind: 'plan', scan_id: scan.id });
    } catch (error) {
      // Nothing half-made: the caller is told it failed, so no scan record stays behind.
      await this.deps.store.discardScan(scan.id).catch(() => false);
      throw error;
    }
    return scan;
  }

  /** Cancels a scan that has not finished; running units stop at their next batch. */
  async cancel(scanId: string): Promise<Scan> {
    const changed = await this.deps.store.finishScan(
      scanId,
      'CANCELLED',
      null,
      this.deps.clock.now(),
    );
    const scan = await this.deps.store.getScan(scanId);
    if (!scan) throw new ScanNotFoundError(`scan ${scanId} not found`);
    if (!changed) throw new ScanConflictError(`scan ${scanId} is already ${scan.status}`);
    return scan;
  }
}
