import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may grow the old space past what survived its last full collection, in percent. By
 * default V8 picks up to 300 % when collections are cheap: a scan of 100,000 resources whose live
 * set is about 150 MiB then peaks above 700 MiB of RSS. At 10 % the same scan peaks near 325 MiB
 * for about as long (bench/memory-synthetic.ts, `BENCH_SET_FLAGS`): scans wait on the cloud, not
 * on the collector.
 */
export const HEAP_GROWING_PERCENT = 10;

const FLAG = '--heap-growing-percent';

/**
 * Applies HEAP_GROWING_PERCENT to this process (every thread: V8's flags are per process), unless
 * it was started with a `--heap-growing-percent` of its own.
 */
export function boundHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  setFlags: (flags: string) => void = setFlagsFromString,
): void {
  if (execArgv.some((arg) => arg === FLAG || arg.startsWith(`${FLAG}=`))) return;
  setFlags(`${FLAG}=${HEAP_GROWING_PERCENT}`);
}
