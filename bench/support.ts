import { eventId, toParisIso, type CbpEvent, type Store } from '../src/core/index.js';
import { cpus, totalmem } from 'node:os';

/** Peak heap and RSS, sampled while `work` runs. */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakHeapMiB: number; peakRssMiB: number }> {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const timer = setInterval(sample, 10);
  try {
    const result = await work();
    sample();
    return { result, peakHeapMiB: peakHeap / 2 ** 20, peakRssMiB: peakRss / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

/** One JSON line on stdout: the orchestrator reads it. */
export function report(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The i-th synthetic EC2 event of a scan: instance types and CPU averages, alternately. */
export function syntheticEvent(scanId: string, i: number): CbpEvent {
  const resource = `arn:aws:ec2:eu-west-1:123456789012:instance/i-${i.toString(16).padStart(17, '0')}`;
  const metricType =
    i % 2 === 0 ? 'aws.metadata.ec2.instance_type' : 'aws.performance.ec2.cpu_utilization.average';
  return {
    client_id: 'ACME',
    timestamp: toParisIso(Date.now()),
    resource_id: resource,
    metric_type: metricType,
    metric_value: i % 2 === 0 ? 't3.micro' : 27.85,
    event_id: eventId(scanId, resource, metricType),
    scan_id: scanId,
    provider: 'aws',
    account_id: '123456789012',
    region: 'eu-west-1',
    service: 'ec2',
    category: i % 2 === 0 ? 'metadata' : 'performance',
  };
}

/** Records queued EC2 scans with these ids, for events to belong to. */
export async function createBenchScans(store: Store, ids: readonly string[]): Promise<void> {
  const createdAt = new Date().toISOString();
  for (const id of ids) {
    await store.createScan(
      {
        id,
        client_id: 'ACME',
        provider: 'aws',
        services: ['ec2'],
        requested_regions: ['eu-west-1'],
        auth_mode: { type: 'default' },
        options: { metrics_window_days: 14, unit_timeout_seconds: 900 },
        status: 'QUEUED',
        account_id: null,
        progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
        error: null,
        created_at: createdAt,
        started_at: null,
        finished_at: null,
      },
      null,
    );
  }
}
