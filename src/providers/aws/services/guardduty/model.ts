/** One region's GuardDuty detector in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** Active (unarchived) findings by GuardDuty's severity bands: low 1–3.9, medium 4–6.9, high 7–8.9, critical 9–10. */
export interface SeverityCounts {
  low: number;
  medium: number;
  high: number;
  critical: number;
}

export interface DetectorFeature {
  /** S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS… */
  name: string;
  /** ENABLED or DISABLED. */
  status: string;
}

/** What GetDetector says of a detector. */
export interface DetectorDetails {
  /** ENABLED or DISABLED (suspended: it keeps its findings but watches nothing). */
  status: string;
  findingPublishingFrequency?: string;
  features: DetectorFeature[];
  createdAt?: string;
  tags: Record<string, string>;
}

export interface Detector {
  id: string;
  arn: string;
  details: Read<DetectorDetails>;
  /** GetFindingsStatistics COUNT_BY_SEVERITY over the unarchived findings. */
  findings: Read<SeverityCounts>;
}

export interface GuardDutyRegionSnapshot {
  region: string;
  /**
   * The region's detectors (at most one per account and region). The region has no other resource:
   * a failing ListDetectors is the region's fact, so its check reports ERROR rather than FAIL.
   */
  detectors: Read<Detector[]>;
}

/** The GuardDuty scanner, as its checks name it. */
export const GUARDDUTY = scannerRef<GuardDutyRegionSnapshot>('aws', 'guardduty');
