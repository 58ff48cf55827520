import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_REGIONS, AWS_SCANNED_PARTITIONS } from './regions.js';

/** The partition data the installed AWS SDK resolves endpoints with. */
function sdkRegions(): string[] {
  const require = createRequire(import.meta.url);
  const core = dirname(require.resolve('@aws-sdk/core/package.json'));
  const source = readFileSync(
    join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'),
    'utf8',
  );
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  const data = JSON.parse(json) as {
    partitions: { id: string; regions: Record<string, unknown> }[];
  };
  return data.partitions
    .filter((p) => (AWS_SCANNED_PARTITIONS as readonly string[]).includes(p.id))
    .flatMap((p) => Object.keys(p.regions))
    .filter((r) => !r.endsWith('-global'));
}

describe('AWS_REGIONS', () => {
  it('lists exactly the regions of the installed SDK for the partitions we scan', () => {
    expect([...AWS_REGIONS].sort()).toEqual(sdkRegions().sort());
  });
});
