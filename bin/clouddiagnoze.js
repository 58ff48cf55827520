#!/usr/bin/env node
// Runs the CLI from dist/ when the build is current (always, in an installed package); in a
// checkout whose dist/ is missing or older than src/, from the TypeScript sources through tsx.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildState, ROOT } from './build-state.js';

const state = buildState('server');
let cli;
if (state === 'current' || state === 'prebuilt') {
  cli = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      `clouddiagnoze: the build in dist/ is ${state} and tsx (a development dependency) is not installed: run \`npm run build\`\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `clouddiagnoze: dist/ is ${state === 'missing' ? 'not built' : 'older than src/'}; running the sources through tsx (slower; \`npm run build\` fixes it)\n`,
  );
  register();
  cli = await import(pathToFileURL(join(ROOT, 'src', 'cli', 'main.ts')).href);
}
await cli.main(process.argv);
