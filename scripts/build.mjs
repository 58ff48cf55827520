#!/usr/bin/env node
// Builds what is out of date: the CLI and API (tsc → dist/) and the dashboard (vite → web/dist/).
// `--if-stale` (what `npm start` uses) skips a target whose build is newer than its sources;
// without it, every target is rebuilt. `server` or `web` as an argument builds that one only.
// Tool output is shown only when a step fails.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildState, ROOT, TARGETS } from '../bin/build-state.js';

const STEPS = {
  server: {
    label: 'the API and CLI (dist/)',
    clean: 'dist',
    commands: [['tsc', '-p', 'tsconfig.build.json']],
  },
  web: {
    label: 'the dashboard (web/dist/)',
    clean: null, // vite empties web/dist itself
    commands: [
      ['tsc', '-p', 'web/tsconfig.json'],
      ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    ],
  },
};

function run([tool, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', tool), args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${tool}: ${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const onlyStale = process.argv.includes('--if-stale');
const named = process.argv.slice(2).filter((arg) => arg in STEPS);
let failed = false;
for (const [target, step] of Object.entries(STEPS)) {
  if (named.length > 0 && !named.includes(target)) continue;
  const state = buildState(target);
  if (state === 'prebuilt' || (onlyStale && state === 'current')) continue;
  const started = Date.now();
  process.stderr.write(`Building ${step.label}… `);
  if (step.clean) rmSync(join(ROOT, step.clean), { recursive: true, force: true });
  let result = { ok: true, output: '' };
  for (const command of step.commands) {
    result = await run(command);
    if (!result.ok) break;
  }
  if (!result.ok) {
    process.stderr.write(`failed\n\n${result.output.trim()}\n`);
    failed = true;
    continue;
  }
  // Stamped with the time the build started: a source saved during the build makes it stale.
  const stamp = join(ROOT, TARGETS[target].stamp);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  utimesSync(stamp, new Date(started), new Date(started));
  process.stderr.write(`done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
process.exitCode = failed ? 1 : 0;
