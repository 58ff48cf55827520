/** The APIs enabled in one project. */
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
