import type { Command } from 'commander';
import { buildApp } from '../../api/app.js';
import { ensureAdminKey, registerStaticKeys } from '../../api/keys.js';
import type { Config } from '../../config/config.js';
import { startDataPlaneThread } from '../data-plane.js';
import { logFileOf } from '../logging.js';
import { createRuntime, type Runtime } from '../runtime.js';

/**
 * What `serve` prints once it listens: the dashboard's address, where the logs go and, on the
 * first start, the admin key, last and alone on its line, so that nothing scrolls it away.
 */
export function startBanner(
  address: string,
  logFile: string | null,
  adminKey: string | null,
): string {
  const lines = [`CloudDiagnoze is running: ${address}  (API docs: ${address}/docs)`];
  if (logFile) lines.push(`Logs: ${logFile}`);
  if (adminKey) {
    lines.push(
      '',
      'An admin API key was created. It is shown only this once: keep it (the dashboard asks for it).',
      `Use it as: curl -H "Authorization: Bearer <key>" ${address}/api/v1/scans`,
      '',
      `    ${adminKey}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function onShutdown(runtime: Runtime, close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    runtime.log.info({ signal }, 'shutting down');
    close()
      .then(() => runtime.close())
      .catch((error: unknown) => runtime.log.error({ err: error }, 'shutdown failed'))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

export function registerServerCommands(
  program: Command,
  loadConfig: (overrides?: Partial<Config>) => Config,
): void {
  program
    .command('serve')
    .description('run the API server, with an embedded worker unless --no-worker')
    .option('--port <port>', 'HTTP port (PORT)')
    .option('--host <host>', 'interface to listen on (HOST)')
    .option('--no-worker', 'serve the API only; workers run as `clouddiagnoze worker`')
    .action(async (flags: { port?: string; host?: string; worker: boolean }) => {
      const config = loadConfig({ port: flags.port as unknown as number, host: flags.host });
      const runtime = await createRuntime(config);
      if (config.apiKeys) await registerStaticKeys(runtime.store, config.apiKeys);
      const adminKey = await ensureAdminKey(runtime.store);
      const app = await buildApp({
        store: runtime.store,
        queue: runtime.queue,
        scans: runtime.scans,
        registry: runtime.registry,
        checks: runtime.checks,
        metrics: runtime.metrics,
        logger: runtime.log,
        sinks: runtime.sinks,
      });
      runtime.reaper.start();
      // The embedded worker scans in a thread of its own (with the sink deliverers, woken by its
      // events), so that the API's event loop only answers requests.
      const worker = flags.worker
        ? await startDataPlaneThread(config, { concurrency: config.workerConcurrency })
        : null;
      if (worker) {
        runtime.metrics.addSource(() => worker.metrics());
        void worker.died.then((reason) => {
          runtime.log.error({ reason }, 'the embedded worker stopped; exiting');
          process.exit(1);
        });
      } else runtime.sinks.start();
      const address = await app.listen({ port: config.port, host: config.host });
      process.stderr.write(startBanner(address, logFileOf(config), adminKey));
      onShutdown(runtime, async () => {
        await app.close();
        await worker?.close();
      });
    });

  program
    .command('worker')
    .description('run a data-plane worker that consumes scan jobs')
    .option('--concurrency <n>', 'jobs run at once (CLOUDDIAGNOZE_WORKER_CONCURRENCY)')
    .action(async (flags: { concurrency?: string }) => {
      const config = loadConfig({ workerConcurrency: flags.concurrency as unknown as number });
      const runtime = await createRuntime(config);
      const worker = runtime.queue.process(runtime.runner.handle, {
        concurrency: config.workerConcurrency,
      });
      runtime.reaper.start();
      runtime.sinks.start();
      runtime.log.info({ concurrency: config.workerConcurrency }, 'worker started');
      onShutdown(runtime, () => worker.close());
    });

  program
    .command('migrate')
    .description('create or upgrade the store schema')
    .action(async () => {
      const runtime = await createRuntime(loadConfig());
      await runtime.store.migrate();
      await runtime.close();
      process.stderr.write('store schema is up to date\n');
    });
}
