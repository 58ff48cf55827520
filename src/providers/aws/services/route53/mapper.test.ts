import { describe, expect, it } from 'vitest';
import { s3Target } from './mapper.js';
import type { RecordTarget } from './model.js';

const cname = (name: string, target: string): RecordTarget => ({ name, type: 'CNAME', target });
const alias = (name: string, target: string): RecordTarget => ({ name, type: 'ALIAS', target });
const bucketOf = (t: RecordTarget) => s3Target(t)?.bucket;

describe('s3Target', () => {
  it('reads the bucket prefix of every S3 endpoint form', () => {
    expect(bucketOf(cname('a.example.com.', 'my-bucket.s3.amazonaws.com'))).toBe('my-bucket');
    expect(bucketOf(cname('a.example.com.', 'my-bucket.s3.eu-west-1.amazonaws.com.'))).toBe(
      'my-bucket',
    );
    expect(bucketOf(cname('a.example.com.', 'my-bucket.s3-us-west-2.amazonaws.com'))).toBe(
      'my-bucket',
    );
    expect(
      bucketOf(cname('a.example.com.', 'my-bucket.s3.dualstack.eu-west-1.amazonaws.com')),
    ).toBe('my-bucket');
    expect(
      bucketOf(cname('a.example.com.', 'static.example.com.s3-website-eu-west-1.amazonaws.com')),
    ).toBe('static.example.com');
    expect(
      bucketOf(cname('a.example.com.', 'Static.Example.com.s3-website.eu-central-1.amazonaws.com')),
    ).toBe('static.example.com');
    expect(bucketOf(cname('a.example.cn.', 'cn-bucket.s3.cn-north-1.amazonaws.com.cn'))).toBe(
      'cn-bucket',
    );
  });

  it('takes the record name as the bucket of an endpoint without one', () => {
    expect(bucketOf(cname('www.example.com.', 's3-website-eu-west-1.amazonaws.com'))).toBe(
      'www.example.com',
    );
    expect(bucketOf(alias('www.example.com.', 's3-website.eu-central-1.amazonaws.com.'))).toBe(
      'www.example.com',
    );
    expect(bucketOf(cname('assets.example.com.', 's3.amazonaws.com'))).toBe('assets.example.com');
  });

  it('counts an alias only to a website endpoint', () => {
    expect(bucketOf(alias('a.example.com.', 's3.eu-west-1.amazonaws.com.'))).toBeUndefined();
    expect(bucketOf(alias('a.example.com.', 'd111111abcdef8.cloudfront.net.'))).toBeUndefined();
  });

  it('ignores other hosts, access points, S3 Control and wildcards without a bucket', () => {
    for (const target of [
      'orders.cluster-abc.eu-west-1.rds.amazonaws.com',
      'lb-1.eu-west-1.elb.amazonaws.com.',
      'my-ap-123456789012.s3-accesspoint.eu-west-1.amazonaws.com',
      '123456789012.s3-control.eu-west-1.amazonaws.com',
      'my-bucket.s3.amazonaws.com.evil.example',
      'ec2-198-51-100-1.compute-1.amazonaws.com',
    ])
      expect(bucketOf(cname('a.example.com.', target)), target).toBeUndefined();
    expect(bucketOf(cname('\\052.example.com.', 's3-website-eu-west-1.amazonaws.com'))).toBe(
      undefined,
    );
    expect(bucketOf(cname('\\052.example.com.', 'wild.s3.amazonaws.com'))).toBe('wild');
  });
});
