import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger, defaultLogFile, problemLine } from './logging.js';

describe('problemLine: a log record as one line for a person', () => {
  it('names the level, the message and the cause without its stack', () => {
    const record = JSON.stringify({
      level: 40,
      msg: 'unit failed',
      err: { code: 'AccessDenied', message: 'not allowed\n    at Object.<anonymous> (x.js:1:1)' },
    });
    expect(problemLine(record)).toBe(
      'clouddiagnoze: warning: unit failed (AccessDenied: not allowed)',
    );
    expect(problemLine(JSON.stringify({ level: 50, msg: 'shutdown failed' }))).toBe(
      'clouddiagnoze: error: shutdown failed',
    );
  });
});

describe('createLogger on a terminal', () => {
  let dataDir: string;
  let wasTty: boolean | undefined;
  let written: string[];
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cdz-logging-'));
    wasTty = process.stderr.isTTY;
    process.stderr.isTTY = true;
    written = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    delete process.env.CLOUDDIAGNOZE_LOG_FILE;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.stderr.isTTY = wasTty as boolean;
    delete process.env.CLOUDDIAGNOZE_LOG_FILE;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes JSON to <dataDir>/logs and shows only problems, one line each', () => {
    const config = loadConfig({ env: {}, overrides: { dataDir, logLevel: 'info' } });
    const log = createLogger(config);
    log.info({ port: 8080 }, 'listening');
    log.warn({ err: Object.assign(new Error('denied'), { code: 'AccessDenied' }) }, 'unit failed');
    log.flush();
    const records = readFileSync(defaultLogFile(config), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; err?: { stack?: string } });
    expect(records.map((r) => r.msg)).toEqual(['listening', 'unit failed']);
    expect(records[1]!.err?.stack).toContain('Error: denied');
    expect(written).toEqual(['clouddiagnoze: warning: unit failed (AccessDenied: denied)\n']);
  });

  it('uses the file --log-file (CLOUDDIAGNOZE_LOG_FILE) names', () => {
    const file = join(dataDir, 'elsewhere', 'scan.log');
    process.env.CLOUDDIAGNOZE_LOG_FILE = file;
    const log = createLogger(loadConfig({ env: {}, overrides: { dataDir, logLevel: 'info' } }));
    log.info('hello');
    log.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ msg: 'hello', level: 30 });
    expect(written).toEqual([]);
  });
});
