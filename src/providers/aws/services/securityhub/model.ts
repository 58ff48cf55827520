import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's Security Hub snapshot in our own compact types. */

export type { Read, ReadFailure };

export interface EnabledStandard {
  /** The standard's ARN, e.g. …:standards/aws-foundational-security-best-practices/v/1.0.0. */
  standardsArn: string;
  /** PENDING, READY, FAILED, DELETING or INCOMPLETE. */
  status: string;
}

export interface HubDetails {
  arn: string;
  subscribedAt?: string;
  autoEnableControls?: boolean;
}

/**
 * The region's hub. `absent` when the account is not subscribed in the region (a fact, with the code
 * Security Hub answered); denied or failed when DescribeHub could not say.
 */
export type Hub = Read<HubDetails>;

export interface SecurityHubRegionSnapshot {
  region: string;
  hub: Hub;
  /** Read only when the hub is enabled. */
  standards?: Read<EnabledStandard[]>;
}

/** The Security Hub scanner, as its checks name it. */
export const SECURITYHUB = scannerRef<SecurityHubRegionSnapshot>('aws', 'securityhub');
