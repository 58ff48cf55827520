import type { Read, ReadFailure } from '../../read.js';

/** One region's Security Hub snapshot in our own compact types. */

export type { Read, ReadFailure };

export interface EnabledStandard {
  /** The standard's ARN, e.g. …:standards/aws-foundational-security-best-practices/v/1.0.0. */
  standardsArn: string;
  /** PENDING, READY, FAILED, DELETING or INCOMPLETE. */
  status: string;
}

export type Hub =
  | { state: 'enabled'; arn: string; subscribedAt?: string; autoEnableControls?: boolean }
  /** Not subscribed in this region: a fact, with the code Security Hub answered. */
  | { state: 'disabled'; errorCode: string };

export interface SecurityHubRegionSnapshot {
  region: string;
  hub: Hub;
  /** Read only when the hub is enabled. */
  standards?: Read<EnabledStandard[]>;
}
