import { describe, expect, it } from 'vitest';
import type { EfsFileSystem } from '../../../providers/aws/services/efs/model.js';
import { context, run } from '../testing.js';
import check from './efs_resource_required_tags.check.js';

const fileSystem = (id: string, tags: Record<string, string>): EfsFileSystem => ({
  arn: `arn:aws:elasticfilesystem:eu-west-3:123456789012:file-system/${id}`,
  id,
  ...(tags.Name ? { name: tags.Name } : {}),
  encrypted: true,
  performanceMode: 'generalPurpose',
  throughputMode: 'bursting',
  lifecycleState: 'available',
  mountTargetCount: 2,
  tags,
});

describe('efs_resource_required_tags', () => {
  it('judges each file system and names the missing keys', () => {
    const ctx = context({ options: { check_config: { required_tags: { owner: [], env: [] } } } });
    const s = {
      region: 'eu-west-3',
      fileSystems: [
        fileSystem('fs-1', { Name: 'shared', owner: 'data', env: 'prod' }),
        fileSystem('fs-2', { owner: 'data' }),
      ],
    };
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'file system fs-1 (shared) carries the required tags'],
      ['FAIL', 'file system fs-2: missing env'],
    ]);
    expect(run(check, s)).toEqual([]);
  });
});
