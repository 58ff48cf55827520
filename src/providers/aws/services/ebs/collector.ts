import {
  EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import type { EbsRegionSnapshot } from './model.js';

/**
 * The region's EBS encryption defaults: two calls, once per region. The region has no listing: both
 * are settings read for what they are, and a failing one is recorded rather than failing the unit.
 */
export async function collectEbsSnapshot(ctx: AwsUnitContext): Promise<EbsRegionSnapshot> {
  const client = ctx.clients.get(EC2Client);
  const options = { abortSignal: ctx.signal };
  const [encryption, defaultKmsKeyId] = await Promise.all([
    guardedRead(
      ctx,
      'ec2:GetEbsEncryptionByDefault',
      async () =>
        (await client.send(new GetEbsEncryptionByDefaultCommand({}), options))
          .EbsEncryptionByDefault ?? false,
    ),
    guardedRead(ctx, 'ec2:GetEbsDefaultKmsKeyId', async () => {
      const answer = await client.send(new GetEbsDefaultKmsKeyIdCommand({}), options);
      return answer.KmsKeyId ?? 'alias/aws/ebs';
    }),
  ]);
  return {
    region: ctx.region,
    encryptionByDefault: encryption,
    defaultKmsKeyId,
  };
}
