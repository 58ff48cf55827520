import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AttachVolumeCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  ModifySubnetAttributeCommand,
  ReplaceNetworkAclAssociationCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
  RunInstancesCommand,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand,
  PutPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import {
  TERMINAL_SCAN_STATUSES,
  type ApiCallObserver,
  type CbpEvent,
  type Scan,
  type ScanUnit,
} from '../../src/core/index.js';
import {
  CHECKS,
  frameworkById,
  loadScanResults,
  summarizeCompliance,
} from '../../src/checks/index.js';
import { AwsClientPool } from '../../src/providers/aws/client-factory.js';
import { AWS_SCANNERS } from '../../src/providers/aws/scanners.js';
import { motoSuiteSkip, startMoto, useEndpoint, type MotoServer } from '../support/moto.js';

/**
 * The scan through the product (API request → queue → runner → checks → store) against a moto
 * account seeded with every misconfiguration class the EC2, VPC, RDS checks cover (and those of
 * S3 and IAM that moto can represent), each beside a clean twin. Where moto bends from AWS, the
 * seeding says so; the product follows AWS.
 */

const skipReason = motoSuiteSkip('AWS findings');

const ACCOUNT = '123456789012'; // moto's default account
const REGION = 'eu-west-1';
const ec2Arn = (kind: string, id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${kind}/${id}`;

const world = (protocol: string, from: number, to: number, cidr = '0.0.0.0/0'): IpPermission => ({
  IpProtocol: protocol,
  FromPort: from,
  ToPort: to,
  IpRanges: [{ CidrIp: cidr }],
});

interface Expectation {
  check: string;
  resource: string;
  /** The misconfigured resource must be FAIL; its clean twin anything but FAIL (PASS, normally). */
  misconfigured: boolean;
}

describe.skipIf(skipReason !== null)(
  'AWS findings you can trust, over the wire against moto',
  () => {
    let moto: MotoServer;
    let restore: () => void;
    let runtime: Runtime;
    let dataDir: string;
    const expectations: Expectation[] = [];
    /** Where moto cannot represent the clean twin, only the misconfiguration is asserted. */
    const expectFail = (check: string, bad: string) =>
      expectations.push({ check, resource: bad, misconfigured: true });
    const expectPair = (check: string, bad: string, good: string) =>
      expectations.push(
        { check, resource: bad, misconfigured: true },
        { check, resource: good, misconfigured: false },
      );

    async function scanToEnd(
      services: string[],
    ): Promise<{ scan: Scan; events: CbpEvent[]; units: ScanUnit[] }> {
      const worker = runtime.queue.process(runtime.runner.handle, { concurrency: 4 });
      try {
        let scan = await runtime.scans.submit({
          provider: 'aws',
          services,
          regions: [REGION],
          client_id: 'ACME',
          auth_mode: { type: 'default' },
        });
        while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
          await new Promise((r) => setTimeout(r, 100));
          scan = (await runtime.store.getScan(scan.id)) ?? scan;
        }
        const events = (await runtime.store.queryEvents({ scan_id: scan.id, limit: 50_000 })).items;
        return { scan, events, units: await runtime.store.listUnits(scan.id) };
      } finally {
        await worker.close();
      }
    }

    async function seedNetworkAndCompute(
      ec2: EC2Client,
      iam: IAMClient,
      s3: S3Client,
    ): Promise<void> {
      const vpc = async (cidr: string) =>
        (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc!.VpcId!;
      const subnet = async (vpcId: string, cidr: string) =>
        (
          await ec2.send(
            new CreateSubnetCommand({
              VpcId: vpcId,
              CidrBlock: cidr,
              AvailabilityZone: `${REGION}a`,
            }),
          )
        ).Subnet!.SubnetId!;
      const sg = async (vpcId: string, name: string, ingress: IpPermission[]) => {
        const id = (
          await ec2.send(
            new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: name, Description: name }),
          )
        ).GroupId!;
        if (ingress.length > 0)
          await ec2.send(
            new AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: ingress }),
          );
        return id;
      };

      const plainVpc = await vpc('10.10.0.0/16'); // no flow log
      const loggedVpc = await vpc('10.20.0.0/16');
      // moto, like AWS, refuses a flow log to a bucket that does not exist.
      await s3.send(
        new CreateBucketCommand({
          Bucket: 'acme-flow-logs',
          CreateBucketConfiguration: { LocationConstraint: REGION },
        }),
      );
      await ec2.send(
        new CreateFlowLogsCommand({
          ResourceIds: [loggedVpc],
          ResourceType: 'VPC',
          TrafficType: 'ALL',
          LogDestinationType: 's3',
          LogDestination: 'arn:aws:s3:::acme-flow-logs',
        }),
      );
      expectPair('vpc_flow_logs_enabled', ec2Arn('vpc', plainVpc), ec2Arn('vpc', loggedVpc));

      const publicSubnet = await subnet(loggedVpc, '10.20.1.0/24');
      const privateSubnet = await subnet(loggedVpc, '10.20.2.0/24');
      await ec2.send(
        new ModifySubnetAttributeCommand({
          SubnetId: publicSubnet,
          MapPublicIpOnLaunch: { Value: true },
        }),
      );
      expectPair(
        'vpc_subnet_no_public_ip_by_default',
        ec2Arn('subnet', publicSubnet),
        ec2Arn('subnet', privateSubnet),
      );

      // Security groups: each world-open rule beside the same rule from a private range.
      const pairs: [string, IpPermission][] = [
        ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', world('tcp', 22, 22)],
        [
          'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
          world('tcp', 3389, 3389),
        ],
        ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_445', world('tcp', 445, 445)],
        [
          'ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports',
          world('tcp', 3306, 3306),
        ],
        ['ec2_securitygroup_allow_ingress_from_internet_to_all_ports', world('-1', -1, -1)],
      ];
      for (const [check, rule] of pairs) {
        const suffix = check.replace(/^ec2_securitygroup_allow_ingress_from_internet_to_/, '');
        const open = await sg(loggedVpc, `open-${suffix}`, [rule]);
        const narrow = await sg(loggedVpc, `narrow-${suffix}`, [
          { ...rule, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        ]);
        expectPair(check, ec2Arn('security-group', open), ec2Arn('security-group', narrow));
      }

      // The default group of a VPC: emptied in one VPC, left as created (self ingress, all egress) in the other.
      const defaultOf = async (vpcId: string) =>
        (
          await ec2.send(
            new DescribeSecurityGroupsCommand({
              Filters: [
                { Name: 'vpc-id', Values: [vpcId] },
                { Name: 'group-name', Values: ['default'] },
              ],
            }),
          )
        ).SecurityGroups![0]!;
      const emptied = await defaultOf(loggedVpc);
      if (emptied.IpPermissions?.length)
        await ec2.send(
          new RevokeSecurityGroupIngressCommand({
            GroupId: emptied.GroupId,
            IpPermissions: emptied.IpPermissions,
          }),
        );
      if (emptied.IpPermissionsEgress?.length)
        await ec2.send(
          new RevokeSecurityGroupEgressCommand({
            GroupId: emptied.GroupId,
            IpPermissions: emptied.IpPermissionsEgress,
          }),
        );
      const untouched = await defaultOf(plainVpc);
      expectPair(
        'ec2_securitygroup_default_restrict_traffic',
        ec2Arn('security-group', untouched.GroupId!),
        ec2Arn('security-group', emptied.GroupId!),
      );

      // Network ACLs: a world-open one, unused; a narrow one, associated with the private subnet.
      const acl = async (
        entries: { rule: number; cidr: string; protocol: string; ports?: [number, number] }[],
      ) => {
        const id = (await ec2.send(new CreateNetworkAclCommand({ VpcId: loggedVpc }))).NetworkAcl!
          .NetworkAclId!;
        for (const e of entries)
          await ec2.send(
            new CreateNetworkAclEntryCommand({
              NetworkAclId: id,
              RuleNumber: e.rule,
              Protocol: e.protocol,
              RuleAction: 'allow',
              Egress: false,
              CidrBlock: e.cidr,
              ...(e.ports ? { PortRange: { From: e.ports[0], To: e.ports[1] } } : {}),
            }),
          );
        return id;
      };
      const openAcl = await acl([{ rule: 100, cidr: '0.0.0.0/0', protocol: '-1' }]);
      const narrowAcl = await acl([
        { rule: 100, cidr: '10.0.0.0/8', protocol: '-1' },
        { rule: 110, cidr: '0.0.0.0/0', protocol: '6', ports: [443, 443] },
      ]);
      const association = (
        await ec2.send(
          new DescribeNetworkAclsCommand({
            Filters: [{ Name: 'association.subnet-id', Values: [privateSubnet] }],
          }),
        )
      ).NetworkAcls![0]!.Associations!.find((a) => a.SubnetId === privateSubnet)!;
      await ec2.send(
        new ReplaceNetworkAclAssociationCommand({
          AssociationId: association.NetworkAclAssociationId,
          NetworkAclId: narrowAcl,
        }),
      );
      for (const check of [
        'ec2_networkacl_allow_ingress_any_port',
        'ec2_networkacl_allow_ingress_tcp_port_22',
        'ec2_networkacl_allow_ingress_tcp_port_3389',
        'ec2_networkacl_unused',
      ])
        expectPair(check, ec2Arn('network-acl', openAcl), ec2Arn('network-acl', narrowAcl));

      // Instances: one with every misconfiguration, one clean.
      const image =
        (await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }))).Images?.[0]?.ImageId ??
        '';
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'app',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'ec2.amazonaws.com' },
                Action: 'sts:AssumeRole',
              },
            ],
          }),
        }),
      );
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app' }));
      await iam.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app', RoleName: 'app' }),
      );
      const usedSg = await sg(loggedVpc, 'used-by-clean', []);
      const unusedSg = await sg(loggedVpc, 'unused', []);
      expectPair(
        'ec2_securitygroup_not_used',
        ec2Arn('security-group', unusedSg),
        ec2Arn('security-group', usedSg),
      );
      const run = async (subnetId: string, clean: boolean) =>
        (
          await ec2.send(
            new RunInstancesCommand({
              ImageId: image,
              InstanceType: 't3.micro',
              MinCount: 1,
              MaxCount: 1,
              // moto gives every instance a public address unless its interface says otherwise
              // (AWS follows the subnet's MapPublicIpOnLaunch): the interface says it explicitly.
              NetworkInterfaces: [
                {
                  DeviceIndex: 0,
                  SubnetId: subnetId,
                  Groups: [usedSg],
                  AssociatePublicIpAddress: !clean,
                },
              ],
              MetadataOptions: { HttpTokens: clean ? 'required' : 'optional' },
              ...(clean ? { IamInstanceProfile: { Name: 'app' } } : {}),
            }),
          )
        ).Instances![0]!.InstanceId!;
      const exposed = await run(publicSubnet, false);
      const clean = await run(privateSubnet, true);
      for (const check of [
        'ec2_instance_imdsv2_enabled',
        'ec2_instance_profile_attached',
        'ec2_instance_public_ip',
      ])
        expectPair(check, ec2Arn('instance', exposed), ec2Arn('instance', clean));

      const volume = async (encrypted: boolean) =>
        (
          await ec2.send(
            new CreateVolumeCommand({
              AvailabilityZone: `${REGION}a`,
              Size: 10,
              VolumeType: 'gp3',
              Encrypted: encrypted,
            }),
          )
        ).VolumeId!;
      const plainVolume = await volume(false); // unencrypted and unattached
      const attachedVolume = await volume(true);
      await ec2.send(
        new AttachVolumeCommand({
          VolumeId: attachedVolume,
          InstanceId: clean,
          Device: '/dev/sdf',
        }),
      );
      for (const check of ['ec2_ebs_volume_encryption', 'ec2_ebs_volume_unattached'])
        expectPair(check, ec2Arn('volume', plainVolume), ec2Arn('volume', attachedVolume));

      const idle = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
      const used = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
      await ec2.send(new AssociateAddressCommand({ AllocationId: used, InstanceId: exposed }));
      expectPair(
        'ec2_elastic_ip_unassigned',
        ec2Arn('elastic-ip', idle),
        ec2Arn('elastic-ip', used),
      );
    }

    async function seedDatabases(rds: RDSClient): Promise<void> {
      const dbArn = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`;
      const base = {
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-real-password-1',
      };
      await rds.send(
        new CreateDBInstanceCommand({
          ...base,
          DBInstanceIdentifier: 'orders-exposed',
          StorageEncrypted: false,
          BackupRetentionPeriod: 0,
          DeletionProtection: false,
          MonitoringInterval: 0,
          EnableIAMDatabaseAuthentication: false,
          AutoMinorVersionUpgrade: false,
          MultiAZ: false,
          PubliclyAccessible: true,
        }),
      );
      await rds.send(
        new CreateDBInstanceCommand({
          ...base,
          DBInstanceIdentifier: 'orders-clean',
          StorageEncrypted: true,
          BackupRetentionPeriod: 7,
          DeletionProtection: true,
          MonitoringInterval: 60,
          MonitoringRoleArn: `arn:aws:iam::${ACCOUNT}:role/rds-monitoring`,
          EnableIAMDatabaseAuthentication: true,
          AutoMinorVersionUpgrade: true,
          MultiAZ: true,
          PubliclyAccessible: false,
        }),
      );
      for (const check of [
        'rds_instance_storage_encrypted',
        'rds_instance_backup_enabled',
        'rds_instance_deletion_protection',
        'rds_instance_iam_authentication_enabled',
        'rds_instance_minor_version_upgrade_enabled',
        'rds_instance_multi_az',
        'rds_instance_no_public_access',
      ])
        expectPair(check, dbArn('orders-exposed'), dbArn('orders-clean'));
      // moto keeps no MonitoringInterval (it answers none whatever was asked): only the instance
      // without enhanced monitoring can be asserted.
      expectFail('rds_instance_enhanced_monitoring_enabled', dbArn('orders-exposed'));

      const clusterArn = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`;
      const cluster = {
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-real-password-1',
      };
      await rds.send(
        new CreateDBClusterCommand({
          ...cluster,
          DBClusterIdentifier: 'analytics-exposed',
          StorageEncrypted: false,
          DeletionProtection: false,
          EnableIAMDatabaseAuthentication: false,
        }),
      );
      await rds.send(
        new CreateDBClusterCommand({
          ...cluster,
          DBClusterIdentifier: 'analytics-clean',
          StorageEncrypted: true,
          DeletionProtection: true,
          EnableIAMDatabaseAuthentication: true,
          AvailabilityZones: [`${REGION}a`, `${REGION}b`, `${REGION}c`],
        }),
      );
      for (const check of [
        'rds_cluster_storage_encrypted',
        'rds_cluster_deletion_protection',
        'rds_cluster_iam_authentication_enabled',
      ])
        expectPair(check, clusterArn('analytics-exposed'), clusterArn('analytics-clean'));
      // moto reports MultiAZ false for every Aurora cluster (AWS: true once its instances span
      // zones): only the single-zone cluster can be asserted.
      expectFail('rds_cluster_multi_az', clusterArn('analytics-exposed'));

      const snapshotArn = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:${id}`;
      await rds.send(
        new CreateDBSnapshotCommand({
          DBInstanceIdentifier: 'orders-exposed',
          DBSnapshotIdentifier: 'orders-exposed-export',
        }),
      );
      await rds.send(
        new CreateDBSnapshotCommand({
          DBInstanceIdentifier: 'orders-clean',
          DBSnapshotIdentifier: 'orders-clean-backup',
        }),
      );
      await rds.send(
        new ModifyDBSnapshotAttributeCommand({
          DBSnapshotIdentifier: 'orders-exposed-export',
          AttributeName: 'restore',
          ValuesToAdd: ['all'],
        }),
      );
      for (const check of ['rds_snapshots_encrypted', 'rds_snapshots_public_access'])
        expectPair(check, snapshotArn('orders-exposed-export'), snapshotArn('orders-clean-backup'));
    }

    async function seedStorageAndIdentity(s3: S3Client, iam: IAMClient): Promise<void> {
      const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
      const bucket = (name: string) =>
        s3.send(
          new CreateBucketCommand({
            Bucket: name,
            CreateBucketConfiguration: { LocationConstraint: REGION },
          }),
        );
      await bucket('acme-unversioned');
      await bucket('acme-versioned');
      await s3.send(
        new PutBucketVersioningCommand({
          Bucket: 'acme-versioned',
          VersioningConfiguration: { Status: 'Enabled' },
        }),
      );
      expectPair(
        's3_bucket_object_versioning',
        bucketArn('acme-unversioned'),
        bucketArn('acme-versioned'),
      );
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: 'acme-versioned',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'TlsOnly',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [bucketArn('acme-versioned'), `${bucketArn('acme-versioned')}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        }),
      );
      expectPair(
        's3_bucket_secure_transport_policy',
        bucketArn('acme-unversioned'),
        bucketArn('acme-versioned'),
      );
      // A policy that lets anyone read the objects, with no Block Public Access in the way.
      await bucket('acme-public-read');
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: 'acme-public-read',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'PublicRead',
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: `${bucketArn('acme-public-read')}/*`,
              },
            ],
          }),
        }),
      );
      expectPair(
        's3_bucket_public_access',
        bucketArn('acme-public-read'),
        bucketArn('acme-versioned'),
      );

      const policy = async (name: string, statement: Record<string, unknown>) =>
        (
          await iam.send(
            new CreatePolicyCommand({
              PolicyName: name,
              PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
            }),
          )
        ).Policy!.Arn!;
      const admin = await policy('acme-admin', { Effect: 'Allow', Action: '*', Resource: '*' });
      const readOnly = await policy('acme-read-buckets', {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: '*',
      });
      expectPair('iam_customer_attached_policy_no_administrative_privileges', admin, readOnly);

      const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
      await iam.send(new CreateUserCommand({ UserName: 'direct-admin' }));
      await iam.send(new CreateUserCommand({ UserName: 'group-member' }));
      await iam.send(new AttachUserPolicyCommand({ UserName: 'direct-admin', PolicyArn: admin }));
      await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: readOnly }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'group-member' }));
      expectPair(
        'iam_policy_attached_only_to_group_or_roles',
        userArn('direct-admin'),
        userArn('group-member'),
      );
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'direct-admin',
          PolicyName: 'everything',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          }),
        }),
      );
      // Full admin rights three ways: attached directly (above), through a group, and inline.
      await iam.send(new CreateUserCommand({ UserName: 'group-admin' }));
      await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'admins', PolicyArn: admin }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'group-admin' }));
      expectPair('iam_user_administrator_access', userArn('group-admin'), userArn('group-member'));
      expectPair('iam_user_administrator_access', userArn('direct-admin'), userArn('group-member'));
    }

    let seededScan: { scan: Scan; events: CbpEvent[]; units: ScanUnit[] };

    beforeAll(async () => {
      moto = await startMoto();
      restore = useEndpoint(moto.endpoint, REGION);
      const ec2 = new EC2Client({ region: REGION });
      const iam = new IAMClient({ region: 'us-east-1' });
      const rds = new RDSClient({ region: REGION });
      const s3 = new S3Client({ region: REGION, forcePathStyle: true });
      try {
        await seedNetworkAndCompute(ec2, iam, s3);
        await seedDatabases(rds);
        await seedStorageAndIdentity(s3, iam);
      } finally {
        for (const client of [ec2, iam, rds, s3]) client.destroy();
      }
      dataDir = mkdtempSync(join(tmpdir(), 'cdz-findings-'));
      runtime = await createRuntime(loadConfig({ env: { CLOUDDIAGNOZE_DATA_DIR: dataDir } }), {
        queue: 'private',
        logDestination: 'silent',
      });
      seededScan = await scanToEnd(['ec2', 'vpc', 'rds', 's3', 'iam']);
    }, 120_000);

    afterAll(async () => {
      await runtime?.close();
      restore?.();
      await moto?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    const resultOf = (events: CbpEvent[], check: string, resource: string) =>
      events.find((e) => e.resource_id === resource && e.metric_type.endsWith(`.${check}`))
        ?.metric_value as { status?: string; reason?: string } | undefined;

    it('flags every seeded misconfiguration FAIL and no clean twin', () => {
      const { scan, events, units } = seededScan;
      // Every unit ran; where moto lacks a read its checks say ERROR and the unit PARTIAL.
      expect(['SUCCEEDED', 'PARTIAL']).toContain(scan.status);
      for (const unit of units)
        expect(
          unit.status === 'SUCCEEDED' ||
            (unit.status === 'PARTIAL' && unit.error?.code === 'UnreadInputs'),
          `${unit.service} ${unit.region} ${unit.status} ${JSON.stringify(unit.error)}`,
        ).toBe(true);
      const wrong = expectations.flatMap(({ check, resource, misconfigured }) => {
        const result = resultOf(events, check, resource);
        const status = result?.status;
        const ok = misconfigured ? status === 'FAIL' : status !== undefined && status !== 'FAIL';
        return ok
          ? []
          : [
              `${check} ${resource}: ${status ?? 'no result'} (expected ${misconfigured ? 'FAIL' : 'not FAIL'}): ${result?.reason ?? ''}`,
            ];
      });
      expect(wrong).toEqual([]);
      // Every class the EC2, VPC and RDS packs cover is seeded.
      const covered = new Set(expectations.map((e) => e.check));
      // The required-tags rule runs only with tag keys configured: it has no misconfiguration of its own.
      const packs = CHECKS.all()
        .filter((c) => ['ec2', 'vpc', 'rds'].includes(c.service))
        .filter((c) => !c.id.endsWith('_required_tags'))
        .map((c) => c.id)
        .filter((id) => !covered.has(id));
      expect(packs).toEqual([]);
    });

    it('reports only the snapshots the account owns, although moto ignores OwnerIds self', () => {
      const snapshots = seededScan.events.filter(
        (e) =>
          e.resource_id.includes(':snapshot/snap-') && e.metric_type.startsWith('aws.metadata'),
      );
      // moto answers DescribeSnapshots OwnerIds=self with ~1,150 snapshots of other owners.
      expect(snapshots).toEqual([]);
    });

    it('reads the account Block Public Access through S3 Control with only AWS_ENDPOINT_URL set', async () => {
      const observer: ApiCallObserver = { onCall: () => {} };
      const pool = new AwsClientPool(
        () =>
          Promise.resolve({
            accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
            secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
          }),
        { maxAttempts: 1, observer },
      );
      try {
        const control = pool.get(S3ControlClient, 'us-east-1');
        const config = {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        };
        await control.send(
          new PutPublicAccessBlockCommand({
            AccountId: ACCOUNT,
            PublicAccessBlockConfiguration: config,
          }),
        );
        const answer = await control.send(new GetPublicAccessBlockCommand({ AccountId: ACCOUNT }));
        expect(answer.PublicAccessBlockConfiguration).toEqual(config);
      } finally {
        pool.close();
      }
    });

    it('passes no compliance control for a scan that could read nothing', async () => {
      const endpoint = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9'; // nothing answers: no usable credentials
      let outcome: Awaited<ReturnType<typeof scanToEnd>>;
      try {
        outcome = await scanToEnd(['iam', 'ec2', 'vpc', 's3', 'rds']);
      } finally {
        process.env.AWS_ENDPOINT_URL = endpoint;
      }
      const { scan, events, units } = outcome;
      expect(scan.status).toBe('FAILED');
      expect(events).toHaveLength(0);
      const results = await loadScanResults(runtime.store, scan, CHECKS);
      const summary = summarizeCompliance(frameworkById('cis_aws_7.0')!, CHECKS, results, {
        scan,
        units,
      });
      expect(summary.totals.passed).toBe(0);
      expect(summary.controls.find((c) => c.id === '6.7')).toMatchObject({
        status: 'NOT_EVALUATED',
      });
    }, 30_000);

    it('scans every service against moto to SUCCEEDED or PARTIAL, each failure on one readable line', async () => {
      const { scan, units } = await scanToEnd(AWS_SCANNERS.map((s) => s.service));
      expect(['SUCCEEDED', 'PARTIAL']).toContain(scan.status);
      // moto answers HTML 500 for the APIs it lacks (GetEbsDefaultKmsKeyId, Access Analyzer): facets
      // not read, not failed units: the units ran, PARTIAL, and name what their checks could not judge.
      const gaps = units.filter((u) => u.service === 'ebs' || u.service === 'accessanalyzer');
      expect(gaps.map((u) => u.service).sort()).toEqual(['accessanalyzer', 'ebs']);
      for (const unit of gaps)
        expect(
          unit.status === 'SUCCEEDED' ||
            (unit.status === 'PARTIAL' && unit.error?.code === 'UnreadInputs'),
          `${unit.service} ${unit.status} ${JSON.stringify(unit.error)}`,
        ).toBe(true);
      for (const unit of units.filter((u) => u.status === 'FAILED')) {
        const line = `${unit.service} ${unit.region}: ${unit.error?.code}: ${unit.error?.message}`;
        expect(line).not.toMatch(
          /\n|\s+at \S+ \(|Deserialization error|XML parse error|Unexpected token/,
        );
      }
    }, 30_000);
  },
);
