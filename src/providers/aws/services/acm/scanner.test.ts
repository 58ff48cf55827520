import {
  ACMClient,
  ListCertificatesCommand,
  type ListCertificatesCommandInput,
} from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import { ACCOUNT, ARN, page1, page2, REGION } from './fixtures/sdk.js';
import { ACM_METRIC as C, ACM_METRICS } from './metrics.js';
import { acmScanner } from './scanner.js';

const acm = mockClient(ACMClient);
const REGION_ID = `arn:aws:acm:${REGION}:${ACCOUNT}:region/${REGION}`;

const scan = () => scanUnit(acmScanner, REGION, [ACMClient], ACCOUNT);

let listInputs: ListCertificatesCommandInput[] = [];

beforeEach(() => {
  acm.reset();
  listInputs = [];
  acm.on(ListCertificatesCommand).callsFake((input: ListCertificatesCommandInput) => {
    listInputs.push(structuredClone(input));
    return input.NextToken === 'acm-page-2' ? page2 : page1;
  });
});

const EVERY_KEY_TYPE = [
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
];

describe('acmScanner', () => {
  it('lists every certificate of every key type across pages, with no call per certificate', async () => {
    const events = await scan();

    expect(listInputs).toEqual([
      { MaxItems: 1000, Includes: { keyTypes: EVERY_KEY_TYPE } },
      { MaxItems: 1000, Includes: { keyTypes: EVERY_KEY_TYPE }, NextToken: 'acm-page-2' },
    ]);
    expect(acm.calls()).toHaveLength(2);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([REGION_ID, ...Object.values(ARN)]),
    );
    expect(valueOf(events, REGION_ID, C.certificateCount)).toBe(5);
  });

  it('reports expiry, key, status and use from the summaries', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.web, C.domainName)).toBe('*.shop.example.com');
    expect(valueOf(events, ARN.web, C.notAfter)).toBe('2027-04-30T23:59:59.000Z');
    expect(valueOf(events, ARN.web, C.daysToExpiry)).toBe(161);
    expect(valueOf(events, ARN.legacy, C.daysToExpiry)).toBe(15);
    expect(valueOf(events, ARN.legacy, C.keyAlgorithm)).toBe('RSA-1024');
    expect(valueOf(events, ARN.legacy, C.type)).toBe('IMPORTED');
    expect(valueOf(events, ARN.legacy, C.createdAt)).toBe('2025-12-06T10:00:00.000Z');
    expect(valueOf(events, ARN.api, C.keyAlgorithm)).toBe('EC-prime256v1');
    expect(valueOf(events, ARN.api, C.unusedCertificate)).toBe(true);
    expect(valueOf(events, ARN.web, C.unusedCertificate)).toBe(false);
    expect(valueOf(events, ARN.pending, C.status)).toBe('PENDING_VALIDATION');
    expect(valueOf(events, ARN.pending, C.daysToExpiry)).toBeUndefined();
    // Only issued certificates are judged used or not.
    expect(valueOf(events, ARN.failed, C.unusedCertificate)).toBeUndefined();
  });

  it('fails the unit when ListCertificates is denied, the region is not opted in, or ACM is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => acm.on(ListCertificatesCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 400),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
  });

  it('reports a count of 0 and nothing else in a region without certificates', async () => {
    acm.on(ListCertificatesCommand).resolves({ $metadata: {}, CertificateSummaryList: [] });

    expect(await scan()).toEqual([
      { resource_id: REGION_ID, metric_type: C.certificateCount, metric_value: 0 },
    ]);
  });

  it('emits only metric types it declares, with their declared value types, and all but one', async () => {
    const events: EventDraft[] = await scan();

    // No fixture certificate is managed by CloudFront.
    expectOnlyDeclaredMetrics(acmScanner, ACM_METRICS, events, [C.managedBy]);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(acmScanner, 'regional', [['acm', acm]]);
  });
});
