import { DYNAMODB } from '../../../providers/aws/services/dynamodb/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'dynamodb_table_cmk_encryption',
  scanner: DYNAMODB,
  reads: ['tables', 'keyManagers'],
  resource_type: 'AwsDynamoDbTable',
  title: 'DynamoDB tables are encrypted with a customer managed KMS key',
  description:
    'The table’s SSEDescription names a KMS key whose KeyManager (kms:DescribeKey) is CUSTOMER. DynamoDB’s own key (no SSEDescription) and the AWS managed alias/aws/dynamodb key fail.',
  severity: 'low',
  risk: 'With a key DynamoDB or AWS manages, the account cannot restrict who may decrypt the table through the key policy, audit its use per key, or revoke access by disabling the key.',
  remediation: {
    text: 'Switch the table’s encryption to a customer managed key (the change is online).',
    cli: 'aws dynamodb update-table --table-name NAME --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
    console: 'DynamoDB → Tables → <table> → Additional settings → Encryption → Manage encryption',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const table of snapshot.tables) {
      const encryption = table.encryption;
      if (encryption.type === 'aws_owned') {
        yield {
          resource_id: table.arn,
          status: 'FAIL',
          reason: `${table.name} is encrypted with a key DynamoDB owns, not a customer managed key`,
        };
        continue;
      }
      const manager = snapshot.keyManagers[encryption.kmsKeyArn];
      if (!manager || manager.state !== 'available') {
        if (manager) yield unreadable(table.arn, `the KMS key of ${table.name}`, manager);
        continue;
      }
      yield manager.value === 'CUSTOMER'
        ? {
            resource_id: table.arn,
            status: 'PASS',
            reason: `${table.name} is encrypted with customer managed key ${encryption.kmsKeyArn}`,
          }
        : {
            resource_id: table.arn,
            status: 'FAIL',
            reason: `${table.name} is encrypted with the AWS managed key ${encryption.kmsKeyArn}`,
          };
    }
  },
});
