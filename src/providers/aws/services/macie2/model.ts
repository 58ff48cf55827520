/** One region's Amazon Macie for the scanned account, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** What GetMacieSession says of the account's Macie in the region. */
export interface MacieSession {
  /** ENABLED or PAUSED (suspended: it keeps its data but runs nothing). */
  status: string;
  findingPublishingFrequency?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Unarchived findings by Macie's severities (GetFindingStatistics grouped by severity.description). */
export interface SeverityCounts {
  low: number;
  medium: number;
  high: number;
}

export interface ClassificationJob {
  id: string;
  arn: string;
  name: string;
  /** RUNNING, PAUSED, USER_PAUSED, IDLE, COMPLETE or CANCELLED. */
  status: string;
  /** ONE_TIME or SCHEDULED. */
  type: string;
  createdAt?: string;
  /** The last run ended with errors (lastRunErrorStatus ERROR). */
  lastRunFailed: boolean;
}

/** GetAutomatedDiscoveryConfiguration. */
export interface AutomatedDiscovery {
  /** ENABLED or DISABLED. */
  status: string;
  firstEnabledAt?: string;
  lastUpdatedAt?: string;
  disabledAt?: string;
}

export interface Macie2RegionSnapshot {
  region: string;
  /**
   * GetMacieSession. `absent` when Macie is not enabled: AWS then answers an AccessDeniedException
   * whose message says "Macie is not enabled", which is told apart from a denied permission.
   */
  session: Read<MacieSession>;
  /**
   * The reads below are made only once the session was read; otherwise each carries the session's
   * own failure (Macie not enabled, or GetMacieSession denied), so nothing is guessed.
   */
  findings: Read<SeverityCounts>;
  jobs: Read<ClassificationJob[]>;
  automatedDiscovery: Read<AutomatedDiscovery>;
}

/** The Macie scanner, as its checks name it. */
export const MACIE2 = scannerRef<Macie2RegionSnapshot>('aws', 'macie2');
