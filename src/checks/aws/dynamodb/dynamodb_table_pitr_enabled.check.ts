import { DYNAMODB } from '../../../providers/aws/services/dynamodb/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'dynamodb_table_pitr_enabled',
  scanner: DYNAMODB,
  reads: ['tables'],
  resource_type: 'AwsDynamoDbTable',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  description:
    'Reads each table’s continuous backups (DescribeContinuousBackups): PointInTimeRecoveryStatus must be ENABLED.',
  severity: 'medium',
  risk: 'Without point-in-time recovery an accidental delete or a bad write cannot be undone to the second; only on-demand backups, if any, remain.',
  remediation: {
    text: 'Enable point-in-time recovery on the table (35 days of continuous backups by default).',
    cli: 'aws dynamodb update-continuous-backups --table-name NAME --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    console: 'DynamoDB → Tables → <table> → Backups → Point-in-time recovery → Edit',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
  },
  compliance: { aws_fsbp: ['DynamoDB.2'] },
  *evaluate(snapshot) {
    for (const table of snapshot.tables) {
      if (table.backups.state !== 'available') {
        yield unreadable(table.arn, `the continuous backups of ${table.name}`, table.backups);
        continue;
      }
      yield table.backups.value.pitrEnabled
        ? {
            resource_id: table.arn,
            status: 'PASS',
            reason: `${table.name} has point-in-time recovery`,
          }
        : {
            resource_id: table.arn,
            status: 'FAIL',
            reason: `${table.name} has point-in-time recovery disabled`,
          };
    }
  },
});
