import pLimit from 'p-limit';
import type { GcpUnitContext } from '../../define-scanner.js';
import { serviceAccountId } from '../../ids.js';
import { guardedRead } from '../../read.js';
import type { IamSnapshot, ProjectPolicy, ServiceAccount, ServiceAccountKey } from './model.js';

export const IAM_PERMISSIONS = [
  'iam.serviceAccounts.list',
  'iam.serviceAccountKeys.list',
  'resourcemanager.projects.getIamPolicy',
] as const;

interface RestServiceAccount {
  email?: string;
  displayName?: string;
  disabled?: boolean;
}

interface RestKey {
  name?: string;
  validAfterTime?: string;
  validBeforeTime?: string;
  keyAlgorithm?: string;
  keyType?: string;
  disabled?: boolean;
}

interface RestPolicy {
  bindings?: { role?: string; members?: string[]; condition?: { expression?: string } }[];
  auditConfigs?: {
    service?: string;
    auditLogConfigs?: { logType?: string; exemptedMembers?: string[] }[];
  }[];
}

/** serviceAccounts.list serves up to 100 accounts a page. */
const ACCOUNT_PAGE = 100;
const KEY_CONCURRENCY = 8;
/** A validBeforeTime this far out means "never expires" (user-managed keys default to 9999-12-31). */
const NEVER = '9999-12-31';

/**
 * The project's service accounts (one paginated listing), each one's user-managed keys (keys.list
 * is per account: IAM has no project-wide key listing), and the project's IAM policy with its
 * audit configuration (one getIamPolicy, policy version 3 for conditional bindings).
 */
export async function collectIamSnapshot(ctx: GcpUnitContext): Promise<IamSnapshot> {
  const project = ctx.clients.project;
  const accounts: RestServiceAccount[] = [];
  for await (const page of ctx.clients.pages<{
    accounts?: RestServiceAccount[];
    nextPageToken?: string;
  }>(
    {
      api: 'iam',
      operation: 'projects.serviceAccounts.list',
      path: `v1/projects/${project}/serviceAccounts`,
      query: { pageSize: ACCOUNT_PAGE },
    },
    ctx.signal,
  )) {
    accounts.push(...(page.accounts ?? []).filter((a) => a.email));
  }
  const limit = pLimit(KEY_CONCURRENCY);
  const serviceAccounts = await Promise.all(
    accounts.map((account) => limit(() => withKeys(ctx, account))),
  );
  const policy = await guardedRead(ctx, 'cloudresourcemanager.projects.getIamPolicy', async () =>
    mapPolicy(
      await ctx.clients.request<RestPolicy>(
        {
          api: 'cloudresourcemanager',
          operation: 'projects.getIamPolicy',
          method: 'POST',
          path: `v3/projects/${project}:getIamPolicy`,
          body: { options: { requestedPolicyVersion: 3 } },
        },
        ctx.signal,
      ),
    ),
  );
  return { project, serviceAccounts, policy };
}

async function withKeys(ctx: GcpUnitContext, raw: RestServiceAccount): Promise<ServiceAccount> {
  const project = ctx.clients.project;
  const email = raw.email as string;
  const id = serviceAccountId(project, email);
  const keys = await guardedRead(ctx, 'iam.projects.serviceAccounts.keys.list', async () => {
    const answer = await ctx.clients.request<{ keys?: RestKey[] }>(
      {
        api: 'iam',
        operation: 'projects.serviceAccounts.keys.list',
        path: `v1/projects/${project}/serviceAccounts/${encodeURIComponent(email)}/keys`,
        query: { keyTypes: 'USER_MANAGED' },
      },
      ctx.signal,
    );
    return (answer.keys ?? [])
      .filter((k) => k.name && (k.keyType ?? 'USER_MANAGED') === 'USER_MANAGED')
      .map((k): ServiceAccountKey => {
        const keyId = (k.name as string).slice((k.name as string).lastIndexOf('/') + 1);
        return {
          id: `${id}/keys/${keyId}`,
          keyId,
          createdAt: k.validAfterTime ?? '',
          ...(k.validBeforeTime && !k.validBeforeTime.startsWith(NEVER)
            ? { expiresAt: k.validBeforeTime }
            : {}),
          disabled: k.disabled ?? false,
          ...(k.keyAlgorithm ? { algorithm: k.keyAlgorithm } : {}),
        };
      });
  });
  return {
    id,
    email,
    ...(raw.displayName ? { displayName: raw.displayName } : {}),
    disabled: raw.disabled ?? false,
    userCreated: email.endsWith(`@${project}.iam.gserviceaccount.com`),
    keys,
  };
}

export function mapPolicy(raw: RestPolicy): ProjectPolicy {
  return {
    bindings: (raw.bindings ?? [])
      .filter((b) => b.role)
      .map((b) => ({
        role: b.role as string,
        members: b.members ?? [],
        ...(b.condition?.expression ? { condition: b.condition.expression } : {}),
      })),
    auditConfigs: (raw.auditConfigs ?? [])
      .filter((c) => c.service)
      .map((c) => ({
        service: c.service as string,
        logTypes: Object.fromEntries(
          (c.auditLogConfigs ?? [])
            .filter((l) => l.logType)
            .map((l) => [l.logType as string, l.exemptedMembers ?? []]),
        ),
      })),
  };
}
