import type { GcpCall, GcpTransport } from './transport.js';

/** What a GCP scanner's unit gets: the transport, bound to the unit's project. */
export interface GcpClients {
  readonly project: string;
  request<T>(call: GcpCall, signal?: AbortSignal): Promise<T>;
  pages<Page extends { nextPageToken?: string }>(
    call: GcpCall,
    signal?: AbortSignal,
  ): AsyncIterable<Page>;
}

export function projectClients(transport: GcpTransport, project: string): GcpClients {
  return {
    project,
    request: (call, signal) => transport.request(project, call, signal),
    pages: (call, signal) => transport.pages(project, call, signal),
  };
}
