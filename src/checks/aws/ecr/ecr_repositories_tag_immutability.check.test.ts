import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, repository, ruled, sloppy, snapshot, sound } from './fixtures.js';
import immutability from './ecr_repositories_tag_immutability.check.js';

describe('ecr_repositories_tag_immutability', () => {
  it('ecr_repositories_tag_immutability: fails mutable tags', () => {
    expect(statuses(immutability, all)).toEqual({
      [sound.arn]: 'PASS',
      [ruled.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
  });

  it('ecr_repositories_tag_immutability: names the exceptions of either setting', () => {
    const mostlyImmutable = repository('a', {
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      tagMutabilityExclusions: ['latest'],
    });
    const mostlyMutable = repository('b', {
      imageTagMutability: 'MUTABLE_WITH_EXCLUSION',
      tagMutabilityExclusions: ['v*'],
    });
    expect(run(immutability, snapshot([mostlyImmutable, mostlyMutable]))).toEqual([
      {
        resource_id: mostlyImmutable.arn,
        status: 'PASS',
        reason: 'repository a has immutable tags except latest',
      },
      {
        resource_id: mostlyMutable.arn,
        status: 'FAIL',
        reason: 'repository b has mutable tags (immutable only for v*)',
      },
    ]);
  });
});
