import { paginateListSecrets, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { mapSecret } from './mapper.js';
import type { SecretsManagerRegionSnapshot } from './model.js';

/** ListSecrets returns at most 100 secrets a page. */
const PAGE_SIZE = 100;

/**
 * One region's secrets from the paginated ListSecrets alone (the unit fails only if it fails):
 * each entry carries rotation, last rotation and access dates, the KMS key and the tags, so there
 * is no call per secret. Secrets scheduled for deletion are left out (the default). Secrets
 * Manager publishes no per-secret CloudWatch metric, so there is no GetMetricData either.
 */
export async function collectSecretsManagerSnapshot(
  ctx: AwsUnitContext,
): Promise<SecretsManagerRegionSnapshot> {
  const client = ctx.clients.get(SecretsManagerClient);
  const secrets = await collectPages(
    paginateListSecrets({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.SecretList,
    mapSecret,
    ctx.signal,
  );
  return { region: ctx.region, secrets };
}
