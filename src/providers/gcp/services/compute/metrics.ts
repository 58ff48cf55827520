import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.compute';
const S = 'gcp.security.compute';
const P = 'gcp.performance.compute';
const A = 'gcp.architecture.compute';
const C = 'gcp.cost.compute';

/** Compute Engine facts, each on the full resource name of its resource (or the project's). */
export const COMPUTE_METRIC = defineMetrics({
  instanceName: {
    name: `${M}.instance_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the VM instance.',
  },
  instanceMachineType: {
    name: `${M}.instance_machine_type`,
    valueType: 'string',
    description: 'Machine type (e2-medium, n2-standard-4…).',
  },
  instanceStatus: {
    name: `${M}.instance_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'RUNNING, STOPPED, TERMINATED, SUSPENDED…',
  },
  instanceZone: {
    name: `${M}.instance_zone`,
    valueType: 'string',
    description: 'Zone of the instance.',
  },
  instanceLabels: {
    name: `${M}.instance_labels`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Labels of the instance, key → value.',
  },
  instanceInternalIps: {
    name: `${M}.instance_internal_ips`,
    valueType: 'array',
    description: 'Internal IPv4 addresses of its interfaces.',
  },
  instanceExternalIps: {
    name: `${M}.instance_external_ips`,
    valueType: 'array',
    description: 'External addresses of its access configs.',
  },
  instanceServiceAccounts: {
    name: `${M}.instance_service_accounts`,
    valueType: 'array',
    description: 'Emails of the service accounts attached to the instance.',
  },
  instanceCreatedAt: {
    name: `${M}.instance_created_at`,
    valueType: 'string',
    description: 'Creation time (RFC 3339).',
  },

  diskSizeGb: {
    name: `${M}.disk_size_gb`,
    valueType: 'number',
    unit: 'GB',
    description: 'Provisioned size of the persistent disk.',
  },
  diskType: {
    name: `${M}.disk_type`,
    valueType: 'string',
    description: 'pd-standard, pd-balanced, pd-ssd, hyperdisk-…',
  },
  diskStatus: {
    name: `${M}.disk_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'READY, CREATING, FAILED…',
  },
  diskLocation: {
    name: `${M}.disk_location`,
    valueType: 'string',
    description: 'Zone of a zonal disk, region of a regional one.',
  },
  diskUsers: {
    name: `${M}.disk_users`,
    valueType: 'array',
    description: 'Instances using the disk (full resource names).',
  },
  diskEncryption: {
    name: `${M}.disk_encryption`,
    valueType: 'string',
    description: 'google-managed, customer-managed (Cloud KMS) or customer-supplied.',
  },
  diskLabels: {
    name: `${M}.disk_labels`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Labels of the disk.',
  },

  addressIp: {
    name: `${M}.address_ip`,
    valueType: 'string',
    description: 'The reserved IP address.',
  },
  addressType: {
    name: `${M}.address_type`,
    valueType: 'string',
    description: 'EXTERNAL or INTERNAL.',
  },
  addressStatus: {
    name: `${M}.address_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'RESERVED (unused), IN_USE, RESERVING.',
  },

  networkMode: {
    name: `${M}.network_mode`,
    valueType: 'string',
    description: 'auto (one subnet per region), custom, or legacy.',
  },
  subnetworkCidr: {
    name: `${M}.subnetwork_cidr`,
    valueType: 'string',
    description: 'Primary IPv4 range of the subnetwork.',
  },
  subnetworkNetwork: {
    name: `${M}.subnetwork_network`,
    valueType: 'string',
    description: 'The VPC network of the subnetwork.',
  },
  subnetworkPrivateGoogleAccess: {
    name: `${M}.subnetwork_private_google_access`,
    valueType: 'boolean',
    description: 'VMs without external IP can reach Google APIs.',
  },
  subnetworkFlowLogs: {
    name: `${S}.subnetwork_flow_logs_enabled`,
    valueType: 'boolean',
    description: 'VPC Flow Logs are on for the subnetwork.',
  },

  firewallDirection: {
    name: `${M}.firewall_direction`,
    valueType: 'string',
    description: 'INGRESS or EGRESS.',
  },
  firewallSourceRanges: {
    name: `${M}.firewall_source_ranges`,
    valueType: 'array',
    description: 'Source CIDR ranges of the rule.',
  },
  firewallAllowed: {
    name: `${M}.firewall_allowed`,
    valueType: 'array',
    description: 'What the rule allows, as protocol[:ports] (tcp:22, all).',
  },
  firewallDisabled: {
    name: `${M}.firewall_disabled`,
    valueType: 'boolean',
    description: 'The rule is disabled.',
  },

  instanceGroupTargetSize: {
    name: `${M}.instance_group_target_size`,
    valueType: 'number',
    unit: 'count',
    description: 'Instances the managed group keeps.',
  },
  instanceGroupZones: {
    name: `${M}.instance_group_zones`,
    valueType: 'array',
    description: 'Zones the managed group spreads over.',
  },

  projectOsLogin: {
    name: `${S}.project_os_login_enabled`,
    valueType: 'boolean',
    description: 'enable-oslogin is TRUE in the project metadata.',
  },
  projectSshKeyCount: {
    name: `${S}.project_ssh_key_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Project-wide SSH keys in the project metadata (every instance accepts them unless it blocks them).',
  },
  projectMetadataError: {
    name: `${M}.project_metadata_error`,
    valueType: 'string',
    description: 'Why the project metadata could not be read (method: code).',
  },
  unreachableScopes: {
    name: `${M}.unreachable_scopes`,
    valueType: 'array',
    description:
      'Zones or regions an aggregated listing could not reach: their resources are missing.',
  },

  cpuAverage: {
    name: `${P}.cpu_utilization.average`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_average',
    description: 'Mean of hourly CPU utilization over the window (Cloud Monitoring).',
  },
  cpuP95: {
    name: `${P}.cpu_utilization.p95`,
    valueType: 'number',
    unit: 'percent',
    role: 'cpu_utilization_p95',
    description: '95th percentile of hourly CPU utilization over the window.',
  },
  networkBytesPerDay: {
    name: `${P}.network_bytes_per_day`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Bytes received and sent per day on average over the window.',
  },
  diskOpsPerDay: {
    name: `${P}.disk_ops_per_day`,
    valueType: 'number',
    unit: 'count',
    description: 'Disk read and write operations per day on average.',
  },
  idle: {
    name: `${P}.instance_idle`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'Running, with average CPU and network below the idle thresholds.',
  },
  overprovisioned: {
    name: `${P}.instance_overprovisioned`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'Running, with p95 CPU below the over-provisioned threshold.',
  },
  performanceError: {
    name: `${P}.performance_data_error`,
    valueType: 'string',
    description: 'Why Cloud Monitoring could not be read for the project (method: code).',
  },

  estimatedMonthlyWasteUsd: {
    name: `${C}.estimated_monthly_waste_usd`,
    valueType: 'number',
    unit: 'USD/month',
    role: 'waste',
    description:
      'Estimated monthly cost of a wasted resource at the Cloud Billing Catalog’s on-demand list prices: an idle VM’s vCPUs and memory (730 h, before sustained-use discounts) or an unattached persistent disk’s provisioned GiB; emitted when the scan has options.cost.',
  },
  wasteEstimate: {
    name: `${C}.waste_estimate`,
    valueType: 'object',
    role: 'waste_detail',
    description:
      'How the waste of an idle VM or unattached disk was priced, or why it was not: {status: priced | unpriced | unknown, reason: idle_vm | unattached_disk, monthly_usd?, skus?: [{sku_id, description, quantity, unit, usd}], hours_per_month?, currency, price_source, detail?}. unpriced: the catalogue has no price this estimate can use (a custom or unlisted machine type, hyperdisk…); unknown: the catalogue could not be read. Never a zero.',
  },
  pricingUnavailable: {
    name: `${C}.pricing_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description:
      'The Cloud Billing Catalog (cloudbilling.services.skus.list) could not be read, so the project’s waste is not estimated in dollars: {error_code, detail}.',
  },

  unattachedDisk: {
    name: `${A}.unattached_disk`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'The disk is used by no instance (paid for, unused).',
  },
  stoppedInstanceDiskCount: {
    name: `${A}.stopped_instance_disk_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Disks a stopped (TERMINATED) instance keeps paying for.',
  },
  stoppedInstanceDiskSizeGb: {
    name: `${A}.stopped_instance_disk_size_gb`,
    valueType: 'number',
    unit: 'GB',
    description: 'Provisioned size of those disks.',
  },
  defaultNetworkInUse: {
    name: `${A}.default_network_in_use`,
    valueType: 'boolean',
    description: 'The auto-created default network carries instances.',
  },
  subnetworkWithoutPrivateGoogleAccess: {
    name: `${A}.subnetwork_without_private_google_access`,
    valueType: 'boolean',
    description: 'A subnetwork whose private VMs cannot reach Google APIs.',
  },
  singleZoneInstanceGroup: {
    name: `${A}.single_zone_instance_group`,
    valueType: 'boolean',
    description: 'The managed instance group runs in one zone only (a zone outage stops it).',
  },
  unusedAddress: {
    name: `${A}.unused_address`,
    valueType: 'boolean',
    role: 'idle_signal',
    description: 'A reserved external address used by nothing (billed).',
  },
});
