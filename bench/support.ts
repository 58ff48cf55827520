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
