// google-auth-library is loaded when credentials are built (a scan connecting), not at start.
import type { AuthClient, GoogleAuth, GoogleAuthOptions } from 'google-auth-library';
import { z } from 'zod';
import { redactSecrets, type RedactedAuthMode } from '../../core/index.js';

export const GCP_SCOPES = ['https://www.googleapis.com/auth/cloud-platform'];

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const SERVICE_ACCOUNT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9.-]+\.iam\.gserviceaccount\.com$/;

/** A BigQuery table's full name, `project.dataset.table` (also `domain.com:project.…`). */
export const BILLING_TABLE =
  /^(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z0-9_]{1,1024}\.[A-Za-z0-9_-]{1,1024}$/;

const projectId = z
  .string()
  .regex(PROJECT_ID, 'must be a project id: 6–30 lower-case letters, digits and hyphens');
const serviceAccount = z
  .string()
  .regex(SERVICE_ACCOUNT, 'must be a service account email (NAME@PROJECT.iam.gserviceaccount.com)');

/**
 * Which projects a scan covers, whatever the credentials: one (`project_id`, or the credentials'
 * own project), several, a folder's or an organization's (Resource Manager, folders at any depth),
 * narrowed by ids and labels.
 */
const scopeShape = {
  project_id: projectId
    .optional()
    .describe('The project to scan (default: the credentials’ project)'),
  project_ids: z.array(projectId).min(1).max(10_000).optional().describe('Only these projects'),
  folder_ids: z
    .array(z.string().regex(/^\d{1,20}$/, 'must be a numeric folder id'))
    .min(1)
    .max(1_000)
    .optional()
    .describe('Projects under these folders, at any depth'),
  organization_id: z
    .string()
    .regex(/^\d{1,20}$/, 'must be a numeric organization id')
    .optional()
    .describe('Every project of the organization'),
  labels: z
    .record(z.string().regex(/^[a-z][\w-]{0,62}$/, 'must be a label key'), z.string().max(63))
    .optional()
    .describe('Only projects carrying every one of these labels (key → value)'),
  billing_export_table: z
    .string()
    .regex(
      BILLING_TABLE,
      'must be PROJECT.DATASET.TABLE (the Cloud Billing standard usage cost export)',
    )
    .optional()
    .describe(
      'The Cloud Billing BigQuery export table to read monthly costs from (with options.cost)',
    ),
  billing_max_bytes_billed: z
    .number()
    .int()
    .min(10 * 2 ** 20)
    .max(2 ** 40)
    .optional()
    .describe('Cap on the bytes the billing export query may bill (default 10 GiB)'),
};

/** A service-account key: its file's path, or its JSON inline (a secret). */
const keyShape = {
  key_file: z.string().min(1).optional().describe('Path of a service-account key JSON file'),
  credentials_json: z
    .string()
    .min(2)
    .max(20_000)
    .optional()
    .describe('The service-account key JSON itself (a secret)'),
};

const oneKey = <T extends { key_file?: string; credentials_json?: string }>(mode: T) =>
  (mode.key_file === undefined) !== (mode.credentials_json === undefined);

export const gcpAuthModeSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('adc'), ...scopeShape })
    .strict()
    .meta({ title: 'Application Default Credentials' }),
  z
    .object({ type: z.literal('service_account_key'), ...keyShape, ...scopeShape })
    .strict()
    .meta({ title: 'Service-account key' })
    .refine(oneKey, { message: 'give key_file or credentials_json, not both', path: ['key_file'] }),
  z
    .object({
      type: z.literal('impersonation'),
      target_service_account: serviceAccount,
      delegates: z.array(serviceAccount).max(10).optional(),
      lifetime_seconds: z.number().int().min(300).max(43_200).optional(),
      ...keyShape,
      ...scopeShape,
    })
    .strict()
    .meta({ title: 'Service-account impersonation' })
    .refine((m) => m.key_file === undefined || m.credentials_json === undefined, {
      message: 'give key_file or credentials_json (or neither, for ADC), not both',
      path: ['key_file'],
    }),
  z
    .object({
      type: z.literal('external_account'),
      credentials_file: z.string().min(1).optional().describe('Path of the external-account JSON'),
      credentials_json: z
        .string()
        .min(2)
        .max(20_000)
        .optional()
        .describe('The workload identity federation (external_account) JSON itself'),
      ...scopeShape,
    })
    .strict()
    .meta({ title: 'Workload identity federation (external account)' })
    .refine((m) => (m.credentials_file === undefined) !== (m.credentials_json === undefined), {
      message: 'give credentials_file or credentials_json, not both',
      path: ['credentials_file'],
    }),
  z
    .object({
      type: z.literal('access_token'),
      access_token: z.string().min(8).max(4_096).describe('An OAuth 2.0 access token (a secret)'),
      ...scopeShape,
    })
    .strict()
    .meta({ title: 'Access token (obtained elsewhere)' }),
]);

export type GcpAuthMode = z.infer<typeof gcpAuthModeSchema>;

/** Auth-mode fields that are never stored, logged or shown in clear. */
export const GCP_SECRET_FIELDS = ['credentials_json', 'access_token'] as const;

/** The auth mode with its secrets masked; lists comma-separated, labels `labels.<key>`. */
export function redactGcpAuth(auth: GcpAuthMode): RedactedAuthMode {
  return redactSecrets(auth, GCP_SECRET_FIELDS);
}

/** A JSON credential given inline, parsed; the message never echoes the secret. */
function parseCredentials(json: string, what: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw Object.assign(new Error(`${what} is not a JSON object`), { name: 'InvalidCredentials' });
}

/** The credentials' own project (key files and ADC name one), for a scan naming none. */
export interface GcpCredentials {
  client: AuthClient;
  defaultProject(): Promise<string | undefined>;
}

/** Builds google-auth-library's client for an auth mode; tokens are fetched on first use. */
export async function credentialsFor(auth: GcpAuthMode): Promise<GcpCredentials> {
  const { GoogleAuth, Impersonated, OAuth2Client } = await import('google-auth-library');
  switch (auth.type) {
    case 'access_token': {
      const client = new OAuth2Client();
      client.setCredentials({ access_token: auth.access_token });
      return { client, defaultProject: async () => undefined };
    }
    default: {
      const google = googleAuthOf(auth, GoogleAuth);
      const base = await google.getClient();
      const defaultProject = async () =>
        (await google.getProjectId().catch(() => null)) ?? undefined;
      if (auth.type !== 'impersonation') return { client: base, defaultProject };
      const client = new Impersonated({
        sourceClient: base,
        targetPrincipal: auth.target_service_account,
        targetScopes: GCP_SCOPES,
        delegates: auth.delegates ?? [],
        lifetime: auth.lifetime_seconds ?? 3600,
      });
      // The target's own project, from its email, when nothing else names one.
      const own = auth.target_service_account.split('@')[1]?.split('.')[0];
      return { client, defaultProject: async () => (await defaultProject()) ?? own };
    }
  }
}

function googleAuthOf(
  auth: Exclude<GcpAuthMode, { type: 'access_token' }>,
  GoogleAuth: new (options: GoogleAuthOptions) => GoogleAuth,
): GoogleAuth {
  switch (auth.type) {
    case 'adc':
      return new GoogleAuth({ scopes: GCP_SCOPES });
    case 'service_account_key':
    case 'impersonation':
      if (auth.credentials_json)
        return new GoogleAuth({
          scopes: GCP_SCOPES,
          credentials: parseCredentials(auth.credentials_json, 'credentials_json'),
        });
      return new GoogleAuth({
        scopes: GCP_SCOPES,
        ...(auth.key_file ? { keyFile: auth.key_file } : {}),
      });
    case 'external_account':
      if (auth.credentials_json) {
        const credentials = parseCredentials(auth.credentials_json, 'credentials_json');
        if (credentials.type !== 'external_account')
          throw Object.assign(
            new Error('credentials_json is not an external_account configuration'),
            {
              name: 'InvalidCredentials',
            },
          );
        return new GoogleAuth({ scopes: GCP_SCOPES, credentials });
      }
      return new GoogleAuth({ scopes: GCP_SCOPES, keyFile: auth.credentials_file });
  }
}
