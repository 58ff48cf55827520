import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

/** Engines that accept IAM database authentication. */
const IAM_AUTH_ENGINES = /^(mysql|mariadb|postgres|aurora|aurora-mysql|aurora-postgresql)$/;

export default defineCheck({
  id: 'rds_cluster_iam_authentication_enabled',
  scanner: RDS,
  reads: ['clusters'],
  resource_type: 'AwsRdsDbCluster',
  title: 'RDS clusters accept IAM database authentication',
  description:
    'IAMDatabaseAuthenticationEnabled is true for each DB cluster whose engine supports it (MySQL, MariaDB, PostgreSQL, Aurora).',
  severity: 'medium',
  risk: 'Database passwords are long-lived secrets stored in applications; IAM tokens are short-lived and centrally revocable.',
  remediation: {
    text: 'Enable IAM database authentication and move applications to IAM tokens.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  },
  compliance: { aws_fsbp: ['RDS.12'] },
  *evaluate(snapshot) {
    for (const db of snapshot.clusters) {
      if (!IAM_AUTH_ENGINES.test(db.engine)) continue;
      yield db.iamDatabaseAuthentication
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} accepts IAM authentication` }
        : {
            resource_id: db.arn,
            status: 'FAIL',
            reason: `${db.id} has IAM database authentication off`,
          };
    }
  },
});
