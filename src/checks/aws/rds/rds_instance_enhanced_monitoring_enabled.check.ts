import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_enhanced_monitoring_enabled',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances have enhanced monitoring',
  description: 'MonitoringInterval is above 0 for the DB instance.',
  severity: 'low',
  risk: 'Without operating-system metrics, resource exhaustion and noisy processes go unseen until the database fails.',
  remediation: {
    text: 'Turn on enhanced monitoring (60 seconds is enough for most) with a monitoring role.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --monitoring-interval 60 --monitoring-role-arn ROLE_ARN',
  },
  compliance: { aws_fsbp: ['RDS.6'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield db.monitoringIntervalSeconds > 0
        ? {
            resource_id: db.arn,
            status: 'PASS',
            reason: `${db.id} reports OS metrics every ${db.monitoringIntervalSeconds} s`,
          }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} has enhanced monitoring off` };
    }
  },
});
