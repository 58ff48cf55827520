/** The paid cloud API calls of one unit of a scan, and what they cost. */

/** One paid request (or page), as a scanner records it. */
export interface PaidCall {
  /** Cloud service, e.g. `cloudwatch`, `ce`. */
  service: string;
  operation: string;
  /** Billed units besides the request itself (e.g. metrics requested by GetMetricData). */
  units?: number;
  usd: number;
}

export interface PaidUsage {
  requests: number;
  units: number;
  usd: number;
}

/** Counts the paid calls a unit makes; the runner reads the total onto the scan record. */
export class ApiCostMeter {
  readonly #usage = new Map<string, PaidUsage>();

  record(call: PaidCall): void {
    const key = `${call.service}:${call.operation}`;
    const usage = this.#usage.get(key) ?? { requests: 0, units: 0, usd: 0 };
    usage.requests += 1;
    usage.units += call.units ?? 0;
    usage.usd += call.usd;
    this.#usage.set(key, usage);
  }

  /** Paid requests recorded so far. */
  get requests(): number {
    let total = 0;
    for (const usage of this.#usage.values()) total += usage.requests;
    return total;
  }

  /** Total cost in USD, rounded to a millionth of a dollar (sums of cents and thousandths of cents). */
  get usd(): number {
    let total = 0;
    for (const usage of this.#usage.values()) total += usage.usd;
    return roundUsd(total);
  }

  /** `service:operation` → usage, sorted by key. */
  breakdown(): Record<string, PaidUsage> {
    const out: Record<string, PaidUsage> = {};
    for (const key of [...this.#usage.keys()].sort()) {
      const usage = this.#usage.get(key)!;
      out[key] = { requests: usage.requests, units: usage.units, usd: roundUsd(usage.usd) };
    }
    return out;
  }
}

export function roundUsd(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
