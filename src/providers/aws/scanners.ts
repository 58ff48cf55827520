import type { CloudScanner } from '../../core/index.js';
import type { AwsClients } from './client-factory.js';
import { accessAnalyzerScanner } from './services/accessanalyzer/scanner.js';
import { cloudtrailScanner } from './services/cloudtrail/scanner.js';
import { configScanner } from './services/config/scanner.js';
import { costScanner } from './services/cost/scanner.js';
import { dynamodbScanner } from './services/dynamodb/scanner.js';
import { ebsScanner } from './services/ebs/scanner.js';
import { ec2Scanner } from './services/ec2/scanner.js';
import { efsScanner } from './services/efs/scanner.js';
import { elbv2Scanner } from './services/elbv2/scanner.js';
import { iamScanner } from './services/iam/scanner.js';
import { kmsScanner } from './services/kms/scanner.js';
import { lambdaScanner } from './services/lambda/scanner.js';
import { logsScanner } from './services/logs/scanner.js';
import { rdsScanner } from './services/rds/scanner.js';
import { snsScanner } from './services/sns/scanner.js';
import { sqsScanner } from './services/sqs/scanner.js';
import { s3Scanner } from './services/s3/scanner.js';
import { securityHubScanner } from './services/securityhub/scanner.js';
import { vpcScanner } from './services/vpc/scanner.js';
import { guardDutyScanner } from './services/guardduty/scanner.js';
import { cloudFrontScanner } from './services/cloudfront/scanner.js';
import { secretsManagerScanner } from './services/secretsmanager/scanner.js';
import { acmScanner } from './services/acm/scanner.js';
import { ecrScanner } from './services/ecr/scanner.js';
import { ecsScanner } from './services/ecs/scanner.js';
import { eksScanner } from './services/eks/scanner.js';
import { route53Scanner } from './services/route53/scanner.js';
import { apiGatewayScanner } from './services/apigateway/scanner.js';
import { backupScanner } from './services/backup/scanner.js';
import { openSearchScanner } from './services/opensearch/scanner.js';
import { elbScanner } from './services/elb/scanner.js';
import { wafv2Scanner } from './services/wafv2/scanner.js';
import { redshiftScanner } from './services/redshift/scanner.js';
import { elasticacheScanner } from './services/elasticache/scanner.js';
import { macie2Scanner } from './services/macie2/scanner.js';
import { inspector2Scanner } from './services/inspector2/scanner.js';

/** Every AWS scanner: adding a service is one folder and one line here. */
export const AWS_SCANNERS: readonly CloudScanner<AwsClients>[] = [
  ec2Scanner,
  vpcScanner,
  rdsScanner,
  s3Scanner,
  iamScanner,
  cloudtrailScanner,
  configScanner,
  kmsScanner,
  logsScanner,
  accessAnalyzerScanner,
  securityHubScanner,
  ebsScanner,
  efsScanner,
  lambdaScanner,
  elbv2Scanner,
  dynamodbScanner,
  sqsScanner,
  snsScanner,
  costScanner,
  guardDutyScanner,
  cloudFrontScanner,
  secretsManagerScanner,
  acmScanner,
  ecrScanner,
  ecsScanner,
  eksScanner,
  route53Scanner,
  apiGatewayScanner,
  inspector2Scanner,
  macie2Scanner,
  elasticacheScanner,
  redshiftScanner,
  wafv2Scanner,
  elbScanner,
  openSearchScanner,
  backupScanner,
];
