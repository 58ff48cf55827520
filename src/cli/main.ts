import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig, maskedConfig, type Config } from '../config/config.js';
import { renderIamPolicy } from '../scanning/permissions.js';
import { ScannerRegistry } from '../scanning/registry.js';
import { registerCheckCommands } from './commands/checks.js';
import { registerEventsCommand } from './commands/events.js';
import { registerInteropCommands } from './commands/interop.js';
import { registerReportCommand } from './commands/report.js';
import { registerScanCommand } from './commands/scan.js';
import { registerServerCommands } from './commands/server.js';
import { registerSinksCommand } from './commands/sinks.js';
import { UserError } from './errors.js';
import { RuntimeError } from './runtime.js';

function packageVersion(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version: string };
  return manifest.version;
}

export function buildProgram(): Command {
  const program = new Command('clouddiagnoze')
    .version(packageVersion(), '-V, --version')
    .description(
      'Scan cloud accounts across inventory, performance, cost, security and architecture; emit 2CBP events.',
    )
    .option('--config <file>', 'JSON configuration file (CLOUDDIAGNOZE_CONFIG)')
    .option('--data-dir <dir>', 'data directory for the SQLite store (CLOUDDIAGNOZE_DATA_DIR)')
    .option('--log-level <level>', 'log level (LOG_LEVEL)')
    .exitOverride();

  const configFor = (overrides: Partial<Config> = {}): Config => {
    const globals = program.opts<{ config?: string; dataDir?: string; logLevel?: string }>();
    return loadConfig({
      configFile: globals.config,
      overrides: { dataDir: globals.dataDir, logLevel: globals.logLevel, ...overrides },
    });
  };

  registerServerCommands(program, configFor);
  registerScanCommand(program, () => configFor());
  registerEventsCommand(program, () => configFor());
  registerCheckCommands(program, () => configFor());
  registerInteropCommands(program, () => configFor());
  registerSinksCommand(program, () => configFor());
  registerReportCommand(program, () => configFor());

  program
    .command('config')
    .description('print the effective configuration, secrets masked')
    .action(() => {
      process.stdout.write(JSON.stringify(maskedConfig(configFor()), null, 2) + '\n');
    });

  program
    .command('services')
    .description('list the providers and services that can be scanned')
    .action(() => {
      const registry = new ScannerRegistry();
      for (const provider of registry.providers()) {
        for (const scanner of provider.scanners) {
          process.stdout.write(
            `${provider.id}\t${scanner.service}\t${scanner.scope}\t${scanner.title}\n`,
          );
        }
      }
    });
  program
    .command('policy')
    .description('print the read-only IAM policy a scan needs')
    .option('--provider <provider>', 'cloud provider', 'aws')
    .option('--services <list>', 'only these comma-separated services')
    .action((flags: { provider: string; services?: string }) => {
      const registry = new ScannerRegistry();
      if (!registry.provider(flags.provider))
        throw new UserError(`unknown provider ${flags.provider}`);
      const services = flags.services?.split(',').map((s) => s.trim());
      const unknown = services?.filter((s) => !registry.scanner(flags.provider, s));
      if (unknown?.length)
        throw new UserError(`unknown ${flags.provider} service ${unknown.join(', ')}`);
      process.stdout.write(renderIamPolicy(registry, flags.provider, services));
    });
  return program;
}

/** Expected failures print one readable line; anything else too, with details only at debug level. */
export async function main(argv: string[]): Promise<void> {
  // The SDK's notice that its 2027 releases need Node 22 concerns whoever upgrades the lock file, not a user.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const known =
      error instanceof UserError || error instanceof ConfigError || error instanceof RuntimeError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`clouddiagnoze: ${known ? message : `unexpected error: ${message}`}\n`);
    if (!known && process.env.LOG_LEVEL === 'debug' && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof UserError ? error.exitCode : 1;
  }
}

const entry = process.argv[1] ?? '';
if (entry.endsWith('/cli/main.js') || entry.endsWith('/cli/main.ts')) await main(process.argv);
