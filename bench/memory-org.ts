/**
 * Memory across an organization: a synthetic AWS Organization whose M member accounts each hold the
 * one-region account of memory-synthetic (EC2 instances, volumes, snapshots, Elastic IPs, the VPC
 * network), scanned for EC2 (with its CloudWatch statistics) and VPC in eu-west-1 through the
 * product's organization path: the `organization` auth mode, whose session lists the accounts
 * (Organizations ListAccounts, 20 a page) and assumes the member role in each (STS AssumeRole),
 * then the runner plans one unit per account, service and region, each on its member's clients;
 * the real runner, pipeline and SQLite store, four units at a time. Every client answers at
 * `send()` (memory-synthetic's fakes); the management account is left out, so M accounts are
 * scanned. Every member answers memory-synthetic's region as it is, snapshots owned by
 * 123456789012 included: the EC2 unit keeps only a member's own (OwnerId), so those 0.5 % of the
 * resources are listed but give no events.
 *
 * Each configuration runs in its own process on JavaScript transpiled by esbuild, as
 * memory-synthetic does, with the CLI's bounded heap growth (`--heap-growing-percent=10`) and with
 * V8's default (`BENCH_SET_FLAGS="--heap-growing-percent=0"`). Reports the kernel's peak RSS
 * (`max_rss_mib`), the sampled peak heap, wall time, events and units.
 * Usage: tsx bench/memory-org.ts [--accounts 1,20] [--resources 100000 | --resources-per-account N]
 *   [--growth bounded,default]
 * `--resources` is the organization's total, spread evenly over each count of accounts (so that
 * one account and M accounts hold as many resources); `--resources-per-account` fixes each
 * account's instead. `tsx bench/memory-org.ts <accounts> <resources-per-account>` runs one
 * configuration in this process. memory-synthetic's variables apply (BENCH_HEAP_SNAPSHOT_MIB,
 * BENCH_HEAP_SNAPSHOT_CALL, CLOUDDIAGNOZE_SQLITE_CACHE_MIB, BENCH_NODE_FLAGS).
 */
import {
  applyHeapFlags,
  fake,
  inOwnProcesses,
  isMain,
  measuredScan,
  paged,
  syntheticRegion,
  type OwnProcessRun,
} from './memory-synthetic.js';
import { report } from './support.js';

/** The management account: it lists the organization and assumes the member roles. */
const MANAGEMENT = '111111111111';
/** The largest page ListAccounts returns. */
const ACCOUNTS_PAGE = 20;
/** V8's own heap growth, against the CLI's bound (src/cli/heap.ts). */
const V8_DEFAULT = '--heap-growing-percent=0';

const memberId = (i: number) => String(200_000_000_000 + i);

/** Each count of accounts, and each heap growth, in its own process. */
function runs(argv: readonly string[]): OwnProcessRun[] {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const list = (value: string) => value.split(',').map((v) => v.trim());
  const accounts = list(option('--accounts') ?? '1,20').map(Number);
  const total = Number(option('--resources') ?? 100_000);
  const fixed = option('--resources-per-account');
  const growths = list(option('--growth') ?? 'bounded,default');
  for (const n of [...accounts, total, ...(fixed ? [Number(fixed)] : [])])
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive count: ${n}`);
  for (const growth of growths)
    if (growth !== 'bounded' && growth !== 'default')
      throw new Error(`--growth takes bounded and default, not ${growth}`);
  return growths.flatMap((growth) =>
    accounts.map((m) => {
      const perAccount = fixed ? Number(fixed) : Math.max(1, Math.round(total / m));
      return {
        label: `${m} accounts × ${perAccount} resources, heap growth ${growth}`,
        args: [String(m), String(perAccount)],
        // An empty BENCH_SET_FLAGS applies the CLI's bound, as memory-synthetic does without it.
        env: { BENCH_SET_FLAGS: growth === 'default' ? V8_DEFAULT : '' },
      };
    }),
  );
}

async function scanOrganization(accounts: number, perAccount: number): Promise<void> {
  await applyHeapFlags();
  // Imported here, so that the orchestrating process stays small.
  const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  const { OrganizationsClient } = await import('@aws-sdk/client-organizations');
  const { STSClient } = await import('@aws-sdk/client-sts');
  // Every member account answers alike; the product's resource ids (ARNs) carry the account.
  const region = syntheticRegion(perAccount);
  const tag = `org-${accounts}x${perAccount}`;
  const expiration = new Date(Date.now() + 3_600_000);
  fake(
    STSClient,
    {
      GetCallerIdentity: () => ({
        Account: MANAGEMENT,
        Arn: `arn:aws:iam::${MANAGEMENT}:user/scanner`,
        UserId: 'AIDAEXAMPLEUSERID',
      }),
      AssumeRole: (input) => {
        const id = String(input.RoleArn).split(':')[4];
        return {
          Credentials: {
            AccessKeyId: `ASIA${id}`,
            SecretAccessKey: 'member-secret',
            SessionToken: 'member-token',
            Expiration: expiration,
          },
          AssumedRoleUser: {
            Arn: `arn:aws:sts::${id}:assumed-role/OrganizationAccountAccessRole/${String(input.RoleSessionName)}`,
            AssumedRoleId: 'AROAEXAMPLE:clouddiagnoze',
          },
        };
      },
    },
    tag,
  );
  fake(
    OrganizationsClient,
    {
      // The management account first, then the members, all ACTIVE.
      ListAccounts: paged(
        accounts + 1,
        (i) => {
          const id = i === 0 ? MANAGEMENT : memberId(i);
          return {
            Id: id,
            Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-a1b2c3d4e5/${id}`,
            Name: `account-${id}`,
            Email: `aws+${id}@example.com`,
            State: 'ACTIVE',
            Status: 'ACTIVE',
          };
        },
        'Accounts',
        ACCOUNTS_PAGE,
      ),
    },
    tag,
  );
  fake(EC2Client, region.ec2, tag);
  fake(CloudWatchClient, region.cloudWatch, tag);
  const { scan, units, figures } = await measuredScan(
    { type: 'organization', management: { type: 'default' }, include_management: false },
    tag,
  );
  const byStatus: Record<string, number> = {};
  for (const unit of units) byStatus[unit.status] = (byStatus[unit.status] ?? 0) + 1;
  const failed = units.find((unit) => unit.error !== null);
  report({
    bench: 'memory-org',
    accounts,
    accounts_scanned: new Set(units.map((unit) => unit.account_id)).size,
    resources_per_account: region.total,
    resources: region.total * accounts,
    heap_growth: process.env.BENCH_SET_FLAGS ? process.env.BENCH_SET_FLAGS : 'bounded (CLI)',
    status: scan.status,
    ...(scan.error ? { error: scan.error } : {}),
    units: units.length,
    units_by_status: byStatus,
    ...(failed ? { first_unit_error: failed.error } : {}),
    events: scan.progress.events,
    ...figures,
  });
  if (scan.status !== 'SUCCEEDED') process.exitCode = 1;
}

if (isMain(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (first !== undefined && !first.startsWith('--') && second !== undefined)
    await scanOrganization(Number(first), Number(second));
  else await inOwnProcesses('memory-org', runs(process.argv.slice(2)));
}
