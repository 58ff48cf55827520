import { describe, expect, it } from 'vitest';
import { mapSelectors } from './mapper.js';

const meta = { $metadata: {} };

describe('what a trail records', () => {
  it('reads basic selectors: read/write type, management events, S3 buckets', () => {
    expect(
      mapSelectors({
        ...meta,
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
          },
        ],
      }),
    ).toEqual({
      management: { read: true, write: true },
      s3ObjectsAllBuckets: { read: true, write: true },
      s3ObjectsSomeBuckets: false,
    });
    expect(
      mapSelectors({
        ...meta,
        EventSelectors: [
          {
            ReadWriteType: 'ReadOnly',
            IncludeManagementEvents: false,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::one-bucket/'] }],
          },
        ],
      }),
    ).toEqual({
      management: { read: false, write: false },
      s3ObjectsAllBuckets: { read: false, write: false },
      s3ObjectsSomeBuckets: true,
    });
  });

  it('reads advanced selectors: readOnly narrows to one half, an ARN filter to some buckets', () => {
    expect(
      mapSelectors({
        ...meta,
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'readOnly', Equals: ['false'] },
            ],
          },
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'readOnly', Equals: ['true'] },
            ],
          },
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::payroll/'] },
            ],
          },
        ],
      }),
    ).toEqual({
      management: { read: false, write: true },
      s3ObjectsAllBuckets: { read: true, write: false },
      s3ObjectsSomeBuckets: true,
    });
  });

  it('records nothing without selectors', () => {
    expect(mapSelectors({ ...meta })).toEqual({
      management: { read: false, write: false },
      s3ObjectsAllBuckets: { read: false, write: false },
      s3ObjectsSomeBuckets: false,
    });
  });
});
