import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CLOUD_SDK =
  /^(@aws-sdk\/(client-|credential-providers)|@azure\/(arm-|identity|core-rest-pipeline)|@google-cloud\/|@googleapis\/|googleapis|google-auth-library)/;

/** The packages a module loads before any of its code runs: its static imports, transitively. */
async function staticPackages(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    metafile: true,
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const packages = new Set<string>();
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imported of inputs[path]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (!imported.external) stack.push(imported.path);
      else if (!imported.path.startsWith('node:')) packages.add(imported.path);
    }
  }
  return [...packages].sort();
}

describe('starting the CLI, the API or a worker', () => {
  it('loads no cloud SDK until a scan connects or a collector runs', async () => {
    for (const entry of [
      'src/cli/main.ts',
      'src/cli/composition.ts',
      'src/cli/commands/scan.ts',
      'src/cli/commands/server.ts',
      'src/cli/commands/policy.ts',
    ]) {
      expect({
        entry,
        sdks: (await staticPackages(entry)).filter((p) => CLOUD_SDK.test(p)),
      }).toEqual({ entry, sdks: [] });
    }
  });

  it('sees a collector’s SDK (the check can fail)', async () => {
    expect(await staticPackages('src/providers/aws/services/ec2/collector.ts')).toContain(
      '@aws-sdk/client-ec2',
    );
    expect(await staticPackages('src/providers/aws/session.ts')).toContain('@aws-sdk/client-sts');
  });
});
