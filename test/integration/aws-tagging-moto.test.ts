import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectDynamoSnapshot } from '../../src/providers/aws/services/dynamodb/collector.js';
import type { DynamoRegionSnapshot } from '../../src/providers/aws/services/dynamodb/model.js';
import { collectSnsSnapshot } from '../../src/providers/aws/services/sns/collector.js';
import type { SnsRegionSnapshot } from '../../src/providers/aws/services/sns/model.js';
import { collectSqsSnapshot } from '../../src/providers/aws/services/sqs/collector.js';
import type { SqsRegionSnapshot } from '../../src/providers/aws/services/sqs/model.js';
import { motoSuiteSkip } from '../support/moto.js';
import { motoUnit, useMotoServer } from '../support/moto-suite.js';

/**
 * Tags over the wire: DynamoDB tables, SQS queues and SNS topics created against moto, tagged and
 * not, and the tags their collectors read from one Resource Groups Tagging API GetResources
 * listing per region (a resource it does not name has no tags).
 */

const skipReason = motoSuiteSkip('AWS tags through GetResources');

const REGION = 'eu-west-1';

const unit = (client: object) =>
  motoUnit(
    REGION,
    client,
    new CloudWatchClient({ region: REGION }),
    new ResourceGroupsTaggingAPIClient({ region: REGION }),
  );

describe.skipIf(skipReason !== null)('tags through GetResources against moto (real SDK)', () => {
  useMotoServer(REGION);

  describe('DynamoDB', () => {
    let snapshot: DynamoRegionSnapshot;

    beforeAll(async () => {
      const client = new DynamoDBClient({ region: REGION });
      for (const [name, tags] of [
        [
          'orders',
          [
            { Key: 'team', Value: 'checkout' },
            { Key: 'env', Value: 'prod' },
          ],
        ],
        ['scratch', undefined],
      ] as const)
        await client.send(
          new CreateTableCommand({
            TableName: name,
            AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
            KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
            BillingMode: 'PAY_PER_REQUEST',
            ...(tags ? { Tags: [...tags] } : {}),
          }),
        );
      snapshot = await collectDynamoSnapshot(unit(client));
    });

    it('reads the tagged table’s tags and the untagged one’s as none', () => {
      const tags = Object.fromEntries(snapshot.tables.map((t) => [t.name, t.tags]));
      expect(tags).toEqual({
        orders: { state: 'available', value: { team: 'checkout', env: 'prod' } },
        scratch: { state: 'available', value: {} },
      });
    });
  });

  describe('SQS', () => {
    let snapshot: SqsRegionSnapshot;

    beforeAll(async () => {
      const client = new SQSClient({ region: REGION });
      await client.send(new CreateQueueCommand({ QueueName: 'jobs', tags: { team: 'batch' } }));
      await client.send(new CreateQueueCommand({ QueueName: 'jobs-untagged' }));
      snapshot = await collectSqsSnapshot(unit(client));
    });

    it('reads the tagged queue’s tags and the untagged one’s as none', () => {
      const tags = Object.fromEntries(snapshot.queues.map((q) => [q.name, q.tags]));
      expect(tags).toEqual({
        jobs: { state: 'available', value: { team: 'batch' } },
        'jobs-untagged': { state: 'available', value: {} },
      });
    });
  });

  describe('SNS', () => {
    let snapshot: SnsRegionSnapshot;

    beforeAll(async () => {
      const client = new SNSClient({ region: REGION });
      await client.send(
        new CreateTopicCommand({ Name: 'alerts', Tags: [{ Key: 'team', Value: 'ops' }] }),
      );
      await client.send(new CreateTopicCommand({ Name: 'alerts-untagged' }));
      snapshot = await collectSnsSnapshot(unit(client));
    });

    it('reads the tagged topic’s tags and the untagged one’s as none', () => {
      const tags = Object.fromEntries(snapshot.topics.map((t) => [t.name, t.tags]));
      expect(tags).toEqual({
        alerts: { state: 'available', value: { team: 'ops' } },
        'alerts-untagged': { state: 'available', value: {} },
      });
    });
  });
});
