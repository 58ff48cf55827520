import type { ProviderCli } from '../../core/index.js';
import type { GcpAuthMode } from './auth.js';

/** Flags of `clouddiagnoze scan` for GCP, as commander parses them (camel case). */
interface GcpFlags {
  gcpProject?: string;
  gcpProjects?: string;
  gcpFolders?: string;
  gcpOrganization?: string;
  gcpLabels?: string;
  gcpKeyFile?: string;
  gcpImpersonate?: string;
  gcpExternalAccountFile?: string;
  gcpAccessTokenEnv?: string;
}

const list = (value: string | undefined): string[] | undefined => {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return items && items.length > 0 ? items : undefined;
};

function labels(value: string | undefined): Record<string, string> | undefined {
  const pairs = list(value);
  if (!pairs) return undefined;
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--gcp-labels takes key=value pairs, got ${pair}`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** The GCP options of `clouddiagnoze scan`; the auth mode they build is validated like the API's. */
export const gcpCli: ProviderCli<GcpAuthMode> = {
  options: [
    {
      flags: '--gcp-project <id>',
      description: 'GCP project to scan (default: the credentials’ project)',
    },
    { flags: '--gcp-projects <list>', description: 'comma-separated GCP project ids to scan' },
    {
      flags: '--gcp-folders <list>',
      description: 'scan the projects under these folder ids, at any depth',
    },
    { flags: '--gcp-organization <id>', description: 'scan every project of the organization' },
    {
      flags: '--gcp-labels <list>',
      description: 'only projects carrying every one of these key=value labels',
    },
    {
      flags: '--gcp-key-file <file>',
      description: 'service-account key JSON file (default: Application Default Credentials)',
    },
    {
      flags: '--gcp-impersonate <email>',
      description: 'service account to impersonate with the credentials above',
    },
    {
      flags: '--gcp-external-account-file <file>',
      description: 'workload identity federation (external_account) JSON file',
    },
    {
      flags: '--gcp-access-token-env <name>',
      description:
        'environment variable holding a static OAuth access token (private or emulated endpoints)',
    },
  ],
  authFromFlags(raw) {
    const flags = raw as GcpFlags;
    const sources = (
      [
        ['--gcp-key-file', flags.gcpKeyFile],
        ['--gcp-external-account-file', flags.gcpExternalAccountFile],
        ['--gcp-access-token-env', flags.gcpAccessTokenEnv],
      ] as const
    ).filter(([, v]) => v !== undefined);
    if (sources.length > 1)
      throw new Error(`use one of ${sources.map(([f]) => f).join(', ')}, not several`);
    if (flags.gcpImpersonate && (flags.gcpExternalAccountFile || flags.gcpAccessTokenEnv))
      throw new Error('--gcp-impersonate works with ADC or --gcp-key-file only');
    const scope: Record<string, unknown> = {};
    if (flags.gcpProject) scope.project_id = flags.gcpProject;
    const projects = list(flags.gcpProjects);
    if (projects) scope.project_ids = projects;
    const folders = list(flags.gcpFolders);
    if (folders) scope.folder_ids = folders;
    if (flags.gcpOrganization) scope.organization_id = flags.gcpOrganization;
    const wanted = labels(flags.gcpLabels);
    if (wanted) scope.labels = wanted;

    let auth: Record<string, unknown> = { type: 'adc' };
    if (flags.gcpAccessTokenEnv) {
      const token = process.env[flags.gcpAccessTokenEnv];
      if (!token) throw new Error(`--gcp-access-token-env: ${flags.gcpAccessTokenEnv} is not set`);
      auth = { type: 'access_token', access_token: token };
    } else if (flags.gcpExternalAccountFile) {
      auth = { type: 'external_account', credentials_file: flags.gcpExternalAccountFile };
    } else if (flags.gcpImpersonate) {
      auth = {
        type: 'impersonation',
        target_service_account: flags.gcpImpersonate,
        ...(flags.gcpKeyFile ? { key_file: flags.gcpKeyFile } : {}),
      };
    } else if (flags.gcpKeyFile) {
      auth = { type: 'service_account_key', key_file: flags.gcpKeyFile };
    }
    // Validated against the provider's schema with the rest of the request, as the API does.
    return { ...auth, ...scope } as GcpAuthMode;
  },
};
