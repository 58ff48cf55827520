// Whether the built output (dist/ for the CLI and API, web/dist/ for the dashboard) is older than
// its sources. Plain JavaScript: it runs before anything is built, and in an installed package.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each build target: the sources it is made from and the stamp written when it was last built. */
export const TARGETS = {
  server: {
    sources: ['src', 'tsconfig.json', 'tsconfig.build.json'],
    stamp: join('dist', '.build-stamp'),
  },
  web: {
    sources: ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json'],
    stamp: join('web', 'dist', '.build-stamp'),
  },
};

/** The newest modification time (ms) of a file or of the files under a folder; 0 when absent. */
export function newestMtime(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * `missing` (never built), `stale` (a source changed since), `current`, or `prebuilt` (an installed
 * package: the build ships without its sources).
 */
export function buildState(target, root = ROOT) {
  const { sources, stamp } = TARGETS[target];
  const stampPath = join(root, stamp);
  const hasSources = existsSync(join(root, sources[0]));
  if (!existsSync(stampPath)) return hasSources ? 'missing' : 'prebuilt';
  if (!hasSources) return 'prebuilt';
  const newestSource = Math.max(...sources.map((source) => newestMtime(join(root, source))));
  return newestSource > statSync(stampPath).mtimeMs ? 'stale' : 'current';
}
