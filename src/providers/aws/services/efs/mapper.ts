import type { FileSystemDescription, Tag } from '@aws-sdk/client-efs';
import { arn } from '../../arn.js';
import type { EfsFileSystem, Tags } from './model.js';

export function mapTags(tags: readonly Tag[] | undefined): Tags {
  const out: Tags = {};
  for (const tag of tags ?? []) {
    if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  }
  return out;
}

/**
 * One file system; its ARN is built from the id when the answer lacks it (older API versions and
 * some emulators leave FileSystemArn out).
 */
export function mapFileSystem(
  fs: FileSystemDescription,
  region: string,
  accountId: string,
): EfsFileSystem | undefined {
  if (!fs.FileSystemId) return undefined;
  const encrypted = fs.Encrypted ?? false;
  return {
    arn:
      fs.FileSystemArn ??
      arn('elasticfilesystem', region, fs.OwnerId ?? accountId, `file-system/${fs.FileSystemId}`),
    id: fs.FileSystemId,
    ...(fs.Name ? { name: fs.Name } : {}),
    encrypted,
    ...(encrypted && fs.KmsKeyId ? { kmsKeyId: fs.KmsKeyId } : {}),
    performanceMode: fs.PerformanceMode ?? 'unknown',
    throughputMode: fs.ThroughputMode ?? 'unknown',
    lifecycleState: fs.LifeCycleState ?? 'unknown',
    ...(fs.SizeInBytes?.Value !== undefined ? { sizeBytes: fs.SizeInBytes.Value } : {}),
    mountTargetCount: fs.NumberOfMountTargets ?? 0,
    tags: mapTags(fs.Tags),
  };
}
