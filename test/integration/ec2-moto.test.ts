import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AllocateAddressCommand,
  CreateVolumeCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import { TERMINAL_SCAN_STATUSES, type CbpEvent, type Scan } from '../../src/core/index.js';
import { motoSuiteSkip, startMoto, useEndpoint, type MotoServer } from '../support/moto.js';

const skipReason = motoSuiteSkip('EC2 integration');

const ACCOUNT = '123456789012'; // moto's default account

describe.skipIf(skipReason !== null)(
  'EC2 scan over the wire against moto (real SDK, real store)',
  () => {
    let moto: MotoServer;
    let restore: () => void;
    let runtime: Runtime;
    let dataDir: string;
    const seeded: {
      running: string[];
      stopped: string;
      previousGen: string;
      usEast: string;
      volume: string;
      allocation: string;
    } = {
      running: [],
      stopped: '',
      previousGen: '',
      usEast: '',
      volume: '',
      allocation: '',
    };

    beforeAll(async () => {
      moto = await startMoto();
      restore = useEndpoint(moto.endpoint, 'us-east-1');
      const eu = new EC2Client({ region: 'eu-west-1' });
      const us = new EC2Client({ region: 'us-east-1' });
      const image =
        (await eu.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images?.[0]?.ImageId ??
        '';
      const run = async (client: EC2Client, type: string, name: string) => {
        const answer = await client.send(
          new RunInstancesCommand({
            ImageId: image,
            InstanceType: type as 't3.micro',
            MinCount: 1,
            MaxCount: 1,
            TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
          }),
        );
        return answer.Instances?.[0]?.InstanceId ?? '';
      };
      seeded.running.push(await run(eu, 't3.micro', 'web-1'), await run(eu, 't3.micro', 'web-2'));
      seeded.previousGen = await run(eu, 'm3.medium', 'legacy');
      seeded.stopped = await run(eu, 't3.small', 'batch');
      await eu.send(new StopInstancesCommand({ InstanceIds: [seeded.stopped] }));
      seeded.usEast = await run(us, 't3.nano', 'bastion');
      seeded.volume =
        (
          await eu.send(
            new CreateVolumeCommand({
              AvailabilityZone: 'eu-west-1a',
              Size: 20,
              VolumeType: 'gp3',
            }),
          )
        ).VolumeId ?? '';
      seeded.allocation =
        (await eu.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId ?? '';
      eu.destroy();
      us.destroy();

      dataDir = mkdtempSync(join(tmpdir(), 'cdz-moto-'));
      runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
        queue: 'private',
        logDestination: 'silent',
      });
    }, 60_000);

    afterAll(async () => {
      await runtime?.close();
      restore?.();
      await moto?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    async function scanToEnd(
      body: Record<string, unknown>,
    ): Promise<{ scan: Scan; events: CbpEvent[] }> {
      const worker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
      try {
        let scan = await runtime.scans.submit(body);
        while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
          await new Promise((r) => setTimeout(r, 100));
          scan = (await runtime.store.getScan(scan.id)) ?? scan;
        }
        const events = (await runtime.store.queryEvents({ scan_id: scan.id, limit: 10_000 })).items;
        return { scan, events };
      } finally {
        await worker.close();
      }
    }

    const valueOf = (events: CbpEvent[], resourceSuffix: string, metric: string) =>
      events.find((e) => e.resource_id.endsWith(resourceSuffix) && e.metric_type === metric)
        ?.metric_value;

    it('reports what was seeded, in both regions, with ARNs of the account', async () => {
      const { scan, events } = await scanToEnd({
        provider: 'aws',
        services: ['ec2'],
        regions: ['eu-west-1', 'us-east-1'],
        client_id: 'ACME',
        auth_mode: { type: 'default' },
      });
      expect(scan.status).toBe('SUCCEEDED');
      expect(scan.account_id).toBe(ACCOUNT);
      expect(scan.progress).toMatchObject({ units_total: 2, units_done: 2, units_failed: 0 });

      for (const id of seeded.running) {
        expect(valueOf(events, `instance/${id}`, 'aws.metadata.ec2.instance_type')).toBe(
          't3.micro',
        );
        expect(valueOf(events, `instance/${id}`, 'aws.metadata.ec2.instance_state')).toBe(
          'running',
        );
      }
      expect(
        events.some(
          (e) => e.resource_id === `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${seeded.running[0]}`,
        ),
      ).toBe(true);
      expect(valueOf(events, `instance/${seeded.usEast}`, 'aws.metadata.ec2.instance_type')).toBe(
        't3.nano',
      );
      expect(
        valueOf(
          events,
          `instance/${seeded.previousGen}`,
          'aws.architecture.ec2.previous_generation_instance',
        ),
      ).toBe(true);
      expect(
        valueOf(
          events,
          `instance/${seeded.running[0]}`,
          'aws.architecture.ec2.previous_generation_instance',
        ),
      ).toBe(false);
      expect(valueOf(events, `instance/${seeded.stopped}`, 'aws.metadata.ec2.instance_state')).toBe(
        'stopped',
      );
      expect(
        valueOf(events, `instance/${seeded.running[0]}`, 'aws.metadata.ec2.instance_tags'),
      ).toEqual({ Name: 'web-1' });
      expect(
        valueOf(events, `volume/${seeded.volume}`, 'aws.metadata.ec2.volume_attached_instances'),
      ).toEqual([]);
      expect(valueOf(events, `volume/${seeded.volume}`, 'aws.metadata.ec2.volume_size_gib')).toBe(
        20,
      );
      expect(
        valueOf(
          events,
          `elastic-ip/${seeded.allocation}`,
          'aws.metadata.ec2.elastic_ip_associated',
        ),
      ).toBe(false);
      for (const event of events) expect(event.timestamp).toMatch(/\+0[12]:00$/);
    });

    it('scans the regions the account has enabled when none are named', async () => {
      // moto answers DescribeRegions with every region and marks the opt-in ones not-opted-in, as AWS does.
      const { scan } = await scanToEnd({
        provider: 'aws',
        services: ['ec2'],
        client_id: 'ACME',
        auth_mode: { type: 'default' },
      });
      const regions = (await runtime.store.listUnits(scan.id)).map((u) => u.region);
      expect(regions).toContain('eu-west-1');
      expect(regions).toContain('us-east-1');
      expect(regions).not.toContain('ap-east-1');
      expect(scan.status).toBe('SUCCEEDED');
      // moto seeds ~1,150 snapshots "owned" by its account in every region: a long scan.
    }, 90_000);
  },
);
