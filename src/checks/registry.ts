import {
  metric,
  type CheckDefinition,
  type Framework,
  type MetricDefinition,
} from '../core/index.js';

const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** `<provider>.security.<service>.<check id>`: the metric type of a check's results. */
export function checkMetricType(
  check: Pick<CheckDefinition, 'provider' | 'service' | 'id'>,
): string {
  return `${check.provider}.security.${check.service}.${check.id}`;
}

/** The check id of a security event's metric type, or null when it is not one. */
export function checkIdOf(metricType: string): string | null {
  const parts = metricType.split('.');
  return parts.length === 4 && parts[1] === 'security' ? (parts[3] ?? null) : null;
}

/** Every check, found by id and by (provider, service). Adding a check is one file and one line. */
export class CheckRegistry {
  readonly #checks = new Map<string, CheckDefinition>();
  readonly #frameworks: readonly Framework[];

  constructor(checks: readonly CheckDefinition[], frameworks: readonly Framework[] = []) {
    this.#frameworks = frameworks;
    for (const check of checks) {
      if (!SNAKE.test(check.id)) throw new Error(`check id ${check.id} is not lower snake case`);
      if (this.#checks.has(check.id)) throw new Error(`check ${check.id} is registered twice`);
      this.#checks.set(check.id, check);
    }
  }

  all(): CheckDefinition[] {
    return [...this.#checks.values()].sort(
      (a, b) =>
        a.provider.localeCompare(b.provider) ||
        a.service.localeCompare(b.service) ||
        a.id.localeCompare(b.id),
    );
  }

  get(id: string): CheckDefinition | undefined {
    return this.#checks.get(id);
  }

  /** The frameworks the checks map to (their packs'). */
  frameworks(provider?: string): Framework[] {
    return this.#frameworks.filter((f) => provider === undefined || f.provider === provider);
  }

  framework(id: string): Framework | undefined {
    return this.#frameworks.find((f) => f.id === id);
  }

  forService(provider: string, service: string): CheckDefinition[] {
    return this.all().filter((c) => c.provider === provider && c.service === service);
  }

  /** One catalogue entry per check: its results are events of that metric type. */
  metricDefinitions(): MetricDefinition[] {
    return this.all().map((check) =>
      metric(
        checkMetricType(check),
        'object',
        `${check.title} — {status, severity, title, reason, remediation, compliance, resource_type}`,
      ),
    );
  }
}
