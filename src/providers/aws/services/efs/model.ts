/** One region's EFS file systems in our own compact types. */

import { scannerRef } from '../../../../core/index.js';

export type Tags = Record<string, string>;

export interface EfsFileSystem {
  arn: string;
  id: string;
  name?: string;
  /** Encryption at rest can only be chosen at creation. */
  encrypted: boolean;
  kmsKeyId?: string;
  performanceMode: string;
  throughputMode: string;
  lifecycleState: string;
  sizeBytes?: number;
  mountTargetCount: number;
  tags: Tags;
}

export interface EfsRegionSnapshot {
  region: string;
  fileSystems: EfsFileSystem[];
}

/** The EFS scanner, as its checks name it. */
export const EFS = scannerRef<EfsRegionSnapshot>('aws', 'efs');
