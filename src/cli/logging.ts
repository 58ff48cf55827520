import { join } from 'node:path';
import pino from 'pino';
import type { Config } from '../config/config.js';
import { secretRedactPaths } from '../core/index.js';

/** Where a process's JSON logs go on a terminal (beside the store), unless `--log-file` says. */
export function defaultLogFile(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'logs', 'clouddiagnoze.log');
}

/**
 * A log record as one line for a person: `warn: unit failed (AccessDenied: …)`. The JSON record,
 * with its stack and fields, is in the log file.
 */
export function problemLine(record: string): string | null {
  let parsed: { level?: number; msg?: string; err?: { message?: string; code?: string } };
  try {
    parsed = JSON.parse(record) as typeof parsed;
  } catch {
    return null;
  }
  const label = (parsed.level ?? 0) >= 50 ? 'error' : 'warning';
  const cause = parsed.err?.message
    ? ` (${parsed.err.code ? `${parsed.err.code}: ` : ''}${parsed.err.message.split('\n')[0]})`
    : '';
  return `clouddiagnoze: ${label}: ${parsed.msg ?? ''}${cause}`;
}

/** One line per warning or error on stderr. */
function problemStream(): { write(record: string): void } {
  return {
    write(record) {
      const line = problemLine(record);
      if (line !== null) process.stderr.write(`${line}\n`);
    },
  };
}

/** Credentials headers, and the providers' secret auth-mode fields wherever a log line holds them. */
function redactOf(secretFields: readonly string[]) {
  return {
    paths: ['*.authorization', 'req.headers.authorization', ...secretRedactPaths(secretFields)],
    censor: '********',
  };
}

/** The file this process logs to, or null when its logs go to stderr (see createLogger). */
export function logFileOf(config: Pick<Config, 'dataDir' | 'logLevel'>): string | null {
  const named = process.env.CLOUDDIAGNOZE_LOG_FILE;
  if (named) return named;
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  return process.stderr.isTTY === true && !verbose ? defaultLogFile(config) : null;
}

/**
 * Logs are JSON (pino). On a terminal they go to a log file (`--log-file`, CLOUDDIAGNOZE_LOG_FILE,
 * else `<dataDir>/logs/clouddiagnoze.log`) and stderr shows one line per warning or error, so that
 * progress and answers stay readable; at LOG_LEVEL=debug or trace they are shown pretty on stderr
 * instead. Elsewhere (a service, a container, a pipe) they are JSON on stderr, or in the log file
 * when one is named.
 */
export function createLogger(
  config: Config,
  destination: 'stderr' | 'silent' = 'stderr',
  /** The composed providers' secret fields (`CloudProvider.secretFields`). */
  secretFields: readonly string[] = [],
): pino.Logger {
  if (destination === 'silent' || config.logLevel === 'silent') return pino({ level: 'silent' });
  const REDACT = redactOf(secretFields);
  const terminal = process.stderr.isTTY === true;
  const file = logFileOf(config);
  if (terminal && file === null) {
    return pino({
      level: config.logLevel,
      redact: REDACT,
      transport: { target: 'pino-pretty', options: { destination: 2 } },
    });
  }
  if (file === null) {
    return pino({ level: config.logLevel, redact: REDACT }, pino.destination(2));
  }
  const level = config.logLevel;
  const streams: pino.StreamEntry[] = [
    { level, stream: pino.destination({ dest: file, mkdir: true, sync: true }) },
  ];
  if (terminal) {
    const quieter = pino.levels.values[level]! > pino.levels.values.warn! ? level : 'warn';
    streams.push({ level: quieter, stream: problemStream() });
  }
  return pino({ level, redact: REDACT }, pino.multistream(streams));
}
