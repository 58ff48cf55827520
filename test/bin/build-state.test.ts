import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildState } from '../../bin/build-state.js';

describe('buildState: whether bin/ and npm start can use the build', () => {
  let root: string;
  const at = (path: string, seconds: number) => {
    const time = new Date(1_700_000_000_000 + seconds * 1000);
    utimesSync(join(root, path), time, time);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cdz-build-state-'));
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    writeFileSync(join(root, 'src', 'cli', 'main.ts'), 'export {};\n');
    at('src/cli/main.ts', 0);
    at('src/cli', 0);
    at('src', 0);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const stamp = (seconds: number) => {
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist', '.build-stamp'), 'built\n');
    at('dist/.build-stamp', seconds);
  };

  it('is missing in a checkout that was never built', () => {
    expect(buildState('server', root)).toBe('missing');
  });

  it('is current when the build is newer than every source', () => {
    stamp(10);
    expect(buildState('server', root)).toBe('current');
  });

  it('is stale once a source file deep in src/ changes after the build', () => {
    stamp(10);
    writeFileSync(join(root, 'src', 'cli', 'main.ts'), 'export const changed = 1;\n');
    at('src/cli/main.ts', 20);
    expect(buildState('server', root)).toBe('stale');
  });

  it('is prebuilt in an installed package, which ships dist/ without src/', () => {
    rmSync(join(root, 'src'), { recursive: true });
    stamp(10);
    expect(buildState('server', root)).toBe('prebuilt');
  });
});
