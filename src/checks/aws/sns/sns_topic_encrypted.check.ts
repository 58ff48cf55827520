import { SNS } from '../../../providers/aws/services/sns/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'sns_topic_encrypted',
  scanner: SNS,
  reads: ['topics'],
  resource_type: 'AwsSnsTopic',
  title: 'SNS topics are encrypted at rest with KMS',
  description: 'The topic’s attributes (GetTopicAttributes) name a KMS key (KmsMasterKeyId).',
  severity: 'medium',
  risk: 'Messages of an unencrypted topic are stored in clear until they are delivered.',
  remediation: {
    text: 'Enable server-side encryption on the topic with a KMS key (its key policy must let the publishing services use it).',
    cli: 'aws sns set-topic-attributes --topic-arn ARN --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    console: 'SNS → Topics → <topic> → Edit → Encryption',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const t of snapshot.topics) {
      if (t.attributes.state !== 'available') {
        yield unreadable(t.arn, `the attributes of topic ${t.name}`, t.attributes);
        continue;
      }
      const key = t.attributes.value.kmsKeyId;
      yield key
        ? { resource_id: t.arn, status: 'PASS', reason: `topic ${t.name} is encrypted with ${key}` }
        : {
            resource_id: t.arn,
            status: 'FAIL',
            reason: `topic ${t.name} is not encrypted at rest`,
          };
    }
  },
});
