import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, maskedConfig } from './config.js';

describe('sink settings', () => {
  it('read sink lists, per-tenant routing and the Opsteamize limits from the environment', () => {
    const config = loadConfig({
      env: {
        CLOUDDIAGNOZE_SINKS: 'opsteamize, stdout',
        CLOUDDIAGNOZE_TENANT_SINKS: '{"ACME":["webhook"],"BETA":[]}',
        OPSTEAMIZE_ENVELOPE: 'true',
        OPSTEAMIZE_BATCH_EVENTS: '500',
        OPSTEAMIZE_GZIP_BYTES: '0',
      },
    });
    expect(config).toMatchObject({
      sinks: ['opsteamize', 'stdout'],
      tenantSinks: { ACME: ['webhook'], BETA: [] },
      opsteamizeEnvelope: true,
      opsteamizeBatchEvents: 500,
      opsteamizeBatchBytes: 1_048_576,
      opsteamizeGzipBytes: 0,
      opsteamizeTimeoutMs: 30_000,
    });
  });

  it('default to no sink list (decided from OPSTEAMIZE_URL) and the bare wire format', () => {
    const config = loadConfig({ env: {} });
    expect(config.sinks).toBeUndefined();
    expect(config.opsteamizeEnvelope).toBe(false);
    expect(config.opsteamizeBatchEvents).toBe(1000);
  });

  it('name the variable at fault', () => {
    expect(() => loadConfig({ env: { CLOUDDIAGNOZE_SINKS: 'opsteamise' } })).toThrow(
      /CLOUDDIAGNOZE_SINKS: .*opsteamize/,
    );
    expect(() => loadConfig({ env: { CLOUDDIAGNOZE_TENANT_SINKS: '{bad json' } })).toThrow(
      'invalid configuration CLOUDDIAGNOZE_TENANT_SINKS: must be a JSON object of client_id to sink names',
    );
    expect(() => loadConfig({ env: { OPSTEAMIZE_ENVELOPE: 'maybe' } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { OPSTEAMIZE_BATCH_EVENTS: '0' } })).toThrow(
      /OPSTEAMIZE_BATCH_EVENTS/,
    );
  });

  it('mask both tokens', () => {
    const masked = maskedConfig(
      loadConfig({
        env: {
          OPSTEAMIZE_URL: 'https://agg.example.com',
          OPSTEAMIZE_TOKEN: 'opst_secret_1',
          CLOUDDIAGNOZE_WEBHOOK_URL: 'https://hooks.example.com/in',
          CLOUDDIAGNOZE_WEBHOOK_TOKEN: 'hook_secret_2',
        },
      }),
    );
    expect(masked).toMatchObject({ opsteamizeToken: '********', webhookToken: '********' });
    expect(JSON.stringify(masked)).not.toMatch(/opst_secret_1|hook_secret_2/);
  });
});
