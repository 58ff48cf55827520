import { DYNAMODB } from '../../../providers/aws/services/dynamodb/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'dynamodb_table_deletion_protection_enabled',
  scanner: DYNAMODB,
  reads: ['tables'],
  resource_type: 'AwsDynamoDbTable',
  title: 'DynamoDB tables have deletion protection enabled',
  description: 'DeletionProtectionEnabled is true in the table’s description (DescribeTable).',
  severity: 'medium',
  risk: 'A table without deletion protection can be deleted by one API call, with every item in it.',
  remediation: {
    text: 'Turn deletion protection on for the table.',
    cli: 'aws dynamodb update-table --table-name NAME --deletion-protection-enabled',
    console: 'DynamoDB → Tables → <table> → Additional settings → Deletion protection',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  },
  compliance: { aws_fsbp: ['DynamoDB.6'] },
  *evaluate(snapshot) {
    for (const table of snapshot.tables) {
      yield table.deletionProtection
        ? {
            resource_id: table.arn,
            status: 'PASS',
            reason: `${table.name} has deletion protection`,
          }
        : {
            resource_id: table.arn,
            status: 'FAIL',
            reason: `${table.name} can be deleted: deletion protection is off`,
          };
    }
  },
});
