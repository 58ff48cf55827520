import { eq, ne, notExists, type Condition } from './filter-pattern.js';

/**
 * The CIS AWS Foundations Benchmark v7.0.0 monitoring patterns (section 5), as data: the conditions
 * a metric filter must state, and the benchmark's own pattern text (used in remediation and tests).
 * Optional refinements the benchmark offers (the SSO variant of 5.2, the exclusions of 5.1) may be
 * added to a filter without making it miss.
 */
export interface MonitoringPattern {
  /** What the filter watches, in words. */
  watches: string;
  /** Suggested metric name. */
  metric: string;
  /** Conditions every matching filter states. */
  require: readonly Condition[];
  /** The benchmark's pattern. */
  example: string;
}

const events = (...names: string[]) => names.map((n) => eq('eventName', n));

const orEvents = (...names: string[]) => names.map((n) => `($.eventName = ${n})`).join(' || ');

export const MONITORING_PATTERNS = {
  unauthorized_api_calls: {
    watches: 'unauthorized API calls',
    metric: 'UnauthorizedAPICalls',
    require: [eq('errorCode', '*UnauthorizedOperation'), eq('errorCode', 'AccessDenied*')],
    example:
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  sign_in_without_mfa: {
    watches: 'console sign-ins without MFA',
    metric: 'ConsoleSigninWithoutMFA',
    require: [eq('eventName', 'ConsoleLogin'), ne('additionalEventData.MFAUsed', 'Yes')],
    example: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  },
  root_usage: {
    watches: 'use of the root user',
    metric: 'RootAccountUsage',
    require: [
      eq('userIdentity.type', 'Root'),
      notExists('userIdentity.invokedBy'),
      ne('eventType', 'AwsServiceEvent'),
    ],
    example:
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  iam_policy_changes: {
    watches: 'IAM policy changes',
    metric: 'IAMPolicyChanges',
    require: events(
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    ),
    example: `{ ${orEvents(
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    )} }`,
  },
  cloudtrail_changes: {
    watches: 'CloudTrail configuration changes',
    metric: 'CloudTrailChanges',
    require: events('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'),
    example: `{ ${orEvents('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging')} }`,
  },
  console_auth_failures: {
    watches: 'console authentication failures',
    metric: 'ConsoleSigninFailures',
    require: [eq('eventName', 'ConsoleLogin'), eq('errorMessage', 'Failed authentication')],
    example: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  cmk_disable_or_deletion: {
    watches: 'disabling or scheduled deletion of customer-managed keys',
    metric: 'DisableOrDeleteCMK',
    require: [
      eq('eventSource', 'kms.amazonaws.com'),
      ...events('DisableKey', 'ScheduleKeyDeletion'),
    ],
    example:
      '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  },
  s3_bucket_policy_changes: {
    watches: 'S3 bucket policy changes',
    metric: 'S3BucketPolicyChanges',
    require: [
      eq('eventSource', 's3.amazonaws.com'),
      ...events(
        'PutBucketAcl',
        'PutBucketPolicy',
        'PutBucketCors',
        'PutBucketLifecycle',
        'PutBucketReplication',
        'DeleteBucketPolicy',
        'DeleteBucketCors',
        'DeleteBucketLifecycle',
        'DeleteBucketReplication',
      ),
    ],
    example: `{ ($.eventSource = s3.amazonaws.com) && (${orEvents(
      'PutBucketAcl',
      'PutBucketPolicy',
      'PutBucketCors',
      'PutBucketLifecycle',
      'PutBucketReplication',
      'DeleteBucketPolicy',
      'DeleteBucketCors',
      'DeleteBucketLifecycle',
      'DeleteBucketReplication',
    )}) }`,
  },
  config_changes: {
    watches: 'AWS Config configuration changes',
    metric: 'AWSConfigChanges',
    require: [
      eq('eventSource', 'config.amazonaws.com'),
      ...events(
        'StopConfigurationRecorder',
        'DeleteDeliveryChannel',
        'PutDeliveryChannel',
        'PutConfigurationRecorder',
      ),
    ],
    example: `{ ($.eventSource = config.amazonaws.com) && (${orEvents(
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
    )}) }`,
  },
  security_group_changes: {
    watches: 'security group changes',
    metric: 'SecurityGroupChanges',
    require: events(
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
      'ModifySecurityGroupRules',
    ),
    example: `{ ${orEvents(
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
      'ModifySecurityGroupRules',
    )} }`,
  },
  nacl_changes: {
    watches: 'network ACL changes',
    metric: 'NACLChanges',
    require: events(
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    ),
    example: `{ ${orEvents(
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    )} }`,
  },
  network_gateway_changes: {
    watches: 'network gateway changes',
    metric: 'NetworkGatewayChanges',
    require: events(
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    ),
    example: `{ ${orEvents(
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    )} }`,
  },
  route_table_changes: {
    watches: 'route table changes',
    metric: 'RouteTableChanges',
    require: events(
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    ),
    example: `{ ($.eventSource = ec2.amazonaws.com) && (${orEvents(
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    )}) }`,
  },
  vpc_changes: {
    watches: 'VPC changes',
    metric: 'VPCChanges',
    require: events(
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    ),
    example: `{ ${orEvents(
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    )} }`,
  },
  organizations_changes: {
    watches: 'AWS Organizations changes',
    metric: 'OrganizationsChanges',
    require: [
      eq('eventSource', 'organizations.amazonaws.com'),
      ...events(
        'AcceptHandshake',
        'AttachPolicy',
        'CreateAccount',
        'CreateOrganizationalUnit',
        'CreatePolicy',
        'DeclineHandshake',
        'DeleteOrganization',
        'DeleteOrganizationalUnit',
        'DeletePolicy',
        'DetachPolicy',
        'DisablePolicyType',
        'EnablePolicyType',
        'InviteAccountToOrganization',
        'LeaveOrganization',
        'MoveAccount',
        'RemoveAccountFromOrganization',
        'UpdatePolicy',
        'UpdateOrganizationalUnit',
      ),
    ],
    example: `{ ($.eventSource = organizations.amazonaws.com) && (${orEvents(
      'AcceptHandshake',
      'AttachPolicy',
      'CreateAccount',
      'CreateOrganizationalUnit',
      'CreatePolicy',
      'DeclineHandshake',
      'DeleteOrganization',
      'DeleteOrganizationalUnit',
      'DeletePolicy',
      'DetachPolicy',
      'DisablePolicyType',
      'EnablePolicyType',
      'InviteAccountToOrganization',
      'LeaveOrganization',
      'MoveAccount',
      'RemoveAccountFromOrganization',
      'UpdatePolicy',
      'UpdateOrganizationalUnit',
    )}) }`,
  },
} as const satisfies Record<string, MonitoringPattern>;

export type MonitoringPatternId = keyof typeof MONITORING_PATTERNS;
