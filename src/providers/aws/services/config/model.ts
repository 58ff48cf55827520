import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's AWS Config snapshot in our own compact types. */

export type { Read, ReadFailure };

export interface ConfigRecorder {
  name: string;
  arn?: string;
  /** Records every supported resource type (allSupported, or the ALL_SUPPORTED strategy). */
  allSupported: boolean;
  /** Records IAM and other global resources. */
  includeGlobalResourceTypes: boolean;
  /** CONTINUOUS or DAILY, when set. */
  recordingFrequency?: string;
}

export interface RecorderStatus {
  name: string;
  recording: boolean;
  /** Pending, Success or Failure. */
  lastStatus?: string;
  lastErrorCode?: string;
}

export interface DeliveryChannel {
  name: string;
  s3BucketName?: string;
  snsTopicArn?: string;
}

export interface ConfigRegionSnapshot {
  region: string;
  /** Customer-managed recorders (at most one per region); service-linked recorders are left out. */
  recorders: ConfigRecorder[];
  statuses: Read<RecorderStatus[]>;
  deliveryChannels: Read<DeliveryChannel[]>;
}

/** The AWS Config scanner, as its checks name it. */
export const CONFIG = scannerRef<ConfigRegionSnapshot>('aws', 'config');
