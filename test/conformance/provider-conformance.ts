import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { CheckEngine, CheckRegistry } from '../../src/checks/index.js';
import type { Composition } from '../../src/cli/composition.js';
import { buildProgram } from '../../src/cli/main.js';
import {
  DEFAULT_SCAN_OPTIONS,
  GLOBAL_REGION,
  type CheckPack,
  type CloudProvider,
} from '../../src/core/index.js';
import { parseScanRequest, ScanRequestError } from '../../src/scanning/request.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';

/** What a provider brings to the conformance suite: itself, its checks, and a cloud to scan. */
export interface ConformanceSubject {
  // The suite only reads the contract; each subject has its own auth and client types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  provider: CloudProvider<any, any>;
  checkPack: CheckPack;
  /** An auth mode the provider accepts that carries secrets (marker values, found nowhere after). */
  auth: { type: string } & Record<string, unknown>;
  /** Every secret value inside `auth`. */
  secrets: readonly string[];
  /** Auth modes the provider refuses, with the field the error must name (under `auth_mode.`). */
  invalidAuth: readonly { auth: Record<string, unknown>; path: string }[];
  services: readonly string[];
  regions: readonly string[];
  /** `clouddiagnoze scan` flags that build `auth`. */
  cliAuthArgs: readonly string[];
  /** One resource id of the scan and the type the provider reads from it. */
  resource: { id: string; type: string };
  /** Asserts the printed permission document is in the provider's own format. */
  expectPolicyFormat(document: string): void;
  /** Starts the subject's cloud (mocks or a local fake) with the environment that reaches it. */
  startCloud(): Promise<{ env?: Record<string, string>; close(): Promise<void> }>;
}

class MemoryStream extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

function expectNoSecret(subject: ConformanceSubject, where: string, text: string): void {
  for (const secret of subject.secrets) {
    expect(text.includes(secret), `${where} holds the secret ${secret.slice(0, 4)}…`).toBe(false);
  }
}

/** Every file of a directory, read whole (the SQLite store, its WAL, the queue). */
function filesOf(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: path, text: readFileSync(path).toString('latin1') };
    });
}

/**
 * The provider seam's conformance suite: what every registered provider must do through the generic
 * code (API, CLI, store, reports, exports, policy), with no line of that code naming it.
 */
export function describeProviderConformance(subject: ConformanceSubject): void {
  const { provider } = subject;
  const composition: Composition = { providers: [provider], checkPacks: [subject.checkPack] };
  const body = (auth: Record<string, unknown> = subject.auth) => ({
    provider: provider.id,
    services: [...subject.services],
    regions: [...subject.regions],
    client_id: 'ACME',
    auth_mode: auth,
  });

  describe(`provider conformance: ${provider.id}`, () => {
    let cloud: Awaited<ReturnType<ConformanceSubject['startCloud']>>;
    let api: ApiHarness;
    let scanId: string;
    let logFile: string;
    const savedEnv: Record<string, string | undefined> = {};

    beforeAll(async () => {
      cloud = await subject.startCloud();
      for (const [key, value] of Object.entries(cloud.env ?? {})) {
        savedEnv[key] = process.env[key];
        process.env[key] = value;
      }
      // The runtime's own log (workers, scanners) at debug, in a file the secret scan reads.
      logFile = join(mkdtempSync(join(tmpdir(), 'cdz-conformance-log-')), 'runtime.log');
      savedEnv.CLOUDDIAGNOZE_LOG_FILE = process.env.CLOUDDIAGNOZE_LOG_FILE;
      process.env.CLOUDDIAGNOZE_LOG_FILE = logFile;
      api = await startApi({
        env: { LOG_LEVEL: 'debug' },
        runtime: { composition, logDestination: 'stderr' },
      });
      const posted = await api.app.inject({
        method: 'POST',
        url: '/api/v1/scans',
        headers: api.admin,
        payload: body(),
      });
      expect(posted.statusCode, posted.body).toBe(202);
      scanId = posted.json<{ scan_id: string }>().scan_id;
      const scan = await api.waitForScan(scanId);
      expect(['SUCCEEDED', 'PARTIAL'], JSON.stringify(scan)).toContain(scan.status);
    }, 60_000);

    afterAll(async () => {
      await api?.close();
      await cloud?.close();
      for (const [key, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it('validates its auth modes and names the bad field', () => {
      const registry = api.runtime.registry;
      expect(() => parseScanRequest(registry, body())).not.toThrow();
      for (const invalid of subject.invalidAuth) {
        let issues: { path: string }[] = [];
        try {
          parseScanRequest(registry, body(invalid.auth));
        } catch (error) {
          if (!(error instanceof ScanRequestError)) throw error;
          issues = error.issues;
        }
        expect(issues.map((i) => i.path)).toContain(`auth_mode.${invalid.path}`);
      }
    });

    it('masks every secret field of a stored auth mode', () => {
      const redacted = provider.redactAuth(subject.auth);
      expectNoSecret(subject, 'the redacted auth mode', JSON.stringify(redacted));
      for (const field of provider.secretFields) {
        if (field in subject.auth) expect(redacted[field]).toBe('********');
      }
    });

    it('keeps its secret fields out of the API’s log lines', async () => {
      const stream = new MemoryStream();
      const app = await buildApp({
        store: api.runtime.store,
        queue: api.runtime.queue,
        scans: api.runtime.scans,
        registry: api.runtime.registry,
        metrics: api.runtime.metrics,
        logger: pino({ level: 'debug' }, stream),
      });
      app.log.info({ body: { auth_mode: subject.auth } }, 'a request body');
      app.log.info({ auth_mode: { management: subject.auth } }, 'a nested auth mode');
      await app.inject({
        method: 'POST',
        url: '/api/v1/scans',
        headers: api.admin,
        payload: body(),
      });
      await app.close();
      expect(stream.text).toContain('a request body');
      expectNoSecret(subject, 'the API log', stream.text);
    });

    it('scans through the API to the store, leaking no secret to a record, an event or an error', async () => {
      const scan = await api.app.inject({ url: `/api/v1/scans/${scanId}`, headers: api.admin });
      expectNoSecret(subject, 'the scan record', scan.body);
      const events = await api.app.inject({
        url: `/api/v1/events?scan_id=${scanId}&limit=1000`,
        headers: api.admin,
      });
      const items = events.json<{ items: { resource_id: string; metric_type: string }[] }>().items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((e) => e.metric_type.startsWith(`${provider.id}.`))).toBe(true);
      expect(items.map((e) => e.resource_id)).toContain(subject.resource.id);
      expectNoSecret(subject, 'the events', events.body);
      for (const file of filesOf(api.dataDir)) expectNoSecret(subject, file.name, file.text);
      const log = readFileSync(logFile, 'utf8');
      expect(log).toContain(scanId);
      expectNoSecret(subject, 'the runtime log', log);
    });

    it('reports the scan, its resources typed by the provider’s ids', async () => {
      const report = await api.app.inject({
        url: `/api/v1/scans/${scanId}/report?format=json&events=false`,
        headers: api.admin,
      });
      expect(report.statusCode, report.body).toBe(200);
      const inventory = report.json<{ inventory: { resource_id: string; type: string }[] }>()
        .inventory;
      expect(inventory.find((r) => r.resource_id === subject.resource.id)?.type).toBe(
        subject.resource.type,
      );
      const html = await api.app.inject({
        url: `/api/v1/scans/${scanId}/report?format=html`,
        headers: api.admin,
      });
      expect(html.statusCode).toBe(200);
      expectNoSecret(subject, 'the HTML report', html.body);
    });

    it('exports findings naming the provider’s account type; ASFF only where Security Hub applies', async () => {
      const ocsf = await api.app.inject({
        url: `/api/v1/scans/${scanId}/findings?format=ocsf`,
        headers: api.admin,
      });
      expect(ocsf.statusCode, ocsf.body).toBe(200);
      const records = ocsf.json<{ cloud: { provider: string; account: unknown } }[]>();
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(record.cloud.provider).toBe(provider.id);
        expect(record.cloud.account).toMatchObject({
          type: provider.account.ocsf.accountType,
          type_id: provider.account.ocsf.accountTypeId,
        });
      }
      const sarif = await api.app.inject({
        url: `/api/v1/scans/${scanId}/findings?format=sarif`,
        headers: api.admin,
      });
      expect(sarif.statusCode).toBe(200);
      expect(sarif.json<{ runs: { results: unknown[] }[] }>().runs[0]!.results.length).toBe(
        records.length,
      );
      const asff = await api.app.inject({
        url: `/api/v1/scans/${scanId}/findings?format=asff`,
        headers: api.admin,
      });
      if (provider.asff) {
        expect(asff.statusCode).toBe(200);
      } else {
        expect(asff.statusCode).toBe(400);
        expect(asff.json<{ error: { message: string } }>().error.message).toContain(provider.id);
      }
    });

    it('puts a check that cannot evaluate on the provider’s own scope id, as ERROR', () => {
      const region = subject.regions[0]!;
      const service = subject.services[0]!;
      const scope = provider.resourceIds.scope({ accountId: 'acct-1', region, service });
      const global = provider.resourceIds.scope({
        accountId: 'acct-1',
        region: GLOBAL_REGION,
        service,
      });
      expect(scope).not.toBe(global);
      const broken = { ...subject.checkPack.checks.find((c) => c.service === service)! };
      broken.evaluate = () => {
        throw new Error('unexpected snapshot');
      };
      const engine = new CheckEngine(new CheckRegistry([broken]));
      const [event] = [
        ...engine.evaluate({
          provider: provider.id,
          service,
          accountId: 'acct-1',
          region,
          scopeResourceId: scope,
          options: DEFAULT_SCAN_OPTIONS,
          snapshot: {},
        }),
      ];
      expect(event).toMatchObject({ resource_id: scope, metric_value: { status: 'ERROR' } });
      expect(provider.resourceIds.typeOf(subject.resource.id)).toBe(subject.resource.type);
    });

    it('prints its permission document in its own format, with every scanner permission', async () => {
      const out = await runCli(['policy', '--provider', provider.id], composition);
      expect(out.exitCode).toBe(0);
      subject.expectPolicyFormat(out.stdout);
      for (const scanner of provider.scanners) {
        for (const permission of scanner.permissions) expect(out.stdout).toContain(permission);
      }
      for (const permission of provider.permissions.baseline()) {
        expect(out.stdout).toContain(permission);
      }
    });

    it('scans from the CLI with its own auth flags, printing events and no secret', async () => {
      const out = await runCli(
        [
          '--data-dir',
          join(api.dataDir, 'cli'),
          'scan',
          '--provider',
          provider.id,
          '--services',
          subject.services.join(','),
          '--regions',
          subject.regions.join(','),
          '--client-id',
          'ACME',
          ...subject.cliAuthArgs,
        ],
        composition,
      );
      expect([0, 2], out.stderr).toContain(out.exitCode);
      expect(out.stdout).toContain(subject.resource.id);
      expectNoSecret(subject, 'the CLI output', out.stdout + out.stderr);
    });
  });
}

/** Runs the CLI in this process with a composition; what it wrote and its exit code. */
async function runCli(
  args: readonly string[],
  composition: Composition,
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    const program = await buildProgram(['node', 'clouddiagnoze', ...args], composition);
    try {
      await program.parseAsync(['node', 'clouddiagnoze', ...args]);
    } catch (error) {
      stderr += error instanceof Error ? error.message : String(error);
      process.exitCode ??= 1;
    }
    return { stdout, stderr, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = before;
  }
}
