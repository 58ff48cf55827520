import { ACMClient, KeyAlgorithm, paginateListCertificates } from '@aws-sdk/client-acm';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { mapCertificate } from './mapper.js';
import type { AcmRegionSnapshot } from './model.js';

/** ListCertificates returns at most 1,000 certificates a page. */
const PAGE_SIZE = 1000;

/** Without Includes.keyTypes ListCertificates lists only RSA_2048 certificates. */
const EVERY_KEY_TYPE = Object.values(KeyAlgorithm);

/**
 * One region's certificates from the paginated ListCertificates alone (the unit fails only if it
 * fails), every key type and every status: its summaries carry the expiry, status, key algorithm,
 * use and renewal eligibility, so there is no DescribeCertificate per certificate. Tags
 * (ListTagsForCertificate, one certificate a call) are not read.
 */
export async function collectAcmSnapshot(ctx: AwsUnitContext): Promise<AcmRegionSnapshot> {
  const client = ctx.clients.get(ACMClient);
  const certificates = await collectPages(
    paginateListCertificates(
      { client, pageSize: PAGE_SIZE },
      { Includes: { keyTypes: EVERY_KEY_TYPE } },
      { abortSignal: ctx.signal },
    ),
    (page) => page.CertificateSummaryList,
    mapCertificate,
    ctx.signal,
  );
  return { region: ctx.region, certificates };
}
