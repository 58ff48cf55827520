import {
  DescribeFileSystemsCommand,
  EFSClient,
  type DescribeFileSystemsCommandInput,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import { ACCOUNT, ARN, ID, KEY, page1, page2, REGION } from './fixtures/sdk.js';
import { mapFileSystem } from './mapper.js';
import { EFS_METRIC as E } from './metrics.js';
import { efsScanner } from './scanner.js';

const mock = mockClient(EFSClient);
const scan = () => scanUnit(efsScanner, REGION, [EFSClient], ACCOUNT);

/** Inputs as sent: the paginator reuses one input object, so the mock's record is copied here. */
let inputs: DescribeFileSystemsCommandInput[] = [];

beforeEach(() => {
  mock.reset();
  inputs = [];
  mock.on(DescribeFileSystemsCommand).callsFake((input: DescribeFileSystemsCommandInput) => {
    inputs.push({ ...input });
    return input.Marker === 'efs-page-2' ? page2 : page1;
  });
});

describe('efsScanner', () => {
  it('lists every file system across pages, 100 a page', async () => {
    const events = await scan();

    expect(inputs).toEqual([{ MaxItems: 100 }, { MaxItems: 100, Marker: 'efs-page-2' }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.shared, ARN.scratch, ARN.fresh]),
    );
  });

  it('reports each file system’s settings, encryption and tags on its ARN', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.shared, E.fileSystemId)).toBe(ID.shared);
    expect(valueOf(events, ARN.shared, E.name)).toBe('shared-home');
    expect(valueOf(events, ARN.shared, E.encrypted)).toBe(true);
    expect(valueOf(events, ARN.shared, E.kmsKeyId)).toBe(KEY);
    expect(valueOf(events, ARN.shared, E.throughputMode)).toBe('elastic');
    expect(valueOf(events, ARN.shared, E.sizeBytes)).toBe(6144);
    expect(valueOf(events, ARN.shared, E.mountTargetCount)).toBe(2);
    expect(valueOf(events, ARN.shared, E.tags)).toEqual({ Name: 'shared-home', env: 'prod' });

    expect(valueOf(events, ARN.scratch, E.encrypted)).toBe(false);
    expect(valueOf(events, ARN.scratch, E.kmsKeyId)).toBeUndefined();
    expect(valueOf(events, ARN.scratch, E.name)).toBeUndefined();
    expect(valueOf(events, ARN.scratch, E.tags)).toEqual({});

    expect(valueOf(events, ARN.fresh, E.performanceMode)).toBe('maxIO');
    expect(valueOf(events, ARN.fresh, E.throughputMode)).toBe('provisioned');
    expect(valueOf(events, ARN.fresh, E.lifecycleState)).toBe('creating');
    expect(valueOf(events, ARN.fresh, E.mountTargetCount)).toBe(0);
  });

  it('emits only metric types it declares, with their declared value types', async () => {
    const events = await scan();
    expectOnlyDeclaredMetrics(efsScanner, efsScanner.metrics, events);
  });

  it('emits nothing for a region without file systems', async () => {
    mock.on(DescribeFileSystemsCommand).resolves({ $metadata: {}, FileSystems: [] });

    expect(await scan()).toEqual([]);
  });

  it('fails the unit when DescribeFileSystems is denied', async () => {
    mock.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(efsScanner, 'regional', [['elasticfilesystem', mock]]);
  });
});

describe('mapFileSystem', () => {
  it('builds the ARN from the id when the answer has none', () => {
    const fs = mapFileSystem(
      { ...page1.FileSystems![1]!, FileSystemArn: undefined },
      REGION,
      ACCOUNT,
    );
    expect(fs?.arn).toBe(ARN.scratch);
  });
});
