/** One project's Cloud Storage buckets in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

export interface PublicGrant {
  role: string;
  /** allUsers or allAuthenticatedUsers */
  member: string;
}

export interface GcpBucket {
  /** `//storage.googleapis.com/NAME` */
  id: string;
  name: string;
  location: string;
  locationType?: string;
  storageClass: string;
  createdAt?: string;
  labels: Record<string, string>;
  uniformBucketLevelAccess: boolean;
  /** enforced, inherited (from the organization policy) or unspecified. */
  publicAccessPrevention: string;
  versioning: boolean;
  retention?: { periodSeconds: number; locked: boolean };
  softDeleteSeconds?: number;
  defaultKmsKeyName?: string;
  logBucket?: string;
  /** allUsers / allAuthenticatedUsers bindings of its IAM policy, or why they are unknown. */
  iam: Read<{ publicGrants: PublicGrant[] }>;
}

export interface StorageSnapshot {
  project: string;
  buckets: GcpBucket[];
  /** Where the IAM policies came from: one Cloud Asset search, or one getIamPolicy per bucket. */
  iamSource: 'cloud-asset-inventory' | 'bucket-get-iam-policy' | 'none';
  /** Why Cloud Asset Inventory was not used, when it was not. */
  assetInventoryError?: string;
}

/** The Cloud Storage scanner, as its checks name it. */
export const STORAGE = scannerRef<StorageSnapshot>('gcp', 'storage');
