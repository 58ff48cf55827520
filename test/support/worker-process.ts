import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'clouddiagnoze.js');

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What the worker wrote on stderr so far (its JSON log lines). */
  readonly log: string;
  /** Resolves once the worker consumes jobs. */
  ready: Promise<void>;
  /** SIGKILL: the worker stops at once, holding whatever jobs it had. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** Starts `clouddiagnoze worker` in its own process with `env` (added to this process's). */
export function startWorker(env: Record<string, string>, concurrency: number): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', String(concurrency)], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (log.includes('worker started')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with code ${code}:\n${log}`)));
  });
  ready.catch(() => {});
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    await exited;
  };
  return {
    child,
    get log() {
      return log;
    },
    ready,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}
