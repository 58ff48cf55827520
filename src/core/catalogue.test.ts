import { describe, expect, it } from 'vitest';
import {
  CatalogueError,
  MetricCatalogue,
  defineMetrics,
  metric,
  metricsWithRole,
  renderCatalogueMarkdown,
} from './catalogue.js';

describe('MetricCatalogue', () => {
  const catalogue = new MetricCatalogue([
    metric('aws.metadata.ec2.instance_type', 'string', 'Instance type'),
    metric('aws.performance.ec2.cpu_utilization.average', 'number', 'Average CPU', 'percent'),
  ]);

  it('finds declared metrics with their category, provider and service', () => {
    expect(catalogue.get('aws.performance.ec2.cpu_utilization.average')).toMatchObject({
      category: 'performance',
      provider: 'aws',
      service: 'ec2',
      unit: 'percent',
    });
  });

  it('says why an undeclared metric or a value of the wrong type does not fit', () => {
    expect(catalogue.problemWith('aws.metadata.ec2.instance_type', 't3.micro')).toBeNull();
    expect(catalogue.problemWith('aws.metadata.ec2.instance_type', 3)).toMatch(
      /expects a string value, got number/,
    );
    expect(catalogue.problemWith('aws.metadata.ec2.nope', 'x')).toMatch(/not declared/);
  });

  it('refuses a metric declared twice or malformed', () => {
    expect(() =>
      catalogue.add(metric('aws.metadata.ec2.instance_type', 'string', 'again')),
    ).toThrow(CatalogueError);
    expect(() => catalogue.add(metric('aws.ec2.type', 'string', 'bad'))).toThrow(CatalogueError);
  });

  it('renders a markdown table per provider and service', () => {
    const markdown = renderCatalogueMarkdown(catalogue);
    expect(markdown).toContain('## aws.ec2');
    expect(markdown).toContain(
      '| `aws.performance.ec2.cpu_utilization.average` | performance | number | percent |  | Average CPU |',
    );
  });
});

describe('defineMetrics', () => {
  it('names each metric once: the key gives the type, the definitions feed the catalogue', () => {
    const M = defineMetrics({
      monthly: {
        name: 'aws.cost.account.monthly_cost_usd',
        valueType: 'object',
        unit: 'USD',
        role: 'monthly_cost',
        description: 'Cost per month.',
      },
      byRegion: {
        name: 'aws.cost.account.monthly_cost_by_region_usd',
        valueType: 'object',
        unit: 'USD',
        role: 'monthly_cost_by_dimension',
        dimension: 'region',
        description: 'Cost per month and region.',
      },
    });
    expect(M.monthly).toBe('aws.cost.account.monthly_cost_usd');
    const catalogue = new MetricCatalogue(M.definitions);
    expect(metricsWithRole(catalogue, 'monthly_cost_by_dimension')).toEqual([
      expect.objectContaining({ name: M.byRegion, dimension: 'region', service: 'account' }),
    ]);
    expect(renderCatalogueMarkdown(catalogue)).toContain(
      '| object | USD | monthly_cost_by_dimension (region) | Cost per month and region. |',
    );
  });
});
