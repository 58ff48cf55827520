import type { NodeHours } from '../../pricing.js';
import type { Domain, DomainConfig, OpenSearchRegionSnapshot } from './model.js';

type Performance = OpenSearchRegionSnapshot['performance'];

/**
 * The domain served no search and no indexing request over the window (SearchRate and
 * IndexingRate summed to 0); false when it served some, undefined when either is unknown or its
 * configuration is unread.
 */
export function servedNoRequest(domain: Domain, performance: Performance): boolean | undefined {
  if (performance.status !== 'collected' || domain.config.state !== 'available') return undefined;
  const stats = performance.resources[domain.arn];
  if (stats?.searchRate === undefined || stats.indexingRate === undefined) return undefined;
  return stats.searchRate === 0 && stats.indexingRate === 0;
}

/**
 * Idle: no search and no indexing request over a whole window the domain existed for. undefined
 * when a statistic is missing, or its creation date is unread or within the window.
 */
export function isIdleDomain(domain: Domain, performance: Performance): boolean | undefined {
  const none = servedNoRequest(domain, performance);
  if (none !== true || performance.status !== 'collected') return none;
  const created = domain.createdTime;
  if (created?.state !== 'available' || created.value > performance.windowStart) return undefined;
  return true;
}

/** The nodes a domain is billed for by the hour: data nodes and dedicated masters (UltraWarm aside). */
export function billedNodes(config: DomainConfig): Omit<NodeHours, 'hourlyUsd'>[] {
  const nodes: Omit<NodeHours, 'hourlyUsd'>[] = [];
  if (config.instanceType && config.instanceCount > 0)
    nodes.push({ role: 'data', instanceType: config.instanceType, nodes: config.instanceCount });
  if (config.dedicatedMasterType && config.dedicatedMasterCount > 0)
    nodes.push({
      role: 'dedicated_master',
      instanceType: config.dedicatedMasterType,
      nodes: config.dedicatedMasterCount,
    });
  return nodes;
}
