import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InMemoryQueue, InMemoryStore } from '../api/test-support.js';
import { formatUsd, scanRequestFromFlags } from '../cli/commands/scan.js';
import { loadConfig } from '../config/config.js';
import { DEFAULT_THRESHOLDS, thresholdsOf } from '../core/index.js';
import { CredentialSealer } from './credentials.js';
import { ScannerRegistry } from './registry.js';
import { parseScanRequest, ScanRequestError } from './request.js';
import { ScanService } from './scan-service.js';

const registry = new ScannerRegistry();
const valid = {
  provider: 'aws',
  services: ['ec2', 'cost'],
  client_id: 'ACME',
  auth_mode: { type: 'default' },
};

function issuesOf(options: Record<string, unknown>) {
  try {
    parseScanRequest(registry, { ...valid, options });
    return [];
  } catch (error) {
    if (error instanceof ScanRequestError) return error.issues.map((i) => i.path);
    throw error;
  }
}

describe('performance and cost options', () => {
  it('accepts the cost opt-in, a whole-hour period and threshold overrides', () => {
    const request = parseScanRequest(registry, {
      ...valid,
      options: {
        cost: true,
        cost_months: 3,
        metrics_period_seconds: 86_400,
        thresholds: { idle_cpu_percent: 2 },
      },
    });
    expect(request.options).toMatchObject({ cost: true, cost_months: 3 });
    expect(thresholdsOf(request.options)).toEqual({ ...DEFAULT_THRESHOLDS, idle_cpu_percent: 2 });
  });

  it('refuses periods CloudWatch cannot align, and thresholds it does not know', () => {
    expect(issuesOf({ metrics_period_seconds: 5400 })).toEqual(['options.metrics_period_seconds']);
    expect(issuesOf({ metrics_window_days: 1, metrics_period_seconds: 7 * 86_400 })).toEqual([
      'options.metrics_period_seconds',
    ]);
    expect(issuesOf({ thresholds: { idle_cpu_percent: 140 } })).toEqual([
      'options.thresholds.idle_cpu_percent',
    ]);
    expect(issuesOf({ thresholds: { idle_cpu: 3 } })).toEqual(['options.thresholds.idle_cpu']);
    expect(issuesOf({ cost: 'yes' })).toEqual(['options.cost']);
  });

  it('reads configured thresholds from the environment as JSON', () => {
    const config = loadConfig({
      env: { CLOUDDIAGNOZE_THRESHOLDS: '{"idle_cpu_percent":3,"old_snapshot_days":30}' },
    });
    expect(config.thresholds).toEqual({ idle_cpu_percent: 3, old_snapshot_days: 30 });
    expect(() =>
      loadConfig({ env: { CLOUDDIAGNOZE_THRESHOLDS: '{"idle_cpu_percent":-1}' } }),
    ).toThrow(/CLOUDDIAGNOZE_THRESHOLDS/);
  });

  it('records the configured thresholds on the scan, under the request own ones', async () => {
    const store = new InMemoryStore();
    const service = new ScanService({
      store,
      queue: new InMemoryQueue(),
      registry,
      sealer: new CredentialSealer(randomBytes(32)),
      clock: { now: () => new Date('2026-11-20T10:00:00Z') },
      thresholds: { idle_cpu_percent: 3, old_snapshot_days: 30 },
    });
    const scan = await service.submit({
      ...valid,
      options: { thresholds: { old_snapshot_days: 180 } },
    });
    expect(scan.options.thresholds).toEqual({ idle_cpu_percent: 3, old_snapshot_days: 180 });
    expect(scan.api_cost_usd).toBe(0);
    expect((await store.getScan(scan.id))?.options.thresholds).toEqual(scan.options.thresholds);
  });

  it('turns --cost, --cost-months and --metrics-period into options', () => {
    const body = scanRequestFromFlags({
      provider: 'aws',
      services: 'ec2,cost',
      clientId: 'ACME',
      output: 'ndjson',
      cost: true,
      costMonths: '12',
      metricsPeriod: '3600',
    });
    expect(body.options).toEqual({ cost: true, cost_months: 12, metrics_period_seconds: 3600 });
    expect(parseScanRequest(registry, body).options.cost).toBe(true);
  });

  it('prints the scan cost to a hundred-thousandth of a dollar', () => {
    expect(formatUsd(0)).toBe('0');
    expect(formatUsd(0.00012)).toBe('0.00012');
    expect(formatUsd(0.0512349)).toBe('0.05123');
  });
});
