import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { events, scan, units } from '../../reports/fixtures/scan.js';
import { UserError } from '../errors.js';
import { buildProgram } from '../main.js';
import { createRuntime } from '../runtime.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cdz-report-'));
  const runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
    logDestination: 'silent',
  });
  await runtime.store.createScan({ ...scan, status: 'QUEUED' }, null);
  await runtime.store.startScan(
    scan.id,
    scan.account_id!,
    units.map((u) => ({ account_id: u.account_id, service: u.service, region: u.region })),
    new Date('2026-11-20T10:00:01.000Z'),
  );
  await runtime.store.insertEvents(events);
  await runtime.close();
});

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  buildProgram().then((program) =>
    program.parseAsync(['node', 'clouddiagnoze', '--data-dir', dataDir, 'report', ...args]),
  );

describe('clouddiagnoze report', () => {
  it('writes the findings CSV of a stored scan to a file', async () => {
    const out = join(dataDir, 'findings.csv');
    await run(scan.id, '--format', 'csv', '--dataset', 'findings', '--out', out);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^check_id,status,severity/);
    expect(lines).toHaveLength(6);
  });

  it('writes the HTML and the JSON reports', async () => {
    const html = join(dataDir, 'report.html');
    await run(scan.id, '--out', html);
    expect(readFileSync(html, 'utf8')).toContain('CloudDiagnoze report — ACME');
    const json = join(dataDir, 'report.json');
    await run(scan.id, '--format', 'json', '--no-events', '--out', json);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.summary.resources).toBe(8);
    expect(doc.events).toBeUndefined();
  });

  it('says which scan is missing and which flag does not fit the format', async () => {
    await expect(run('no-such-scan', '--out', join(dataDir, 'x.html'))).rejects.toThrow(
      new UserError('scan no-such-scan not found'),
    );
    await expect(run(scan.id, '--format', 'html', '--dataset', 'findings')).rejects.toThrow(
      '--dataset applies to --format csv only',
    );
  });
});
