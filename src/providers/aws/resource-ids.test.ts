import { describe, expect, it } from 'vitest';
import { awsAsff, awsResourceIds } from './resource-ids.js';

describe('AWS resource ids', () => {
  it('names region- and account-wide results by ARN, in the region’s partition', () => {
    expect(
      awsResourceIds.scope({ accountId: '123456789012', region: 'eu-west-3', service: 'config' }),
    ).toBe('arn:aws:config:eu-west-3:123456789012:region/eu-west-3');
    expect(
      awsResourceIds.scope({ accountId: '123456789012', region: 'cn-north-1', service: 'ebs' }),
    ).toBe('arn:aws-cn:ebs:cn-north-1:123456789012:region/cn-north-1');
    expect(
      awsResourceIds.scope({ accountId: '123456789012', region: 'global', service: 'iam' }),
    ).toBe('arn:aws:iam::123456789012:account');
  });

  it('reads the resource type from an ARN', () => {
    expect(awsResourceIds.typeOf('arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc')).toBe(
      'instance',
    );
    expect(awsResourceIds.typeOf('arn:aws:rds:eu-west-1:123456789012:db:orders')).toBe('db');
    expect(awsResourceIds.typeOf('arn:aws:s3:::acme-logs')).toBe('bucket');
    expect(awsResourceIds.typeOf('i-0abc')).toBeUndefined();
  });

  it('gives Security Hub its resource types and the ARN’s partition', () => {
    expect(awsAsff.resourceTypeOf('arn:aws:s3:::acme-logs')).toBe('AwsS3Bucket');
    expect(awsAsff.resourceTypeOf('arn:aws:lambda:eu-west-1:123456789012:function:f')).toBe(
      'Other',
    );
    expect(awsAsff.partitionOf('arn:aws-us-gov:s3:::b', 'us-east-1')).toBe('aws-us-gov');
    expect(awsAsff.partitionOf('not-an-arn', 'cn-north-1')).toBe('aws-cn');
  });
});
