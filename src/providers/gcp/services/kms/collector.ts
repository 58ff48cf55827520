import { ASSET_PERMISSIONS, listAssets, publicMembers, searchPolicies } from '../../assets.js';
import type { GcpUnitContext } from '../../define-scanner.js';
import { available, guardedRead } from '../../read.js';
import type { KmsKey, KmsSnapshot } from './model.js';

export const KMS_PERMISSIONS = [...ASSET_PERMISSIONS] as const;
const CRYPTO_KEY = 'cloudkms.googleapis.com/CryptoKey';
const KEY_RING = 'cloudkms.googleapis.com/KeyRing';

/** The key ring of a key's full name (a key inherits its key ring's IAM policy). */
const keyRingOf = (keyId: string) => keyId.slice(0, keyId.lastIndexOf('/cryptoKeys/'));

interface RestCryptoKey {
  name?: string;
  purpose?: string;
  rotationPeriod?: string;
  nextRotationTime?: string;
  primary?: { state?: string; protectionLevel?: string };
  versionTemplate?: { protectionLevel?: string };
}

export function mapKey(fullName: string, data: RestCryptoKey | undefined): KmsKey {
  const path = /locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)$/.exec(fullName);
  const rotation = data?.rotationPeriod ? Number(data.rotationPeriod.replace(/s$/, '')) : NaN;
  return {
    id: fullName,
    name: path?.[3] ?? fullName,
    location: path?.[1] ?? 'unknown',
    keyRing: path?.[2] ?? 'unknown',
    purpose: data?.purpose ?? 'CRYPTO_KEY_PURPOSE_UNSPECIFIED',
    ...(Number.isFinite(rotation) ? { rotationPeriodSeconds: rotation } : {}),
    ...(data?.nextRotationTime ? { nextRotationTime: data.nextRotationTime } : {}),
    ...(data?.primary?.state ? { primaryState: data.primary.state } : {}),
    ...((data?.primary?.protectionLevel ?? data?.versionTemplate?.protectionLevel)
      ? {
          protectionLevel: data?.primary?.protectionLevel ?? data?.versionTemplate?.protectionLevel,
        }
      : {}),
  };
}

/**
 * The project's KMS keys in every location and their IAM policies, the key rings' included (a
 * key ring's grant reaches every key in it): two paginated Cloud Asset Inventory reads (no call per
 * location, key ring or key). Either may fail on its own.
 */
export async function collectKms(ctx: GcpUnitContext): Promise<KmsSnapshot> {
  const keys = await guardedRead(ctx, 'cloudasset.assets.list', async () =>
    (await listAssets<RestCryptoKey>(ctx, CRYPTO_KEY)).map((a) =>
      mapKey(a.name as string, a.resource?.data),
    ),
  );
  const publicGrants =
    keys.state === 'available' && keys.value.length === 0
      ? available({})
      : await guardedRead(ctx, 'cloudasset.searchAllIamPolicies', async () => {
          const policies = await searchPolicies(ctx, [CRYPTO_KEY, KEY_RING]);
          const out: Record<string, string[]> = {};
          if (keys.state !== 'available') {
            for (const [id, own] of policies) out[id] = publicMembers(own);
            return out;
          }
          for (const key of keys.value)
            out[key.id] = [
              ...publicMembers(policies.get(key.id)),
              ...publicMembers(policies.get(keyRingOf(key.id))),
            ];
          return out;
        });
  return { project: ctx.clients.project, keys, publicGrants };
}
