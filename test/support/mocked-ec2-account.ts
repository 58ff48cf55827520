import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import {
  describeAddresses,
  describeInstancesPage1,
  describeInstancesPage2,
  describeVolumes,
} from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';

/**
 * Account 123456789012 with eu-west-1 enabled and the EC2 fixtures' instances (two pages), volumes
 * and addresses, answered by aws-sdk-client-mock. `cpu` is what every GetMetricData query returns
 * (none when undefined). Call `restore()` when done.
 */
export function mockEc2Account(options: { cpu?: number } = {}) {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  const cloudwatch = mockClient(CloudWatchClient);
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '123456789012',
    Arn: 'arn:aws:iam::123456789012:user/scanner',
    UserId: 'AIDAEXAMPLE',
  });
  ec2
    .on(DescribeRegionsCommand)
    .resolves({ Regions: [{ RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }] });
  ec2
    .on(DescribeInstancesCommand)
    .callsFake((input: { NextToken?: string }) =>
      input.NextToken ? describeInstancesPage2 : describeInstancesPage1,
    );
  ec2.on(DescribeVolumesCommand).resolves(describeVolumes);
  ec2.on(DescribeAddressesCommand).resolves(describeAddresses);
  ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
  cloudwatch.on(ListMetricsCommand).resolves({ Metrics: [] });
  cloudwatch
    .on(GetMetricDataCommand)
    .callsFake((input: { MetricDataQueries?: { Id?: string }[] }) => ({
      MetricDataResults:
        options.cpu === undefined
          ? []
          : (input.MetricDataQueries ?? []).map((q) => ({
              Id: q.Id,
              StatusCode: 'Complete',
              Timestamps: [new Date()],
              Values: [options.cpu],
            })),
    }));
  return {
    sts,
    ec2,
    cloudwatch,
    restore() {
      sts.restore();
      ec2.restore();
      cloudwatch.restore();
    },
  };
}
