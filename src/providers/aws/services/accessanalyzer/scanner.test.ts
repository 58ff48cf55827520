import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { ACCESSANALYZER_METRIC as A, ACCESSANALYZER_METRICS } from './metrics.js';
import { accessAnalyzerScanner } from './scanner.js';

const mock = mockClient(AccessAnalyzerClient);
const REGION_ID = 'arn:aws:access-analyzer:eu-west-1:123456789012:region/eu-west-1';
const scan = () =>
  drainEvents(
    accessAnalyzerScanner.scan(
      unitContext(
        fakeClients(
          'eu-west-1',
          new AccessAnalyzerClient({ region: 'eu-west-1', credentials: FAKE_CREDENTIALS }),
        ),
      ),
    ),
  );
const analyzerArn = (name: string) =>
  `arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/${name}`;
const created = new Date('2026-01-05T08:00:00Z');

beforeEach(() => {
  mock.reset();
  mock.on(ListAnalyzersCommand).callsFake((input: { nextToken?: string }) =>
    input.nextToken === 'page-2'
      ? {
          analyzers: [
            {
              arn: analyzerArn('org-external'),
              name: 'org-external',
              type: 'ORGANIZATION',
              status: 'ACTIVE',
              createdAt: created,
            },
          ],
        }
      : {
          analyzers: [
            {
              arn: analyzerArn('unused-access'),
              name: 'unused-access',
              type: 'ACCOUNT_UNUSED_ACCESS',
              status: 'ACTIVE',
              createdAt: created,
            },
          ],
          nextToken: 'page-2',
        },
  );
});

describe('accessAnalyzerScanner', () => {
  it('follows pages and finds the active external access analyzer', async () => {
    const events = await scan();
    const catalogue = new MetricCatalogue(ACCESSANALYZER_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(mock.commandCalls(ListAnalyzersCommand)).toHaveLength(2);
    expect(valueOf(events, REGION_ID, A.activeExternalAccessAnalyzer)).toBe(true);
    expect(valueOf(events, REGION_ID, A.analyzers)).toEqual([
      { name: 'unused-access', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' },
      { name: 'org-external', type: 'ORGANIZATION', status: 'ACTIVE' },
    ]);
  });

  it('reports a region without analyzers as a fact', async () => {
    mock.on(ListAnalyzersCommand).resolves({ analyzers: [] });

    const events = await scan();

    expect(valueOf(events, REGION_ID, A.activeExternalAccessAnalyzer)).toBe(false);
    expect(valueOf(events, REGION_ID, A.analyzers)).toEqual([]);
  });

  it('records a denied ListAnalyzers as the region’s fact and goes on', async () => {
    mock.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    const events = await scan();

    expect(valueOf(events, REGION_ID, A.analyzersError)).toBe(
      'access-analyzer:ListAnalyzers: AccessDeniedException',
    );
    expect(valueOf(events, REGION_ID, A.activeExternalAccessAnalyzer)).toBeUndefined();
  });

  it('goes on when the API answers an HTML page (not offered there)', async () => {
    mock.on(ListAnalyzersCommand).rejects(
      Object.assign(new SyntaxError(`Unexpected token '<', "<!doctype "... is not valid JSON`), {
        $metadata: { httpStatusCode: 500 },
      }),
    );

    expect(valueOf(await scan(), REGION_ID, A.analyzersError)).toBe(
      'access-analyzer:ListAnalyzers: ServiceUnavailable',
    );
  });

  it('declares the one action it calls', () => {
    expect(accessAnalyzerScanner.permissions).toEqual(['access-analyzer:ListAnalyzers']);
  });
});
