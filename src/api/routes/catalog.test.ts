import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-support.js';

let api: TestApi;

beforeEach(async () => {
  api = await createTestApi();
});

afterEach(async () => {
  await api.app.close();
});

describe('GET /api/v1/catalog', () => {
  it('lists AWS with its EC2 scanner, its regions and the metric types it can emit', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/v1/catalog', headers: api.acme });
    expect(res.statusCode).toBe(200);
    const { providers, metric_types } = res.json();
    const aws = providers.find((p: { id: string }) => p.id === 'aws');
    expect(aws.title).toBe('Amazon Web Services');
    expect(aws.regions).toEqual(expect.arrayContaining(['eu-west-3', 'us-east-1']));
    const partitions = aws.region_partitions as { id: string; title: string; regions: string[] }[];
    expect(partitions.map((p) => p.id)).toEqual(['aws', 'aws-cn', 'aws-us-gov']);
    expect(partitions[0]!.regions).toContain('eu-west-3');
    expect(partitions[0]!.regions).not.toContain('cn-north-1');
    expect(partitions[1]).toEqual({
      id: 'aws-cn',
      title: 'AWS China',
      regions: ['cn-north-1', 'cn-northwest-1'],
    });
    expect(partitions.flatMap((p) => p.regions).sort()).toEqual([...aws.regions].sort());
    expect(res.json().sinks).toEqual(
      expect.arrayContaining([
        { name: 'store', remote: false, configured: true, setting: null },
        expect.objectContaining({ name: 'opsteamize', remote: true, setting: 'OPSTEAMIZE_URL' }),
      ]),
    );
    const gcp = providers.find((p: { id: string }) => p.id === 'gcp');
    expect(gcp.region_partitions).toEqual([{ id: 'gcp', title: gcp.title, regions: gcp.regions }]);
    const ec2 = aws.services.find((s: { id: string }) => s.id === 'ec2');
    expect(ec2).toMatchObject({ scope: 'regional' });
    expect(ec2.permissions).toContain('ec2:DescribeInstances');
    expect(ec2.metric_types).toContain('aws.metadata.ec2.instance_type');
    expect(metric_types).toContainEqual(
      expect.objectContaining({
        name: 'aws.metadata.ec2.instance_type',
        category: 'metadata',
        provider: 'aws',
        service: 'ec2',
        value_type: 'string',
      }),
    );
    expect(metric_types).toHaveLength(api.registry.catalogue.entries().length);
  });

  it('needs an API key', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(res.statusCode).toBe(401);
  });
});
