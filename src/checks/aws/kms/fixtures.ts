import type {
  KeyDetails,
  KmsKey,
  KmsRegionSnapshot,
} from '../../../providers/aws/services/kms/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;

export function customerKey(
  id: string,
  over: Partial<KeyDetails> = {},
  rotation?: KmsKey['rotation'],
  policy?: KmsKey['policy'],
): KmsKey {
  return {
    arn: keyArn(id),
    id,
    aliases: [`alias/${id}`],
    details: {
      state: 'available',
      value: {
        manager: 'CUSTOMER',
        state: 'Enabled',
        spec: 'SYMMETRIC_DEFAULT',
        origin: 'AWS_KMS',
        multiRegion: false,
        ...over,
      },
    },
    ...(rotation ? { rotation } : {}),
    ...(policy ? { policy } : {}),
  };
}

export const awsManaged: KmsKey = {
  arn: keyArn('aws-ebs'),
  id: 'aws-ebs',
  aliases: ['alias/aws/ebs'],
  details: { state: 'aws_managed' },
};

export function region(keys: KmsKey[]): KmsRegionSnapshot {
  return { region: REGION, keys, aliases: { state: 'available', value: keys.length } };
}
