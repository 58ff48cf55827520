/** The APIs enabled in one project. */
import { scannerRef } from '../../../../core/index.js';

export interface EnabledService {
  /** `//serviceusage.googleapis.com/projects/P/services/compute.googleapis.com` */
  id: string;
  /** `compute.googleapis.com` */
  name: string;
  title?: string;
}

export interface ServiceUsageSnapshot {
  project: string;
  services: EnabledService[];
}

/** The Service Usage scanner, as its checks name it. */
export const SERVICEUSAGE = scannerRef<ServiceUsageSnapshot>('gcp', 'serviceusage');
