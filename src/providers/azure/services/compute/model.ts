/** One subscription's virtual machines and managed disks, with their metrics and prices. */
import { scannerRef } from '../../../../core/index.js';
import type { ReadResult, Tags } from '../common/model.js';

export interface VmMetrics {
  cpuAveragePercent: number;
  cpuP95Percent: number;
  cpuMaxPercent: number;
  networkBytesPerDay: number;
  /** Hourly points behind the figures. */
  samples: number;
}

export interface VirtualMachine {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  size: string;
  osType: string;
  /** `running`, `deallocated`, `stopped`, `starting`… (`PowerState/<x>`); `unknown` if unreported. */
  powerState: string;
  zones: string[];
  availabilitySetId?: string;
  scaleSetId?: string;
  spot: boolean;
  production: boolean;
  tags: Tags;
  /** Azure Monitor metrics over the window (running VMs only; undefined when none was returned). */
  metrics?: VmMetrics;
  /** Pay-as-you-go price per hour (Retail Prices API), when asked for and found. */
  hourlyPriceUsd?: number;
}

export interface ManagedDisk {
  id: string;
  name: string;
  location: string;
  resourceGroup: string;
  sku: string;
  sizeGb: number;
  /** `Attached`, `Unattached`, `Reserved`, `ActiveSAS`… */
  state: string;
  managedBy?: string;
  zones: string[];
  encryption: string;
  tags: Tags;
  monthlyPriceUsd?: number;
}

export interface ComputeSnapshot {
  subscriptionId: string;
  virtualMachines: VirtualMachine[];
  disks: ManagedDisk[];
  /** The batch metrics read, as a whole (denied or throttled → every VM without metrics). */
  metricsRead: ReadResult<null>;
  windowDays: number;
}

/** The virtual machine and managed disk scanner, as its checks name it. */
export const COMPUTE = scannerRef<ComputeSnapshot>('azure', 'compute');
