import { EFSClient, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { mapFileSystem } from './mapper.js';
import type { EfsRegionSnapshot } from './model.js';

/** DescribeFileSystems returns at most 100 file systems a page. */
const PAGE_SIZE = 100;

/** The region's file systems, tags included, in one paginated listing. */
export async function collectEfsSnapshot(ctx: AwsUnitContext): Promise<EfsRegionSnapshot> {
  const client = ctx.clients.get(EFSClient);
  const fileSystems = await collectPages(
    paginateDescribeFileSystems({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.FileSystems,
    (fs) => mapFileSystem(fs, ctx.region, ctx.accountId),
    ctx.signal,
  );
  return { region: ctx.region, fileSystems };
}
