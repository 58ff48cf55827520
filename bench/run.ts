/**
 * Runs every benchmark, each in its own process so peak memory is its own, and prints the
 * figures as JSON lines headed by the machine and the date. Usage: npm run bench [-- name…]
 */
import { spawnSync } from 'node:child_process';
import { machine } from './support.js';

const BENCHES: Record<string, string[][]> = {
  'store-insert': [['bench/store-insert.ts', '300000']],
  'ec2-synthetic': [
    ['bench/ec2-synthetic.ts', '1000'],
    ['bench/ec2-synthetic.ts', '10000'],
  ],
  'services-synthetic': [['bench/services-synthetic.ts', '1']],
  'memory-synthetic': [['bench/memory-synthetic.ts', '--sizes', '100,10000,100000']],
  'memory-org': [['bench/memory-org.ts', '--accounts', '1,20', '--resources', '100000']],
  'aws-breadth': [['bench/aws-breadth.ts', '1000']],
  'cloudwatch-batching': [['bench/cloudwatch-batching.ts']],
  'events-read': [['bench/events-read.ts', 'sqlite', '1000000', '15']],
  latency: [['bench/latency.ts', '--scale', '1,10']],
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
process.stdout.write(`# ${new Date().toISOString()} — ${machine()}\n`);
for (const name of chosen) {
  const runs = BENCHES[name];
  if (!runs) {
    process.stderr.write(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exitCode = 1;
    continue;
  }
  for (const args of runs) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
      encoding: 'utf8',
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    process.stdout.write(result.stdout);
    if (result.status !== 0) {
      process.stderr.write(result.stderr);
      process.exitCode = 1;
    }
  }
}
