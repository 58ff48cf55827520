import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

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

/**
 * The young generation of `serve`'s data-plane thread, in MiB: two 4 MiB semi-spaces and the new
 * large-object space. A scan allocates millions of short-lived event objects; with V8's default
 * (16 MiB semi-spaces) a 100,000-resource region peaks about 49 MiB higher (bench/README.md, "The
 * young generation's size": 331 → 282 MiB, 56.5 → 62.8 s). V8 sizes the young generation when an
 * isolate starts, so `setFlagsFromString` cannot change it: a thread takes it as a resource limit,
 * the main thread (`scan`, `worker`) only from Node's own `--max-semi-space-size`.
 */
export const DATA_PLANE_YOUNG_GENERATION_MIB = 12;

const SEMI_SPACE_FLAG = '--max-semi-space-size';

/** The data-plane thread's resource limits, unless the operator started Node with their own semi-space size. */
export function dataPlaneResourceLimits(
  execArgv: readonly string[] = process.execArgv,
): ResourceLimits | undefined {
  if (execArgv.some((arg) => arg === SEMI_SPACE_FLAG || arg.startsWith(`${SEMI_SPACE_FLAG}=`)))
    return undefined;
  return { maxYoungGenerationSizeMb: DATA_PLANE_YOUNG_GENERATION_MIB };
}
