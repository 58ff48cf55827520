import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_deletion_protection',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances have deletion protection',
  description: 'DeletionProtection is true for each DB instance that is not a member of a cluster.',
  severity: 'medium',
  risk: 'A single mistaken call or a compromised credential can delete the database.',
  remediation: {
    text: 'Turn on deletion protection.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --deletion-protection --apply-immediately',
  },
  compliance: { aws_fsbp: ['RDS.8'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances.filter((db) => db.clusterId === undefined)) {
      yield db.deletionProtection
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is protected from deletion` }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} has DeletionProtection off` };
    }
  },
});
