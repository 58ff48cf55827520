import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import {
  all,
  bridgeService,
  hidden,
  hiddenService,
  prod,
  privateService,
  publicService,
  snapshot,
} from './fixtures.js';
import publicIp from './ecs_service_no_assign_public_ip.check.js';

describe('ecs_service_no_assign_public_ip', () => {
  it('ecs_service_no_assign_public_ip: fails assignPublicIp ENABLED, ERROR when a service or the listing is unread', () => {
    expect(statuses(publicIp, all)).toEqual({
      [privateService.arn]: 'PASS',
      [publicService.arn]: 'FAIL',
      [hiddenService.arn]: 'ERROR',
      [bridgeService.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(publicIp, snapshot([prod])).map((r) => r.reason)).toEqual([
      'service api of cluster prod assigns no public IP addresses',
      'service web of cluster prod gives its tasks public IP addresses',
      'service hidden of cluster prod could not be read: ecs:DescribeServices was denied (AccessDeniedException) — not authorized to perform this action',
    ]);
    expect(run(publicIp, snapshot([hidden]))[0]?.reason).toContain(
      'the services of cluster hidden could not be read: ecs:ListServices was denied',
    );
  });
});
