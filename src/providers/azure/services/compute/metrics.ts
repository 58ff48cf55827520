import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.compute';
const P = 'azure.performance.compute';
const C = 'azure.cost.compute';
const A = 'azure.architecture.compute';

export const COMPUTE_METRIC = defineMetrics({
  vmSize: {
    name: `${M}.vm_size`,
    valueType: 'string',
    description: 'Size of the virtual machine (Standard_D2s_v5…).',
  },
  powerState: {
    name: `${M}.power_state`,
    valueType: 'string',
    description: 'running, deallocated, stopped, starting… (from the instance view).',
    role: 'resource_state',
  },
  osType: { name: `${M}.os_type`, valueType: 'string', description: 'Linux or Windows.' },
  zones: {
    name: `${M}.zones`,
    valueType: 'array',
    description: 'Availability zones of the VM or disk.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    description: 'Tags of the resource, key → value.',
    role: 'resource_tags',
  },
  diskSku: {
    name: `${M}.disk_sku`,
    valueType: 'string',
    description: 'Premium_LRS, StandardSSD_ZRS, Standard_LRS, UltraSSD_LRS…',
  },
  diskSizeGb: {
    name: `${M}.disk_size_gb`,
    valueType: 'number',
    unit: 'gigabytes',
    description: 'Provisioned size of the disk.',
  },
  diskState: {
    name: `${M}.disk_state`,
    valueType: 'string',
    description: 'Attached, Unattached, Reserved…',
    role: 'resource_state',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    description: 'Mean of the hourly average Percentage CPU over the window.',
    role: 'cpu_utilization_average',
  },
  cpuP95: {
    name: `${P}.cpu_utilization.p95`,
    valueType: 'number',
    unit: 'percent',
    description: '95th percentile of the hourly average Percentage CPU.',
    role: 'cpu_utilization_p95',
  },
  cpuMax: {
    name: `${P}.cpu_utilization.maximum`,
    valueType: 'number',
    unit: 'percent',
    description: 'Highest one-minute Percentage CPU of the window.',
  },
  networkPerDay: {
    name: `${P}.network_bytes_per_day`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Network in + out per day, on average over the window.',
  },
  idle: {
    name: `${P}.idle`,
    valueType: 'boolean',
    description: 'Running VM with average CPU and network below the idle thresholds.',
    role: 'idle_signal',
  },
  overprovisioned: {
    name: `${P}.overprovisioned`,
    valueType: 'boolean',
    description:
      'Running VM whose p95 CPU stays below the over-provisioning threshold (a smaller size would do).',
    role: 'idle_signal',
  },
  metricsError: {
    name: `${P}.metrics_read_error`,
    valueType: 'string',
    description: 'Call and code when Azure Monitor metrics could not be read.',
  },
  idleWaste: {
    name: `${C}.idle_vm_monthly_waste_usd`,
    valueType: 'number',
    unit: 'usd',
    description: 'Pay-as-you-go monthly price of an idle VM (Retail Prices API, 730 h).',
    role: 'waste',
  },
  diskWaste: {
    name: `${C}.unattached_disk_monthly_waste_usd`,
    valueType: 'number',
    unit: 'usd',
    description: 'Monthly price of an unattached managed disk’s tier (Retail Prices API).',
    role: 'waste',
  },
  noZoneOrSet: {
    name: `${A}.vm_without_zone_or_availability_set`,
    valueType: 'boolean',
    description:
      'The VM is in no availability zone, availability set or scale set: one host failure stops it.',
  },
  unattachedDisk: {
    name: `${A}.unattached_disk`,
    valueType: 'boolean',
    description: 'The managed disk is attached to no VM.',
    role: 'idle_signal',
  },
  unattachedCount: {
    name: `${A}.unattached_disk_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Unattached managed disks of the subscription.',
  },
});
