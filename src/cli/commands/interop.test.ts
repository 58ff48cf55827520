import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config/config.js';
import {
  PROWLER_SAMPLE_PATH,
  manyProwlerFindings,
  prowlerSampleRecords,
  prowlerText,
} from '../../interop/testing/prowler-sample.js';
import { UserError } from '../errors.js';
import { buildProgram } from '../main.js';
import { createRuntime } from '../runtime.js';

let dataDir: string;
let stdout: string[];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cdz-interop-'));
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  buildProgram().then((program) =>
    program.parseAsync(['node', 'clouddiagnoze', '--data-dir', dataDir, ...args]),
  );

async function importSample(
  file = PROWLER_SAMPLE_PATH,
): Promise<{ scan_id: string; events: number }> {
  await run('import', 'prowler', file, '--client-id', 'ACME');
  return JSON.parse(stdout.join('')) as { scan_id: string; events: number };
}

async function storedScans(): Promise<number> {
  const runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
    logDestination: 'silent',
  });
  try {
    return (await runtime.store.listScans({ limit: 10 })).items.length;
  } finally {
    await runtime.close();
  }
}

describe('clouddiagnoze import prowler', () => {
  it('imports the file and prints the scan it became', async () => {
    const summary = await importSample();
    expect(summary).toMatchObject({
      client_id: 'ACME',
      findings: 8,
      events: 8,
      statuses: { PASS: 2, FAIL: 5, MANUAL: 1, ERROR: 0 },
      accounts: ['123456789012'],
    });
    stdout.length = 0;
    await run('events', '--scan-id', summary.scan_id, '--metric-type', 'aws.security.s3.');
    expect(stdout.join('').trimEnd().split('\n')).toHaveLength(3);
  });

  it('streams a file of several megabytes', async () => {
    const file = join(dataDir, 'big.ocsf.json');
    writeFileSync(file, prowlerText(manyProwlerFindings(2500)));
    const summary = await importSample(file);
    expect(summary.events).toBe(2500);
  });

  it('lists every problem of a broken file and stores nothing', async () => {
    const records = prowlerSampleRecords();
    delete records[2]!['resources'];
    records[5]!['class_uid'] = 2001;
    const file = join(dataDir, 'broken.ocsf.json');
    writeFileSync(file, prowlerText(records));
    const failure = await run('import', 'prowler', file, '--client-id', 'ACME').catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(UserError);
    const lines = (failure as UserError).message.split('\n');
    expect(lines[0]).toBe(
      `${file}: the Prowler file cannot be imported (2 problems); nothing was imported`,
    );
    expect(lines[1]).toMatch(/^ {2}record \[2\] \(line \d+\): resources is missing$/);
    expect(lines[2]).toMatch(
      /^ {2}record \[5\] \(line \d+\): class_uid must be 2004 \(Detection Finding\) or 2003 \(Compliance Finding\), got 2001$/,
    );
    expect(await storedScans()).toBe(0);
  });

  it('says when the file cannot be read or the client id is wrong', async () => {
    await expect(
      run('import', 'prowler', join(dataDir, 'missing.json'), '--client-id', 'ACME'),
    ).rejects.toThrow(`cannot read ${join(dataDir, 'missing.json')}: ENOENT`);
    await expect(
      run('import', 'prowler', PROWLER_SAMPLE_PATH, '--client-id', 'not a client'),
    ).rejects.toThrow(/^--client-id must be 1–128 characters/);
  });
});

describe('clouddiagnoze export', () => {
  it('writes each format to a file', async () => {
    const { scan_id } = await importSample();
    const asff = join(dataDir, 'findings.asff.ndjson');
    await run('export', scan_id, '--format', 'asff', '--out', asff);
    const batches = readFileSync(asff, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(batches.flatMap((b: { Findings: unknown[] }) => b.Findings)).toHaveLength(8);
    expect(existsSync(`${asff}.partial`)).toBe(false);

    const sarif = join(dataDir, 'findings.sarif');
    await run('export', scan_id, '--format', 'sarif', '--out', sarif, '--status', 'fail');
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.runs[0].results).toHaveLength(5);
  });

  it('writes to stdout without --out', async () => {
    const { scan_id } = await importSample();
    stdout.length = 0;
    await run('export', scan_id, '--format', 'ocsf');
    const records = JSON.parse(stdout.join('')) as { class_uid: number }[];
    expect(records.map((r) => r.class_uid)).toEqual(Array(8).fill(2003));
  });

  it('says which scan is missing, which status is unknown, and that a format is needed', async () => {
    await expect(run('export', 'no-such-scan', '--format', 'ocsf')).rejects.toThrow(
      new UserError('scan no-such-scan not found'),
    );
    await expect(run('export', 'x', '--format', 'ocsf', '--status', 'FAILED')).rejects.toThrow(
      '--status: unknown status FAILED; use PASS, FAIL, MANUAL, ERROR',
    );
    await expect(run('export', 'x')).rejects.toThrow(/required option '--format <format>'/);
    await expect(run('export', 'x', '--format', 'csv')).rejects.toThrow(/Allowed choices are/);
  });
});
