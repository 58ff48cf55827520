import { RDS } from '../../../providers/aws/services/rds/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'rds_instance_multi_az',
  scanner: RDS,
  reads: ['instances'],
  resource_type: 'AwsRdsDbInstance',
  title: 'RDS instances are deployed across Availability Zones',
  description:
    'MultiAZ is true for each DB instance that is not a member of a cluster (a cluster handles its own availability).',
  severity: 'medium',
  risk: 'A single-AZ database goes down with its Availability Zone and during some maintenance.',
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment.',
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --multi-az --apply-immediately',
  },
  compliance: { 'cis_aws_7.0': ['3.2.4'], aws_fsbp: ['RDS.5'] },
  *evaluate(snapshot) {
    for (const db of snapshot.instances.filter((db) => db.clusterId === undefined)) {
      yield db.multiAz
        ? { resource_id: db.arn, status: 'PASS', reason: `${db.id} is Multi-AZ` }
        : {
            resource_id: db.arn,
            status: 'FAIL',
            reason: `${db.id} runs in a single Availability Zone`,
          };
    }
  },
});
