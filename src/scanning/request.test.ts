import { describe, expect, it } from 'vitest';
import { ScannerRegistry } from './registry.js';
import { parseScanRequest, ScanRequestError } from './request.js';

const registry = new ScannerRegistry();
const valid = {
  provider: 'aws',
  services: ['ec2'],
  client_id: 'ACME',
  auth_mode: { type: 'default' },
};

function issuesOf(input: unknown) {
  try {
    parseScanRequest(registry, input);
  } catch (error) {
    if (error instanceof ScanRequestError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseScanRequest', () => {
  it('fills the default options and de-duplicates lists', () => {
    const request = parseScanRequest(registry, {
      ...valid,
      services: ['ec2', 'ec2'],
      regions: ['eu-west-1', 'eu-west-1'],
    });
    expect(request.services).toEqual(['ec2']);
    expect(request.regions).toEqual(['eu-west-1']);
    expect(request.options.metrics_window_days).toBe(14);
  });

  it('names an unknown field at its own path, even inside auth_mode and options', () => {
    expect(issuesOf({ ...valid, priority: 1 })).toEqual([
      { path: 'priority', message: 'unknown field' },
    ]);
    expect(issuesOf({ ...valid, auth_mode: { type: 'default', region: 'x' } })).toEqual([
      { path: 'auth_mode.region', message: 'unknown field' },
    ]);
    expect(issuesOf({ ...valid, options: { colour: 'blue' } })).toEqual([
      { path: 'options.colour', message: 'unknown field' },
    ]);
  });

  it('reports every problem at once', () => {
    const paths = issuesOf({
      ...valid,
      services: ['ec2', 'nope'],
      regions: ['mars-1'],
      auth_mode: { type: 'sts', role_arn: 'x' },
    }).map((i) => i.path);
    expect(paths).toEqual(['services.1', 'regions.0', 'auth_mode.role_arn']);
  });

  it('refuses regions of two partitions, which no one credential reaches', () => {
    expect(issuesOf({ ...valid, regions: ['eu-west-1', 'cn-north-1', 'us-east-1'] })).toEqual([
      {
        path: 'regions',
        message:
          'regions must belong to one partition (a credential reaches one): eu-west-1, us-east-1 in aws; cn-north-1 in aws-cn',
      },
    ]);
    expect(issuesOf({ ...valid, regions: ['cn-north-1', 'cn-northwest-1'] })).toEqual([]);
  });
});
