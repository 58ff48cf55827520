import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, it } from 'vitest';

/**
 * Why the suite `name` cannot run moto here, or null when it can. With CI set a missing moto is a
 * failing test of its own, never a silent skip; elsewhere the suite is skipped with a warning.
 */
export function motoSuiteSkip(name: string): string | null {
  const reason = motoUnavailable();
  if (reason && process.env.CI) {
    describe(`${name} against moto`, () => {
      it('needs moto in CI', () => {
        throw new Error(`moto is required with CI set: ${reason}`);
      });
    });
  } else if (reason) {
    console.warn(`${name} tests against moto are skipped: ${reason}`);
  }
  return reason;
}

/** Why moto cannot run here, or null when it can. */
export function motoUnavailable(): string | null {
  const probe = spawnSync('python3', ['-c', 'import moto, flask'], { encoding: 'utf8' });
  if (probe.error) return 'python3 is not installed';
  if (probe.status !== 0) return 'the Python package moto[server] is not installed';
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts `python3 -m moto.server` on a free loopback port: every AWS service on one endpoint. */
export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'python3',
    ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    {
      stdio: 'ignore',
    },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`moto exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Points the AWS SDK at `endpoint` for the duration of a test file; returns a restore function. */
export function useEndpoint(endpoint: string, region = 'us-east-1'): () => void {
  const keys = [
    'AWS_ENDPOINT_URL',
    'AWS_REGION',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
  ] as const;
  const previous = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  process.env.AWS_ENDPOINT_URL = endpoint;
  process.env.AWS_REGION = region;
  process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  return () => {
    for (const key of keys) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  };
}
