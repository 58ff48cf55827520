import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogueMarkdown, type CloudProvider } from '../core/index.js';
import { policyDocument, renderPolicy } from './permissions.js';
import { ScannerRegistry } from './registry.js';

const registry = new ScannerRegistry();

describe('ScannerRegistry', () => {
  it('knows every provider and service once, each scanner with metrics and permissions', () => {
    expect(registry.provider('aws')).toBeDefined();
    expect(registry.services('aws')).toContain('ec2');
    for (const provider of registry.providers()) {
      const services = provider.scanners.map((s) => s.service);
      expect(new Set(services).size).toBe(services.length);
      for (const scanner of provider.scanners) {
        expect(scanner.metrics.length, `${scanner.service} declares its metrics`).toBeGreaterThan(
          0,
        );
        expect(
          scanner.permissions.length,
          `${scanner.service} declares its permissions`,
        ).toBeGreaterThan(0);
        // Each provider names its permissions its own way; the provider says what one looks like.
        for (const permission of scanner.permissions)
          expect(permission).toMatch(provider.permissions.pattern);
        for (const metric of scanner.metrics) {
          expect(
            [scanner.service, ...(scanner.metricServices ?? [])],
            `${metric.name} belongs to ${scanner.service}`,
          ).toContain(metric.name.split('.')[2]);
          expect(metric.description.length).toBeGreaterThan(3);
        }
      }
    }
  });

  it('refuses a provider or scanner registered twice', () => {
    const aws = registry.provider('aws') as CloudProvider;
    expect(() => new ScannerRegistry([aws, aws])).toThrow(/registered twice/);
    expect(
      () => new ScannerRegistry([{ ...aws, scanners: [...aws.scanners, aws.scanners[0]!] }]),
    ).toThrow(/registered twice/);
  });

  it('generated docs/metrics.md matches the catalogue (run `npm run docs` after changing a scanner)', () => {
    expect(readFileSync('docs/metrics.md', 'utf8')).toBe(
      renderCatalogueMarkdown(registry.catalogue),
    );
  });

  it('generated docs/aws-scan-policy.json matches the scanners (run `npm run docs`)', () => {
    expect(readFileSync('docs/aws-scan-policy.json', 'utf8')).toBe(renderPolicy(registry, 'aws'));
  });

  it('derives a read-only policy for the chosen services', () => {
    const policy = policyDocument(registry, 'aws', ['ec2']) as {
      Statement: { Action: string[] }[];
    };
    const actions = policy.Statement[0]!.Action;
    expect(actions).toContain('ec2:DescribeInstances');
    expect(actions).toContain('sts:GetCallerIdentity');
    expect(actions.filter((a) => !/:(Describe|Get|List)/.test(a))).toEqual(['sts:AssumeRole']);
  });

  it('includes what the organization mode calls itself: listing members, assuming their role', () => {
    const policy = policyDocument(registry, 'aws', ['ec2']) as {
      Statement: { Action: string[] }[];
    };
    expect(policy.Statement[0]!.Action).toEqual(
      expect.arrayContaining(['organizations:ListAccounts', 'sts:AssumeRole']),
    );
  });
});
