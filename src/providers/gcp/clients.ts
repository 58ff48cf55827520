import type { GcpCall, GcpTransport } from './transport.js';
import { sharedRead } from '../../lib/shared-read.js';

/** Scan-wide settings of the GCP scanners, from the auth mode and the environment. */
export interface GcpSettings {
  /** `project.dataset.table` of the Cloud Billing standard usage cost export. */
  billingExportTable?: string;
  /** Cap on the bytes the billing export query may bill. */
  billingMaxBytesBilled?: number;
}

/** What a GCP scanner's unit gets: the transport, bound to the unit's project. */
export interface GcpClients {
  readonly project: string;
  readonly settings: GcpSettings;
  request<T>(call: GcpCall, signal?: AbortSignal): Promise<T>;
  /** One call on behalf of another project (a billing export's, a catalogue's own). */
  requestAs<T>(project: string, call: GcpCall, signal?: AbortSignal): Promise<T>;
  pages<Page extends { nextPageToken?: string }>(
    call: GcpCall,
    signal?: AbortSignal,
  ): AsyncIterable<Page>;
  /**
   * A scan-wide answer every project shares (the billing export, the price catalogue): `load` runs
   * once per session and key, the other units await the same promise.
   */
  shared<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** The scan-wide memo behind `shared`: one per session, never a module-level one. */
export type SharedReads = Map<string, Promise<unknown>>;

export function projectClients(
  transport: GcpTransport,
  project: string,
  settings: GcpSettings = {},
  sharedReads: SharedReads = new Map(),
): GcpClients {
  return {
    project,
    settings,
    request: (call, signal) => transport.request(project, call, signal),
    requestAs: (other, call, signal) => transport.request(other, call, signal),
    pages: (call, signal) => transport.pages(project, call, signal),
    shared: (key, load) => sharedRead(sharedReads, key, load),
  };
}
