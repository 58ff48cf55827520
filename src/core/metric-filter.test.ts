import { describe, expect, it } from 'vitest';
import { metricTypeFilter } from './metric-filter.js';

describe('metricTypeFilter', () => {
  it('reads a provider, category or service without its trailing dot as a prefix', () => {
    expect(metricTypeFilter('aws')).toBe('aws.');
    expect(metricTypeFilter('aws.security')).toBe('aws.security.');
    expect(metricTypeFilter('aws.security.s3')).toBe('aws.security.s3.');
  });

  it('keeps a full metric type exact and a prefix as it is', () => {
    expect(metricTypeFilter('aws.metadata.ec2.instance_type')).toBe(
      'aws.metadata.ec2.instance_type',
    );
    expect(metricTypeFilter('aws.performance.ec2.cpu_utilization.')).toBe(
      'aws.performance.ec2.cpu_utilization.',
    );
  });
});
