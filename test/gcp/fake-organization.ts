import { serveBigQuery } from '../../src/providers/gcp/services/bigquery/fixtures/rest.js';
import { serveBilling } from '../../src/providers/gcp/services/billing/fixtures/rest.js';
import { serveCatalog } from '../../src/providers/gcp/services/compute/fixtures/catalog.js';
import { serveCompute } from '../../src/providers/gcp/services/compute/fixtures/rest.js';
import { serveDns } from '../../src/providers/gcp/services/dns/fixtures/rest.js';
import { serveIam } from '../../src/providers/gcp/services/iam/fixtures/rest.js';
import { serveKms } from '../../src/providers/gcp/services/kms/fixtures/rest.js';
import { serveLogging } from '../../src/providers/gcp/services/logging/fixtures/rest.js';
import { serveServiceUsage } from '../../src/providers/gcp/services/serviceusage/fixtures/rest.js';
import { serveSql } from '../../src/providers/gcp/services/sql/fixtures/rest.js';
import { serveStorage } from '../../src/providers/gcp/services/storage/fixtures/rest.js';
import {
  paged,
  startFakeGoogle,
  type FakeGoogle,
} from '../../src/providers/gcp/testing/fake-google.js';

export const ORGANIZATION = '1234567890';
export const PROJECTS = ['acme-prod', 'acme-dev'] as const;

/**
 * Organization 1234567890 with two ACTIVE projects under folder 111 (and a deleted one): every
 * REST call of every GCP scanner answered for each project, as Google's APIs write them, the
 * billing account's Cloud Billing export (in its own project, acme-billing) and the Cloud Billing
 * Catalog's Compute Engine prices.
 */
export async function startFakeOrganization(): Promise<FakeGoogle> {
  const fake = await startFakeGoogle();
  fake.on('GET', '/v3/folders', (r) => ({
    body:
      r.query.get('parent') === `organizations/${ORGANIZATION}`
        ? {
            folders: [
              {
                name: 'folders/111',
                parent: `organizations/${ORGANIZATION}`,
                displayName: 'prod',
                state: 'ACTIVE',
              },
            ],
          }
        : {},
  }));
  const project = (projectId: string, number: string, state = 'ACTIVE') => ({
    name: `projects/${number}`,
    parent: 'folders/111',
    projectId,
    state,
    displayName: projectId,
    labels: { team: 'platform' },
    createTime: '2024-01-10T09:00:00.000Z',
    etag: 'W/"abc"',
  });
  fake.on(
    'GET',
    '/v3/projects:search',
    paged([
      { projects: [project('acme-prod', '123456789012')] },
      {
        projects: [
          project('acme-dev', '223456789012'),
          project('acme-old', '323456789012', 'DELETE_REQUESTED'),
        ],
      },
    ]),
  );
  for (const id of PROJECTS) {
    serveCompute(fake, id);
    serveStorage(fake, id);
    serveSql(fake, id);
    serveIam(fake, id);
    serveLogging(fake, id);
    serveServiceUsage(fake, id);
    serveKms(fake, id);
    serveDns(fake, id);
    serveBigQuery(fake, id);
  }
  // One billing export for the whole billing account, read once per scan for every project.
  serveBilling(fake);
  // One price catalogue for everyone, read once per scan.
  serveCatalog(fake);
  return fake;
}
