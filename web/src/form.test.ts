import { describe, expect, it } from 'vitest';
import { hintOf, sinksField, typed } from './form';
import { validate, type JsonSchema } from './schema';

const options: JsonSchema = {
  type: 'object',
  properties: {
    metrics_window_days: { type: 'integer', minimum: 1, maximum: 90 },
    cost_months: { type: 'integer', minimum: 1, maximum: 9007199254740991 },
    thresholds: {
      type: 'object',
      properties: { idle_cpu_percent: { type: 'integer', minimum: 0, maximum: 100 } },
    },
  },
};

describe('the scan form', () => {
  it('sends thresholds typed as JSON as an object the schema accepts', () => {
    const body = typed(options, {
      thresholds: '{"idle_cpu_percent": 10}',
      metrics_window_days: '7',
    });
    expect(body).toEqual({ thresholds: { idle_cpu_percent: 10 }, metrics_window_days: 7 });
    expect(validate(options, body, '')).toEqual([]);
  });

  it('names text that is not a JSON object instead of saying "is required"', () => {
    const body = typed(options, { thresholds: 'idle=10' });
    expect(validate(options, body, '')).toEqual([
      { path: 'thresholds', message: 'must be a JSON object, e.g. {"name": 1}' },
    ]);
  });

  it('hints a range only when it is bounded (no 9007199254740991)', () => {
    expect(hintOf('metrics_window_days', options.properties!['metrics_window_days']!)).toBe(
      '1 to 90',
    );
    expect(hintOf('cost_months', options.properties!['cost_months']!)).toBe('at least 1');
    expect(hintOf('thresholds', options.properties!['thresholds']!)).toBe(
      'a JSON object, e.g. {"idle_cpu_percent": 10}',
    );
  });
});

describe('the sinks field', () => {
  const sinks: JsonSchema = {
    type: 'array',
    items: { type: 'string', enum: ['store', 'opsteamize', 'webhook', 'stdout', 'ndjson'] },
  };
  it('offers only the sinks configured here and says how to configure the others', () => {
    const field = sinksField(sinks, [
      { name: 'store', configured: true, setting: null },
      { name: 'opsteamize', configured: false, setting: 'OPSTEAMIZE_URL' },
      { name: 'webhook', configured: true, setting: 'CLOUDDIAGNOZE_WEBHOOK_URL' },
      { name: 'stdout', configured: true, setting: null },
      { name: 'ndjson', configured: true, setting: null },
    ]);
    expect(field.schema.items?.enum).toEqual(['store', 'webhook', 'stdout', 'ndjson']);
    expect(field.hint).toBe('Not configured here: opsteamize (set OPSTEAMIZE_URL).');
  });
  it('gives no hint when every sink is usable', () => {
    expect(sinksField(sinks, [{ name: 'store', configured: true, setting: null }]).hint).toBeNull();
  });
});
