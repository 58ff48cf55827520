import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_minor_version_upgrade_enabled',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances upgrade minor versions automatically',
  description: 'AutoMinorVersionUpgrade is true for the DB instance.',
  severity: 'medium',
  risk: 'Security fixes of the database engine ship in minor versions; without automatic upgrades they wait for someone to remember.',
  remediation: {
    text: 'Turn on automatic minor version upgrades (applied in the maintenance window).',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --auto-minor-version-upgrade --apply-immediately',
  },
  compliance: { 'cis_aws_7.0': ['3.2.2'], aws_fsbp: ['RDS.13'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.autoMinorVersionUpgrade
        ? {
            resource_id: db.arn,
            status: 'PASS',
            reason: `${db.id} upgrades minor versions automatically`,
          }
        : {
            resource_id: db.arn,
            status: 'FAIL',
            reason: `${db.id} has AutoMinorVersionUpgrade off`,
          };
    }
  },
});
