import { NETWORK } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'network_nsg_flow_log_retention_90_days',
  scanner: NETWORK,
  reads: ['flowLogs'],
  resource_type: 'AzureFlowLog',
  title: 'NSG flow logs are kept 90 days or more',
  description:
    'Each NSG flow log is enabled with retention on and 90 days or more (0 days means forever).',
  severity: 'medium',
  risk: 'Without enough flow history, the network side of an incident discovered weeks later cannot be reconstructed.',
  remediation: {
    text: 'Enable the flow log with a retention of 90 days or more (or ship it to Log Analytics with that retention).',
    cli: 'az network watcher flow-log update --location LOCATION --name FLOWLOG --retention 90',
    url: 'https://learn.microsoft.com/azure/network-watcher/flow-logs-overview',
  },
  compliance: { [CIS]: ['8.5'] },
  *evaluate(snapshot) {
    for (const log of snapshot.flowLogs) {
      if (log.targetType !== 'networkSecurityGroups') continue;
      const kept = log.retentionEnabled && (log.retentionDays === 0 || log.retentionDays >= 90);
      yield log.enabled && kept
        ? pass(
            log.id,
            `${log.name} keeps flows ${log.retentionDays === 0 ? 'forever' : `${log.retentionDays} days`}`,
          )
        : fail(
            log.id,
            !log.enabled
              ? `${log.name} is disabled`
              : `${log.name} keeps flows ${log.retentionEnabled ? `${log.retentionDays} days` : 'no time (retention off)'}`,
          );
    }
  },
});
