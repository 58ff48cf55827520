import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig, maskedConfig, type Config } from '../config/config.js';
import type { Composition } from './composition.js';
import { RuntimeError, UserError } from './errors.js';
import { boundHeapGrowth } from './heap.js';

type LoadConfig = (overrides?: Partial<Config>) => Config;
type Register = (program: Command, config: LoadConfig, composition?: Composition) => void;

/**
 * Where each command is defined. A command's module (and the SDK clients it pulls in) is loaded
 * only when that command runs; help, `--version` and an unknown command load what they need.
 */
const COMMAND_MODULES: {
  commands: string[];
  register: () => Promise<Register>;
}[] = [
  {
    commands: ['serve', 'worker', 'migrate'],
    register: async () => (await import('./commands/server.js')).registerServerCommands,
  },
  {
    commands: ['scan'],
    register: async () => (await import('./commands/scan.js')).registerScanCommand,
  },
  {
    commands: ['events'],
    register: async () => (await import('./commands/events.js')).registerEventsCommand,
  },
  {
    commands: ['checks'],
    register: async () => (await import('./commands/checks.js')).registerCheckCommands,
  },
  {
    commands: ['import', 'export'],
    register: async () => (await import('./commands/interop.js')).registerInteropCommands,
  },
  {
    commands: ['sinks'],
    register: async () => (await import('./commands/sinks.js')).registerSinksCommand,
  },
  {
    commands: ['keys'],
    register: async () => (await import('./commands/keys.js')).registerKeysCommand,
  },
  {
    commands: ['report'],
    register: async () => (await import('./commands/report.js')).registerReportCommand,
  },
  {
    commands: ['policy'],
    register: async () => (await import('./commands/policy.js')).registerPolicyCommand,
  },
];

/** Global options that take a value (the command name is the first other word). */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--config', '--data-dir', '--log-level', '--log-file']);

/** The command an argument list runs, or null (help, `--version`, nothing). */
export function commandOf(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}

function packageVersion(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version: string };
  return manifest.version;
}

/**
 * The program for `argv`: only the module of the command it names is loaded; every command's when
 * it names none the table knows (help lists them all; commander suggests the closest name).
 */
export async function buildProgram(
  argv: readonly string[] = [],
  /** The providers and checks to run; the build's unless a test composes others. */
  composition?: Composition,
): Promise<Command> {
  const program = new Command('clouddiagnoze')
    .version(packageVersion(), '-V, --version')
    .description(
      'Scan cloud accounts across inventory, performance, cost, security and architecture; emit 2CBP events.',
    )
    .option('--config <file>', 'JSON configuration file (CLOUDDIAGNOZE_CONFIG)')
    .option('--data-dir <dir>', 'data directory for the SQLite store (CLOUDDIAGNOZE_DATA_DIR)')
    .option('--log-level <level>', 'log level (LOG_LEVEL)')
    .option(
      '--log-file <file>',
      'JSON logs to this file (CLOUDDIAGNOZE_LOG_FILE; on a terminal: <data-dir>/logs/clouddiagnoze.log)',
    )
    .exitOverride();
  const args = argv.slice(2);
  const wanted = commandOf(args);
  const versionOnly = wanted === null && args.some((a) => a === '--version' || a === '-V');

  const configFor = (overrides: Partial<Config> = {}): Config => {
    const globals = program.opts<{
      config?: string;
      dataDir?: string;
      logLevel?: string;
      logFile?: string;
    }>();
    if (globals.logFile) process.env.CLOUDDIAGNOZE_LOG_FILE = globals.logFile;
    return loadConfig({
      configFile: globals.config,
      overrides: { dataDir: globals.dataDir, logLevel: globals.logLevel, ...overrides },
    });
  };

  if (!versionOnly) {
    const named = COMMAND_MODULES.filter((m) => wanted !== null && m.commands.includes(wanted));
    const builtIn = wanted === 'config' || wanted === 'services';
    const modules = named.length > 0 || builtIn ? named : COMMAND_MODULES;
    for (const module of modules) (await module.register())(program, configFor, composition);
  }

  program
    .command('config')
    .description('print the effective configuration, secrets masked')
    .action(() => {
      process.stdout.write(JSON.stringify(maskedConfig(configFor()), null, 2) + '\n');
    });

  program
    .command('services')
    .description('list the providers and services that can be scanned')
    .action(async () => {
      const { registriesOf } = await import('./composition.js');
      const registry = registriesOf(composition).scanners;
      for (const provider of registry.providers()) {
        for (const scanner of provider.scanners) {
          process.stdout.write(
            `${provider.id}\t${scanner.service}\t${scanner.scope}\t${scanner.title}\n`,
          );
        }
      }
    });
  return program;
}

/** Expected failures print one readable line; anything else too, with details only at debug level. */
export async function main(argv: string[]): Promise<void> {
  boundHeapGrowth();
  try {
    const program = await buildProgram(argv);
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
