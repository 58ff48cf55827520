import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

/** Engines that accept IAM database authentication. */
const IAM_AUTH_ENGINES = /^(mysql|mariadb|postgres|aurora|aurora-mysql|aurora-postgresql)$/;

export default defineCheck({
  id: 'rds_instance_iam_authentication_enabled',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances accept IAM database authentication',
  description:
    'IAMDatabaseAuthenticationEnabled is true for each DB instance outside a cluster whose engine supports it (MySQL, MariaDB, PostgreSQL, Aurora).',
  severity: 'medium',
  risk: 'Database passwords are long-lived secrets stored in applications; IAM tokens are short-lived and centrally revocable.',
  remediation: {
    text: 'Enable IAM database authentication and move applications to IAM tokens.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  },
  compliance: { aws_fsbp: ['RDS.10'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances.filter((db) => db.clusterId === undefined)) {
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
