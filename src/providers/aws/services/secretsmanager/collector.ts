import { paginateListSecrets, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { PriceBook } from '../../pricing.js';
import { guardedRead } from '../../read.js';
import { mapSecret } from './mapper.js';
import {
  isUnusedSecret,
  type Secret,
  type SecretPricing,
  type SecretsManagerRegionSnapshot,
} from './model.js';

/** ListSecrets returns at most 100 secrets a page. */
const PAGE_SIZE = 100;

/**
 * A secret's monthly price in the region (`…-AWSSecretsManager-Secrets`, unit Secrets), with
 * options.cost and an unused secret only: one Price List listing, kept a day in the tenant's cache.
 */
async function readPricing(
  ctx: AwsUnitContext,
  secrets: readonly Secret[],
): Promise<SecretPricing> {
  const now = ctx.clock.now();
  if (!ctx.options.cost || !secrets.some((s) => isUnusedSecret(s, now))) {
    return { state: 'not_requested' };
  }
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  return guardedRead(ctx, 'pricing:GetProducts', async () => {
    const products = await book.products({
      serviceCode: 'AWSSecretsManager',
      filters: [
        { field: 'regionCode', value: ctx.region },
        { field: 'productFamily', value: 'Secret' },
        { field: 'usagetype', value: 'AWSSecretsManager-Secrets', type: 'CONTAINS' },
      ],
    });
    const price = products
      .filter((p) => /AWSSecretsManager-Secrets$/.test(p.attributes.usagetype ?? ''))
      .flatMap((p) => p.onDemand)
      .find((d) => d.unit === 'Secrets' && d.usd > 0);
    if (!price)
      throw Object.assign(new Error(`no Secrets Manager secret price for ${ctx.region}`), {
        name: 'PriceNotFound',
      });
    return { secretMonthUsd: price.usd };
  });
}

/**
 * One region's secrets from the paginated ListSecrets alone (the unit fails only if it fails):
 * each entry carries rotation, last rotation and access dates, the KMS key and the tags, so there
 * is no call per secret. Secrets scheduled for deletion are left out (the default). Secrets
 * Manager publishes no per-secret CloudWatch metric, so there is no GetMetricData either. With
 * options.cost and an unused secret, the region's price of a secret.
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
  return { region: ctx.region, secrets, pricing: await readPricing(ctx, secrets) };
}
