import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
  type GetResourcesCommandInput,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { regionTags, tagsOf } from './tagging.js';
import { awsError } from './testing/mock-calls.js';
import { FAKE_CREDENTIALS, fakeClients, unitContext } from './testing/unit-context.js';

const REGION = 'eu-west-1';
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
const ctx = () =>
  unitContext(
    fakeClients(
      REGION,
      new ResourceGroupsTaggingAPIClient({ region: REGION, credentials: FAKE_CREDENTIALS }),
    ),
  );
const A = `arn:aws:sqs:${REGION}:123456789012:a`;
const B = `arn:aws:sqs:${REGION}:123456789012:b`;

beforeEach(() => tagging.reset());

describe('regionTags', () => {
  it('follows PaginationToken and ends on the empty token of the last page', async () => {
    const inputs: GetResourcesCommandInput[] = [];
    tagging.on(GetResourcesCommand).callsFake((input: GetResourcesCommandInput) => {
      inputs.push({ ...input });
      return input.PaginationToken === 'next'
        ? { ResourceTagMappingList: [{ ResourceARN: B, Tags: [] }], PaginationToken: '' }
        : {
            ResourceTagMappingList: [{ ResourceARN: A, Tags: [{ Key: 'team', Value: 'x' }] }],
            PaginationToken: 'next',
          };
    });

    const read = await regionTags(ctx(), 'sqs');

    expect(inputs).toEqual([
      { ResourceTypeFilters: ['sqs'], ResourcesPerPage: 100 },
      { ResourceTypeFilters: ['sqs'], ResourcesPerPage: 100, PaginationToken: 'next' },
    ]);
    expect(tagsOf(read, A)).toEqual({ state: 'available', value: { team: 'x' } });
    expect(tagsOf(read, B)).toEqual({ state: 'available', value: {} });
    // Absent from the answer: no tags.
    expect(tagsOf(read, `${A}-other`)).toEqual({ state: 'available', value: {} });
  });

  it('is a denied read naming tag:GetResources, for every resource', async () => {
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException', 'no', 400));

    const read = await regionTags(ctx(), 'sns');

    expect(tagsOf(read, A)).toMatchObject({
      state: 'denied',
      action: 'tag:GetResources',
      errorCode: 'AccessDeniedException',
    });
  });
});
