import { describe, expect, it } from 'vitest';
import type { EfsFileSystem } from '../../../providers/aws/services/efs/model.js';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './efs_encryption_at_rest_enabled.check.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`;
const fileSystem = (id: string, overrides: Partial<EfsFileSystem> = {}): EfsFileSystem => ({
  arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`,
  id,
  encrypted: true,
  kmsKeyId: KEY,
  performanceMode: 'generalPurpose',
  throughputMode: 'elastic',
  lifecycleState: 'available',
  sizeBytes: 6144,
  mountTargetCount: 2,
  tags: {},
  ...overrides,
});

describe('efs_encryption_at_rest_enabled', () => {
  it('passes an encrypted file system and fails an unencrypted one, naming each', () => {
    const encrypted = fileSystem('fs-0001', { name: 'shared-home' });
    const clear = fileSystem('fs-0002', { encrypted: false, kmsKeyId: undefined });

    expect(run(check, { region: REGION, fileSystems: [encrypted, clear] })).toEqual([
      {
        resource_id: encrypted.arn,
        status: 'PASS',
        reason: `fs-0001 (shared-home) is encrypted at rest with ${KEY}`,
      },
      { resource_id: clear.arn, status: 'FAIL', reason: 'fs-0002 is not encrypted at rest' },
    ]);
  });

  it('reports nothing in a region without file systems', () => {
    expect(run(check, { region: REGION, fileSystems: [] })).toEqual([]);
  });
});
