import type { CloudScanner } from '../../../../core/index.js';
import type { AwsClients } from '../../client-factory.js';
import { defineAwsScanner } from '../../define-scanner.js';
import type { IamCollectorOptions } from './collector.js';
import { IAM_PERMISSIONS } from './permissions.js';
import { extractIam } from './extract.js';
import { IAM_METRICS } from './metrics.js';

/**
 * IAM, once per account, in a handful of calls whatever the account's size:
 * GetAccountAuthorizationDetails (one page per 1 000 entities), the credential report
 * (GenerateCredentialReport polled until complete, then GetCredentialReport), GetAccountSummary,
 * GetAccountPasswordPolicy, ListVirtualMFADevices and ListServerCertificates.
 */
export function createIamScanner(options?: IamCollectorOptions): CloudScanner<AwsClients> {
  return defineAwsScanner({
    service: 'iam',
    title: 'AWS Identity and Access Management',
    scope: 'global',
    metrics: IAM_METRICS,
    permissions: IAM_PERMISSIONS,
    collect: async (ctx) => (await import('./collector.js')).createIamCollector(options)(ctx),
    extract: extractIam,
  });
}

export const iamScanner = createIamScanner();
