import type { GcpBucket, StorageSnapshot } from '../../../providers/gcp/services/storage/model.js';
import { PROJECT } from '../testing.js';

export function bucket(name: string, overrides: Partial<GcpBucket> = {}): GcpBucket {
  return {
    id: `//storage.googleapis.com/${name}`,
    name,
    location: 'EU',
    storageClass: 'STANDARD',
    labels: {},
    uniformBucketLevelAccess: true,
    publicAccessPrevention: 'enforced',
    versioning: false,
    iam: { state: 'available', value: { publicGrants: [] } },
    ...overrides,
  };
}

export const snapshot = (buckets: GcpBucket[]): StorageSnapshot => ({
  project: PROJECT,
  buckets,
  iamSource: 'cloud-asset-inventory',
});
