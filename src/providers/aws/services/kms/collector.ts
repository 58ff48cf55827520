import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  type AliasListEntry,
  type KeyListEntry,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import {
  decodePolicyDocument,
  externalAccounts,
  grants,
  parseStatements,
} from '../../policy/index.js';
import { available, guardedRead, type Read } from '../../read.js';
import {
  rotationApplies,
  type KeyDetails,
  type KeyPolicy,
  type KeyRotation,
  type KmsKey,
  type KmsRegionSnapshot,
} from './model.js';

/** ListKeys accepts up to 1,000 keys a page, ListAliases up to 100. */
const KEYS_PAGE = 1000;
const ALIASES_PAGE = 100;
/**
 * KMS has no batch describe: DescribeKey and GetKeyRotationStatus are one call per key. AWS-managed
 * keys are skipped by alias, and at most this many calls run at once.
 */
const KEY_CONCURRENCY = 5;
/** A key deleted, or in a state that refuses the call, between the list and the read. */
const KEY_GONE = ['NotFoundException', 'KMSInvalidStateException', 'UnsupportedOperationException'];

function mapDetails(meta: KeyMetadata | undefined): KeyDetails {
  return {
    manager: meta?.KeyManager ?? 'unknown',
    state: meta?.KeyState ?? 'unknown',
    spec: meta?.KeySpec ?? 'unknown',
    ...(meta?.KeyUsage ? { usage: meta.KeyUsage } : {}),
    origin: meta?.Origin ?? 'unknown',
    multiRegion: meta?.MultiRegion ?? false,
    ...(meta?.DeletionDate ? { deletionDate: meta.DeletionDate.toISOString() } : {}),
    ...(meta?.Description ? { description: meta.Description } : {}),
  };
}

/** Who a key policy document lets in: public statements and accounts other than the key's own. */
export function judgeKeyPolicy(text: string | undefined, account: string): KeyPolicy {
  const all = grants(parseStatements(decodePolicyDocument(text)), { actions: ['kms:*'] });
  const open = all.filter((g) => g.public);
  return {
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
    externalAccounts: externalAccounts(all, { self: account }),
  };
}

async function listKeys(ctx: AwsUnitContext, client: KMSClient): Promise<KeyListEntry[]> {
  const keys: KeyListEntry[] = [];
  for await (const page of paginateListKeys(
    { client, pageSize: KEYS_PAGE },
    {},
    { abortSignal: ctx.signal },
  )) {
    keys.push(...(page.Keys ?? []));
  }
  return keys;
}

async function listAliases(ctx: AwsUnitContext, client: KMSClient): Promise<AliasListEntry[]> {
  const aliases: AliasListEntry[] = [];
  for await (const page of paginateListAliases(
    { client, pageSize: ALIASES_PAGE },
    {},
    { abortSignal: ctx.signal },
  )) {
    aliases.push(...(page.Aliases ?? []));
  }
  return aliases;
}

/**
 * One region's keys: ListKeys and ListAliases (paginated), then DescribeKey for every key that no
 * `alias/aws/…` alias marks as AWS-managed, GetKeyPolicy for customer-managed keys and
 * GetKeyRotationStatus for customer-managed symmetric keys (KMS has no batch form of any). Denied
 * or vanished per-key reads are recorded on the key.
 */
export async function collectKmsSnapshot(ctx: AwsUnitContext): Promise<KmsRegionSnapshot> {
  const client = ctx.clients.get(KMSClient);
  const options = { abortSignal: ctx.signal };
  const [entries, aliasRead] = await Promise.all([
    listKeys(ctx, client),
    guardedRead(ctx, 'kms:ListAliases', () => listAliases(ctx, client)),
  ]);
  const aliasesOf = new Map<string, string[]>();
  for (const alias of aliasRead.state === 'available' ? aliasRead.value : []) {
    if (!alias.TargetKeyId || !alias.AliasName) continue;
    aliasesOf.set(alias.TargetKeyId, [
      ...(aliasesOf.get(alias.TargetKeyId) ?? []),
      alias.AliasName,
    ]);
  }

  const limit = pLimit(KEY_CONCURRENCY);
  const keys = await Promise.all(
    entries.flatMap((entry) => {
      if (!entry.KeyId || !entry.KeyArn) return [];
      const id = entry.KeyId;
      const arn = entry.KeyArn;
      const aliases = (aliasesOf.get(id) ?? []).sort();
      if (aliases.some((a) => a.startsWith('alias/aws/'))) {
        return [Promise.resolve<KmsKey>({ arn, id, aliases, details: { state: 'aws_managed' } })];
      }
      return [
        limit(async (): Promise<KmsKey> => {
          const details = await guardedRead(
            ctx,
            'kms:DescribeKey',
            async () =>
              mapDetails(
                (await client.send(new DescribeKeyCommand({ KeyId: arn }), options)).KeyMetadata,
              ),
            KEY_GONE,
          );
          if (details.state !== 'available') return { arn, id, aliases, details };
          const customer = details.value.manager === 'CUSTOMER';
          const [policy, rotation] = await Promise.all([
            customer ? readPolicy(arn) : undefined,
            rotationApplies(details.value) ? readRotation(arn) : undefined,
          ]);
          return {
            arn,
            id,
            aliases,
            details,
            ...(rotation ? { rotation } : {}),
            ...(policy ? { policy } : {}),
          };
        }),
      ];
    }),
  );
  const aliases: Read<number> =
    aliasRead.state === 'available' ? available(aliasRead.value.length) : aliasRead;
  return { region: ctx.region, keys, aliases };

  function readPolicy(arn: string): Promise<Read<KeyPolicy>> {
    return guardedRead(
      ctx,
      'kms:GetKeyPolicy',
      async () =>
        judgeKeyPolicy(
          (
            await client.send(
              new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }),
              options,
            )
          ).Policy,
          ctx.accountId,
        ),
      KEY_GONE,
    );
  }

  function readRotation(arn: string): Promise<Read<KeyRotation>> {
    return guardedRead(
      ctx,
      'kms:GetKeyRotationStatus',
      async () => {
        const answer = await client.send(new GetKeyRotationStatusCommand({ KeyId: arn }), options);
        return {
          enabled: answer.KeyRotationEnabled ?? false,
          ...(answer.RotationPeriodInDays !== undefined
            ? { periodDays: answer.RotationPeriodInDays }
            : {}),
        };
      },
      KEY_GONE,
    );
  }
}
