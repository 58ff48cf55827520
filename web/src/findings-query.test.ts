import { describe, expect, it } from 'vitest';
import { NO_FILTER, facetOptions, neighbours, pageLabel, resultsPath } from './findings-query';

describe('findings page queries', () => {
  it('asks for the chosen filters only, the resource trimmed, with the page size', () => {
    expect(resultsPath('s/1', { ...NO_FILTER, status: 'FAIL', resource: '  bucket ' }, 0)).toBe(
      '/api/v1/scans/s%2F1/results?status=FAIL&resource=bucket&limit=50',
    );
    expect(resultsPath('s1', { ...NO_FILTER, framework: 'cis_aws_7.0' }, 100)).toBe(
      '/api/v1/scans/s1/results?framework=cis_aws_7.0&offset=100&limit=50',
    );
  });

  it('says which results the page shows', () => {
    expect(pageLabel({ offset: 50, matched: 1213, items: new Array(50) })).toBe(
      '51–100 of 1,213 results',
    );
    expect(pageLabel({ offset: 0, matched: 1, items: new Array(1) })).toBe('1–1 of 1 result');
    expect(pageLabel({ offset: 0, matched: 0, items: [] })).toBe('No result matches these filters');
  });

  it('pages forward and back, never past either end', () => {
    expect(neighbours({ offset: 0, limit: 50, matched: 120 })).toEqual({
      previous: null,
      next: 50,
    });
    expect(neighbours({ offset: 100, limit: 50, matched: 120 })).toEqual({
      previous: 50,
      next: null,
    });
    expect(neighbours({ offset: 0, limit: 50, matched: 50 })).toEqual({
      previous: null,
      next: null,
    });
  });

  it('labels facet values with their counts, a check by its title', () => {
    expect(
      facetOptions([
        {
          value: 's3_bucket_public_access',
          label: 'S3 buckets block public access',
          count: 1200,
          failed: 3,
        },
        { value: 'ec2', label: 'ec2', count: 0, failed: 0 },
      ]),
    ).toEqual([
      ['s3_bucket_public_access', 'S3 buckets block public access (1,200)'],
      ['ec2', 'ec2 (0)'],
    ]);
  });
});
