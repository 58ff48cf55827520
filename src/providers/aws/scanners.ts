import type { CloudScanner } from '../../core/index.js';
import type { AwsClients } from './client-factory.js';
import { ec2Scanner } from './services/ec2/scanner.js';

/** Every AWS scanner: adding a service is one folder and one line here. */
export const AWS_SCANNERS: readonly CloudScanner<AwsClients>[] = [ec2Scanner];
