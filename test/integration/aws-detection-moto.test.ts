import { EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { DisableMacieCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSPECTOR2_CHECKS } from '../../src/checks/aws/inspector2/index.js';
import { MACIE2_CHECKS } from '../../src/checks/aws/macie2/index.js';
import { collectInspector2Snapshot } from '../../src/providers/aws/services/inspector2/collector.js';
import { extractInspector2Events } from '../../src/providers/aws/services/inspector2/extract.js';
import { INSPECTOR2_METRIC as I } from '../../src/providers/aws/services/inspector2/metrics.js';
import { collectMacie2Snapshot } from '../../src/providers/aws/services/macie2/collector.js';
import { extractMacie2Events } from '../../src/providers/aws/services/macie2/extract.js';
import { MACIE2_METRIC as M } from '../../src/providers/aws/services/macie2/metrics.js';
import { valueOf } from '../../src/providers/aws/testing/unit-context.js';
import { motoSuiteSkip } from '../support/moto.js';
import {
  checkStatuses,
  MOTO_ACCOUNT as ACCOUNT,
  motoUnit,
  useMotoServer,
} from '../support/moto-suite.js';

/**
 * Inspector and Macie over the wire: real SDK clients against moto, each collector's snapshot, its
 * events and its checks, in a region where the service is enabled and in one where it is not.
 *
 * moto 5.2.1 implements little of either:
 * - inspector2: Enable and BatchGetAccountStatus, but not ListFindingAggregations nor
 *   ListCoverageStatistics — those reads are recorded as failed (and the findings check is ERROR),
 *   which is what is asserted; their answers are covered by the mock tests. Before Enable, moto's
 *   BatchGetAccountStatus lists no account at all (AWS lists it DISABLED): the read is `absent`.
 * - macie2: moto starts every region with Macie ENABLED and answers GetMacieSession with naive
 *   timestamps (`2026-12-04T18:27:01.123456`, no zone) that the JS SDK refuses ("Invalid RFC-3339
 *   date-time value"): an enabled session cannot be read over the wire, so it is a failed read and
 *   macie_is_enabled is ERROR — never PASS. After DisableMacie moto answers ResourceNotFoundException,
 *   where AWS answers AccessDeniedException "Macie is not enabled." — the collector takes both as
 *   "not enabled" (the AWS form is mock-tested). GetFindingStatistics, ListClassificationJobs and
 *   GetAutomatedDiscoveryConfiguration are not in moto: mock tests only.
 */

const skipReason = motoSuiteSkip('AWS detection services');

const ON = 'eu-west-1';
const OFF = 'eu-west-2';
const scope = (service: string, region: string) =>
  `arn:aws:${service}:${region}:${ACCOUNT}:region/${region}`;

describe.skipIf(skipReason !== null)('AWS detection services against moto (real SDK)', () => {
  useMotoServer(ON);

  describe('Inspector', () => {
    beforeAll(async () => {
      await new Inspector2Client({ region: ON }).send(
        new EnableCommand({ accountIds: [ACCOUNT], resourceTypes: ['EC2', 'ECR'] }),
      );
    });

    it('reads the scan types of an enabled region; the unimplemented aggregations are failed reads', async () => {
      const snapshot = await collectInspector2Snapshot(
        motoUnit(ON, new Inspector2Client({ region: ON })),
      );
      const events = [...extractInspector2Events(snapshot, { accountId: ACCOUNT, region: ON })];
      const region = `arn:aws:inspector2:${ON}:${ACCOUNT}:region/${ON}`;

      expect(snapshot.account).toEqual({
        state: 'available',
        value: {
          status: 'ENABLED',
          scanTypes: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'DISABLED', lambdaCode: 'DISABLED' },
        },
      });
      expect(valueOf(events, region, I.ec2ScanStatus)).toBe('ENABLED');
      expect(valueOf(events, region, I.lambdaScanStatus)).toBe('DISABLED');
      expect(snapshot.findings.state).toBe('failed');
      expect(snapshot.coverage.state).toBe('failed');
      expect(checkStatuses(INSPECTOR2_CHECKS, snapshot, { region: ON })).toEqual({
        inspector2_is_enabled: { [scope('inspector2', ON)]: 'FAIL' }, // Lambda is off
        inspector2_no_active_critical_findings: { [scope('inspector2', ON)]: 'ERROR' }, // moto has no ListFindingAggregations
      });
    });

    it('fails a region where Inspector was never activated, and reads nothing more there', async () => {
      const snapshot = await collectInspector2Snapshot(
        motoUnit(OFF, new Inspector2Client({ region: OFF })),
      );

      expect(snapshot.account).toMatchObject({ state: 'absent', errorCode: 'AccountNotListed' });
      expect(snapshot.findings.state).toBe('absent');
      expect(checkStatuses(INSPECTOR2_CHECKS, snapshot, { region: OFF })).toEqual({
        inspector2_is_enabled: { [scope('inspector2', OFF)]: 'FAIL' },
      });
    });
  });

  describe('Macie', () => {
    beforeAll(async () => {
      await new Macie2Client({ region: OFF }).send(new DisableMacieCommand({}));
    });

    it('records moto’s enabled session, which the SDK cannot parse, as a failed read: ERROR, never PASS', async () => {
      const snapshot = await collectMacie2Snapshot(motoUnit(ON, new Macie2Client({ region: ON })));
      const events = [...extractMacie2Events(snapshot, { accountId: ACCOUNT, region: ON })];
      const region = `arn:aws:macie2:${ON}:${ACCOUNT}:region/${ON}`;

      expect(snapshot.session).toMatchObject({ state: 'failed', action: 'macie2:GetMacieSession' });
      expect(snapshot.automatedDiscovery).toBe(snapshot.session);
      expect(valueOf(events, region, M.sessionError)).toMatch(/^macie2:GetMacieSession: /);
      expect(valueOf(events, region, M.enabled)).toBeUndefined();
      expect(checkStatuses(MACIE2_CHECKS, snapshot, { region: ON })).toEqual({
        macie_is_enabled: { [scope('macie2', ON)]: 'ERROR' },
        macie_automated_sensitive_data_discovery_enabled: { [scope('macie2', ON)]: 'ERROR' },
      });
    });

    it('fails a region where Macie is not enabled, and reads nothing more there', async () => {
      const snapshot = await collectMacie2Snapshot(
        motoUnit(OFF, new Macie2Client({ region: OFF })),
      );
      const events = [...extractMacie2Events(snapshot, { accountId: ACCOUNT, region: OFF })];

      expect(snapshot.session.state).toBe('absent');
      expect(events).toEqual([
        {
          resource_id: `arn:aws:macie2:${OFF}:${ACCOUNT}:region/${OFF}`,
          metric_type: M.enabled,
          metric_value: false,
        },
      ]);
      expect(checkStatuses(MACIE2_CHECKS, snapshot, { region: OFF })).toEqual({
        macie_is_enabled: { [scope('macie2', OFF)]: 'FAIL' },
      });
    });
  });
});
