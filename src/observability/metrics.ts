import {
  AggregatorRegistry,
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
  type MetricObjectWithValues,
  type MetricValue,
} from 'prom-client';
import type { ApiCallObserver, JobQueue, SinkStatus } from '../core/index.js';

/**
 * Error codes that answer "this is not configured / not there" (`NoSuchBucketPolicy`,
 * `ServerSideEncryptionConfigurationNotFoundError`, `ResourceNotFoundException`, GCP's `notFound`,
 * Azure's `ResourceNotFound`): a fact the scan records, not a failed call.
 */
const ABSENT_ANSWER = /^NoSuch|NotFound(Error|Exception|Fault)?$|^notFound$/;

/** A call's outcome label: `success`, `absent` (an expected "not configured" answer) or `error`. */
export function callOutcome(call: { outcome: 'success' | 'error'; errorCode?: string }): string {
  if (call.outcome === 'success') return 'success';
  return call.errorCode !== undefined && ABSENT_ANSWER.test(call.errorCode) ? 'absent' : 'error';
}

/** Metrics as prom-client's JSON: what a thread of this process sends to the one serving /metrics. */
export type MetricsSnapshot = MetricObjectWithValues<MetricValue<string>>[];

/** Prometheus metrics of the scanner itself, served at /metrics. */
export class ScannerMetrics implements ApiCallObserver {
  readonly registry = new Registry();
  readonly #sources: Array<() => Promise<MetricsSnapshot>> = [];
  readonly apiCalls = new Counter({
    name: 'clouddiagnoze_cloud_api_calls_total',
    help: 'Cloud API calls by provider, service, operation and outcome (success, absent = a "not configured" answer, error)',
    labelNames: ['provider', 'service', 'operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly throttled = new Counter({
    name: 'clouddiagnoze_cloud_api_throttled_total',
    help: 'Cloud API calls that were throttled (retried by the SDK or failed with a throttling error)',
    labelNames: ['provider', 'service', 'operation'] as const,
    registers: [this.registry],
  });
  readonly events = new Counter({
    name: 'clouddiagnoze_events_emitted_total',
    help: 'Events emitted by scanners, by provider, service and category',
    labelNames: ['provider', 'service', 'category'] as const,
    registers: [this.registry],
  });
  readonly unitDuration = new Histogram({
    name: 'clouddiagnoze_unit_duration_seconds',
    help: 'Duration of scan units by provider, service and outcome',
    labelNames: ['provider', 'service', 'status'] as const,
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900],
    registers: [this.registry],
  });

  readonly sinkDelivered = new Counter({
    name: 'clouddiagnoze_sink_delivered_events_total',
    help: 'Events a remote sink acknowledged, by sink',
    labelNames: ['sink'] as const,
    registers: [this.registry],
  });
  readonly sinkFailures = new Counter({
    name: 'clouddiagnoze_sink_failed_attempts_total',
    help: 'Batch deliveries that failed, by sink and outcome (retry, rejected = dead letter)',
    labelNames: ['sink', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true)
      collectDefaultMetrics({ register: this.registry, prefix: 'clouddiagnoze_' });
  }

  /**
   * Adds what another thread of this process counts (its `accumulated()`), summed into this
   * registry's series by name and labels when Prometheus scrapes.
   */
  addSource(source: () => Promise<MetricsSnapshot>): void {
    this.#sources.push(source);
  }

  /**
   * The counters and histograms this registry accumulated: what a thread forwards. Its gauges are
   * left out: they read state the serving thread reads too (queue depth, sink backlog).
   */
  async accumulated(): Promise<MetricsSnapshot> {
    const all = await this.registry.getMetricsAsJSON();
    // At run time `type` is the exposition's word ('counter'); the typings declare an enum.
    return all.filter((metric) => ['counter', 'histogram'].includes(String(metric.type)));
  }

  /** The text exposition Prometheus scrapes: this registry's metrics and every source's. */
  async exposition(): Promise<string> {
    if (this.#sources.length === 0) return this.registry.metrics();
    const snapshots = await Promise.all([
      this.registry.getMetricsAsJSON(),
      ...this.#sources.map((source) => source()),
    ]);
    return AggregatorRegistry.aggregate(snapshots).metrics();
  }

  onCall(call: Parameters<ApiCallObserver['onCall']>[0]): void {
    this.apiCalls.inc({
      provider: call.provider,
      service: call.service,
      operation: call.operation,
      outcome: callOutcome(call),
    });
    if (call.throttled)
      this.throttled.inc({
        provider: call.provider,
        service: call.service,
        operation: call.operation,
      });
  }

  /** The outbox backlog and dead letters per sink, read from the store when Prometheus scrapes. */
  watchSinks(source: { sinkStatuses(): Promise<SinkStatus[]> }): void {
    new Gauge({
      name: 'clouddiagnoze_sink_backlog_events',
      help: 'Events waiting in the outbox of a remote sink (dead letters excluded)',
      labelNames: ['sink'] as const,
      registers: [this.registry],
      async collect() {
        for (const status of await source.sinkStatuses())
          this.set({ sink: status.sink }, status.backlog_events);
      },
    });
    new Gauge({
      name: 'clouddiagnoze_sink_dead_letter_events',
      help: 'Events of batches a remote sink rejected, waiting for a redrive',
      labelNames: ['sink'] as const,
      registers: [this.registry],
      async collect() {
        for (const status of await source.sinkStatuses())
          this.set({ sink: status.sink }, status.dead_letter_events);
      },
    });
  }

  /** Queue depth is read when Prometheus scrapes, never polled. */
  watchQueue(queue: JobQueue): void {
    new Gauge({
      name: 'clouddiagnoze_queue_jobs',
      help: 'Scan jobs in the queue by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const depth = await queue.depth();
        this.set({ state: 'waiting' }, depth.waiting);
        this.set({ state: 'active' }, depth.active);
      },
    });
  }
}
