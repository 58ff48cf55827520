import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_no_public_access',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances are not publicly accessible',
  description: 'PubliclyAccessible is false for the DB instance.',
  severity: 'critical',
  risk: 'A publicly accessible database gets a public DNS answer and is one security group rule away from the internet.',
  remediation: {
    text: 'Turn off public accessibility and reach the database from inside the VPC (or through a bastion or VPN).',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --no-publicly-accessible --apply-immediately',
  },
  compliance: { 'cis_aws_7.0': ['3.2.3'], aws_fsbp: ['RDS.2'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances) {
      yield !db.publiclyAccessible
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is not publicly accessible` }
        : { resource_id: db.arn, status: 'FAIL', reason: `${db.id} is publicly accessible` };
    }
  },
});
