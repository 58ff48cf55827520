import type { CbpEvent, JsonValue } from '../core/index.js';
import type { RoleOf } from './cost.js';

/** The resources that stand out in the performance dimension. */
export interface PerformanceSummary {
  /** Per utilisation metric (percent), the busiest resources. */
  busiest: { metric_type: string; resources: { resource_id: string; value: number }[] }[];
  /** Resources whose average CPU stays under the scan's idle threshold over the metrics window. */
  idle: { resource_id: string; metric_type: string; value: number }[];
  /** Resources whose status checks failed in the window. */
  status_check_failures: { resource_id: string; metric_type: string }[];
  /** Metrics that could not be read, by metric type: how many resources and one reason. */
  unavailable: { metric_type: string; resources: number; reason: string }[];
  idle_threshold_percent: number;
}

const TOP = 5;

/** Roles whose values are utilisation in percent, listed among the busiest resources. */
const UTILISATION = new Set([
  'cpu_utilization_average',
  'cpu_utilization_p95',
  'utilization_percent',
]);

/** Reads the performance dimension by the roles of the metrics (never their names). */
export class PerformanceAccumulator {
  readonly #top = new Map<string, { resource_id: string; value: number }[]>();
  /** Every average CPU: which are idle depends on the scan's threshold, applied in result(). */
  readonly #cpu: PerformanceSummary['idle'] = [];
  readonly #failing: PerformanceSummary['status_check_failures'] = [];
  readonly #unavailable = new Map<string, { resources: number; reason: string }>();

  constructor(private readonly roleOf: RoleOf) {}

  add(event: CbpEvent): void {
    if (event.category !== 'performance') return;
    const { metric_type: metric, metric_value: value, resource_id } = event;
    const role = this.roleOf(metric)?.role;
    if (role === 'unavailable') {
      const entry = this.#unavailable.get(metric) ?? { resources: 0, reason: reasonOf(value) };
      entry.resources += 1;
      this.#unavailable.set(metric, entry);
      return;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    if (role === 'health_check_failures' && value >= 1) {
      this.#failing.push({ resource_id, metric_type: metric });
      return;
    }
    if (role === 'cpu_utilization_average') {
      this.#cpu.push({ resource_id, metric_type: metric, value });
    }
    if (role !== undefined && UTILISATION.has(role)) {
      const list = this.#top.get(metric) ?? [];
      list.push({ resource_id, value });
      list.sort((a, b) => b.value - a.value || a.resource_id.localeCompare(b.resource_id));
      if (list.length > TOP) list.length = TOP;
      this.#top.set(metric, list);
    }
  }

  /** `idleCpuPercent`: the scan's threshold (`thresholdsOf(scan.options).idle_cpu_percent`). */
  result(idleCpuPercent: number): PerformanceSummary {
    return {
      busiest: [...this.#top.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([metric_type, resources]) => ({ metric_type, resources })),
      idle: this.#cpu
        .filter((entry) => entry.value < idleCpuPercent)
        .sort((a, b) => a.value - b.value || a.resource_id.localeCompare(b.resource_id)),
      status_check_failures: [...this.#failing].sort((a, b) =>
        a.resource_id.localeCompare(b.resource_id),
      ),
      unavailable: [...this.#unavailable.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([metric_type, entry]) => ({ metric_type, ...entry })),
      idle_threshold_percent: idleCpuPercent,
    };
  }
}

function reasonOf(value: JsonValue): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const reason = value['reason'] ?? value['detail'];
    if (typeof reason === 'string') return reason;
  }
  return typeof value === 'string' ? value : '';
}
