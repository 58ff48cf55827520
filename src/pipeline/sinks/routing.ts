import type { EventSink, Logger } from '../../core/index.js';
import { isRemoteSink, type SinkName } from './names.js';

/** Which sinks a scan's events go to: a scan's own list, else its tenant's, else the defaults. */
export interface SinkRouting {
  defaults: readonly SinkName[];
  tenants?: Readonly<Record<string, readonly SinkName[]>>;
}

export interface ScanSinks {
  /** Local sinks, written as events are produced. */
  sinks: EventSink[];
  /** Remote sinks, fed through the outbox. */
  outbox: string[];
}

export function sinkNamesFor(
  routing: SinkRouting,
  scan: { client_id: string; options: { sinks?: readonly string[] } },
): string[] {
  const names = scan.options.sinks ?? routing.tenants?.[scan.client_id] ?? routing.defaults;
  return [...new Set(names)];
}

/**
 * Resolves a scan's sinks. A remote sink is queued in the outbox even when this process has no
 * endpoint for it: the events wait, visible in the backlog, until a process configured for it
 * delivers them. A local sink mapped to null is handled elsewhere (the one-shot scan's own output)
 * and skipped; one this process does not have at all is skipped with a warning.
 */
export class SinkRouter {
  readonly #warned = new Set<string>();

  constructor(
    private readonly routing: SinkRouting,
    private readonly local: Readonly<Partial<Record<string, EventSink | null>>>,
    private readonly log: Logger,
  ) {}

  route(scan: {
    id: string;
    client_id: string;
    options: { sinks?: readonly string[] };
  }): ScanSinks {
    const route: ScanSinks = { sinks: [], outbox: [] };
    for (const name of sinkNamesFor(this.routing, scan)) {
      if (name === 'store') continue;
      if (isRemoteSink(name)) {
        route.outbox.push(name);
        continue;
      }
      const sink = this.local[name];
      if (sink) route.sinks.push(sink);
      else if (sink === undefined && !this.#warned.has(name)) {
        this.#warned.add(name);
        this.log.warn(
          { sink: name, scan_id: scan.id },
          'sink not available in this process: skipped',
        );
      }
    }
    return route;
  }
}
