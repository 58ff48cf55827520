import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../bin/build-state.js';

interface Manifest {
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  scripts: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** The sources tsconfig.build.json compiles into dist/ (what an installed package runs). */
function shippedSources(dir = join(ROOT, 'src')): string[] {
  const excluded = /(\.test\.ts|\.conformance\.ts|-cases\.ts|test-support\.ts|test-database\.ts)$/;
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'fixtures' || entry.name === 'testing' ? [] : shippedSources(path);
    }
    return entry.name.endsWith('.ts') && !excluded.test(entry.name) ? [path] : [];
  });
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? '');

describe('the npm package', () => {
  it('ships the build and a prepack step that makes it', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['bin/', 'dist/', 'web/dist/']));
    expect(manifest.scripts.prepack).toContain('scripts/build.mjs');
    const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(listing) as { files: { path: string }[] }[];
    const paths = pack!.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/clouddiagnoze.js', 'bin/build-state.js']));
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
  });

  it('needs no development dependency at run time (tsx, vitest…); PDF loads playwright-core lazily', () => {
    const dev = new Set(Object.keys(manifest.devDependencies));
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    const problems: string[] = [];
    for (const file of shippedSources()) {
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      for (const match of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^'.][^']*)'/gm)) {
        const name = packageOf(match[1]!);
        if (dev.has(name)) problems.push(`${where} imports the devDependency ${name}`);
        if (optional.has(name)) problems.push(`${where} imports the optional ${name} eagerly`);
      }
      for (const match of text.matchAll(/import\(\s*'([^'.][^']*)'\s*\)/g)) {
        const name = packageOf(match[1]!);
        if (dev.has(name)) problems.push(`${where} loads the devDependency ${name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(optional.has('playwright-core')).toBe(true);
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
  });
});
