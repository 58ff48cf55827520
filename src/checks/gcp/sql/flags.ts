import type { CheckDefinition } from '../../../core/index.js';
import {
  SQL,
  type SqlInstance,
  type SqlSnapshot,
} from '../../../providers/gcp/services/sql/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export interface FlagRule {
  id: string;
  engine: SqlInstance['engine'];
  flag: string;
  /** The value the benchmark asks for. */
  expected: string;
  /** What the engine runs with when the flag is not set. */
  engineDefault: string;
  control: string;
  title: string;
  severity: CheckDefinition['severity'];
  risk: string;
  url: string;
}

/**
 * A database-flag check: every instance of the engine must run with the flag at the expected value
 * (an unset flag counts as the engine's default). Instances of other engines are not evaluated.
 */
export function flagCheck(rule: FlagRule): CheckDefinition<SqlSnapshot> {
  return defineCheck({
    id: rule.id,
    scanner: SQL,
    reads: ['instances'],
    resource_type: 'GcpSqlInstance',
    title: rule.title,
    description: `The ${rule.engine} instance runs with the '${rule.flag}' database flag set to '${rule.expected}'.`,
    severity: rule.severity,
    risk: rule.risk,
    remediation: {
      text: `Set the '${rule.flag}' database flag to '${rule.expected}' (patching flags replaces the whole list: repeat the others).`,
      cli: `gcloud sql instances patch INSTANCE --database-flags=${rule.flag.replaceAll(' ', '_')}=${rule.expected},…`,
      url: rule.url,
    },
    compliance: { [CIS]: [rule.control] },
    *evaluate(snapshot) {
      for (const db of snapshot.instances) {
        if (db.engine !== rule.engine) continue;
        const set = db.flags[rule.flag];
        const value = (set ?? rule.engineDefault).toLowerCase();
        const shown = set === undefined ? `unset (default ${rule.engineDefault})` : `'${set}'`;
        yield value === rule.expected.toLowerCase()
          ? pass(db.id, `${db.name}: ${rule.flag} is ${shown}`)
          : fail(db.id, `${db.name}: ${rule.flag} is ${shown}, not '${rule.expected}'`);
      }
    },
  });
}
