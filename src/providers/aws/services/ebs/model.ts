import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's EBS account settings in our own compact types. */

export type { Read, ReadFailure };

export interface EbsRegionSnapshot {
  region: string;
  /**
   * True when every new volume (and snapshot copy) in the region is encrypted. A read like any other:
   * where the API is not offered (a partition, an emulator) it fails, and the unit goes on.
   */
  encryptionByDefault: Read<boolean>;
  /** The key new volumes are encrypted with: an ARN, or alias/aws/ebs for the AWS-managed key. */
  defaultKmsKeyId: Read<string>;
}

/** The EBS (account settings) scanner, as its checks name it. */
export const EBS = scannerRef<EbsRegionSnapshot>('aws', 'ebs');
