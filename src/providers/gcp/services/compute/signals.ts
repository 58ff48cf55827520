import type { Thresholds } from '../../../../core/index.js';
import type { GcpInstance, InstancePerformance } from './model.js';

/**
 * Running, with average CPU and network below the scan's idle thresholds; undefined when
 * Monitoring has no figures for it. The extractor's idle signal and the collector's choice to
 * price waste both read it, so they never disagree.
 */
export function isIdle(
  vm: GcpInstance,
  figures: InstancePerformance | undefined,
  thresholds: Thresholds,
): boolean | undefined {
  if (vm.status !== 'RUNNING' || !figures) return undefined;
  if (figures.cpuAveragePercent === undefined || figures.networkBytesPerDay === undefined)
    return undefined;
  return (
    figures.cpuAveragePercent < thresholds.idle_cpu_percent &&
    figures.networkBytesPerDay < thresholds.idle_network_bytes_per_day
  );
}
