import type { CheckDefinition, CheckPack } from '../../core/index.js';
import { ACCESSANALYZER_CHECKS } from './accessanalyzer/index.js';
import { CLOUDTRAIL_CHECKS } from './cloudtrail/index.js';
import { CONFIG_CHECKS } from './config/index.js';
import { DYNAMODB_CHECKS } from './dynamodb/index.js';
import { EBS_CHECKS } from './ebs/index.js';
import { EC2_CHECKS } from './ec2/index.js';
import { EFS_CHECKS } from './efs/index.js';
import { ELBV2_CHECKS } from './elbv2/index.js';
import { IAM_CHECKS } from './iam/index.js';
import { KMS_CHECKS } from './kms/index.js';
import { LAMBDA_CHECKS } from './lambda/index.js';
import { LOGS_CHECKS } from './logs/index.js';
import { RDS_CHECKS } from './rds/index.js';
import { S3_CHECKS } from './s3/index.js';
import { SECURITYHUB_CHECKS } from './securityhub/index.js';
import { SNS_CHECKS } from './sns/index.js';
import { SQS_CHECKS } from './sqs/index.js';
import { VPC_CHECKS } from './vpc/index.js';
import { GUARDDUTY_CHECKS } from './guardduty/index.js';
import { CLOUDFRONT_CHECKS } from './cloudfront/index.js';
import { SECRETSMANAGER_CHECKS } from './secretsmanager/index.js';
import { ACM_CHECKS } from './acm/index.js';
import { ECR_CHECKS } from './ecr/index.js';
import { ECS_CHECKS } from './ecs/index.js';
import { EKS_CHECKS } from './eks/index.js';
import { ROUTE53_CHECKS } from './route53/index.js';
import { APIGATEWAY_CHECKS } from './apigateway/index.js';
import { INSPECTOR2_CHECKS } from './inspector2/index.js';
import { MACIE2_CHECKS } from './macie2/index.js';
import { ELASTICACHE_CHECKS } from './elasticache/index.js';
import { REDSHIFT_CHECKS } from './redshift/index.js';
import { WAFV2_CHECKS } from './wafv2/index.js';
import { ELB_CHECKS } from './elb/index.js';
import { OPENSEARCH_CHECKS } from './opensearch/index.js';
import { BACKUP_CHECKS } from './backup/index.js';
import { AWS_FSBP } from './compliance/aws-fsbp.js';
import { CIS_AWS_7_0 } from './compliance/cis-aws-7.0.js';

/** Every AWS check, by service: one line per service (its index lists its checks). */
export const AWS_CHECKS: readonly CheckDefinition[] = [
  ...ACCESSANALYZER_CHECKS,
  ...CLOUDTRAIL_CHECKS,
  ...CONFIG_CHECKS,
  ...DYNAMODB_CHECKS,
  ...EBS_CHECKS,
  ...EC2_CHECKS,
  ...EFS_CHECKS,
  ...ELBV2_CHECKS,
  ...IAM_CHECKS,
  ...KMS_CHECKS,
  ...LAMBDA_CHECKS,
  ...LOGS_CHECKS,
  ...RDS_CHECKS,
  ...S3_CHECKS,
  ...SECURITYHUB_CHECKS,
  ...SNS_CHECKS,
  ...SQS_CHECKS,
  ...VPC_CHECKS,
  ...GUARDDUTY_CHECKS,
  ...CLOUDFRONT_CHECKS,
  ...SECRETSMANAGER_CHECKS,
  ...ACM_CHECKS,
  ...ECR_CHECKS,
  ...ECS_CHECKS,
  ...EKS_CHECKS,
  ...ROUTE53_CHECKS,
  ...APIGATEWAY_CHECKS,
  ...INSPECTOR2_CHECKS,
  ...MACIE2_CHECKS,
  ...ELASTICACHE_CHECKS,
  ...REDSHIFT_CHECKS,
  ...WAFV2_CHECKS,
  ...ELB_CHECKS,
  ...OPENSEARCH_CHECKS,
  ...BACKUP_CHECKS,
];

/** The AWS checks and the frameworks they map to. */
export const AWS_CHECK_PACK: CheckPack = {
  provider: 'aws',
  checks: AWS_CHECKS,
  frameworks: [CIS_AWS_7_0, AWS_FSBP],
};
