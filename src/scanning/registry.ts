import {
  MetricCatalogue,
  type CloudProvider,
  type CloudScanner,
  type MetricDefinition,
} from '../core/index.js';
import { PROVIDERS } from '../providers/index.js';

/** Providers and their scanners, found by id; the one place that knows them all. */
export class ScannerRegistry {
  readonly catalogue: MetricCatalogue;
  readonly #providers = new Map<string, CloudProvider>();
  readonly #scanners = new Map<string, CloudScanner>();

  constructor(
    providers: readonly CloudProvider[] = PROVIDERS,
    /** Metric types emitted from the scanners' snapshots by others (security check results). */
    derivedMetrics: Iterable<MetricDefinition> = [],
  ) {
    this.catalogue = new MetricCatalogue();
    for (const provider of providers) {
      if (this.#providers.has(provider.id))
        throw new Error(`provider ${provider.id} is registered twice`);
      this.#providers.set(provider.id, provider);
      for (const scanner of provider.scanners) {
        const key = `${provider.id}/${scanner.service}`;
        if (scanner.provider !== provider.id)
          throw new Error(`scanner ${key} declares provider ${scanner.provider}`);
        if (this.#scanners.has(key)) throw new Error(`scanner ${key} is registered twice`);
        this.#scanners.set(key, scanner);
        for (const definition of scanner.metrics) {
          const [metricProvider] = definition.name.split('.');
          if (metricProvider !== provider.id) {
            throw new Error(`scanner ${key} declares ${definition.name}, outside its provider`);
          }
          if (!this.catalogue.has(definition.name)) this.catalogue.add(definition);
        }
      }
    }
    for (const definition of derivedMetrics) {
      const [provider, , service] = definition.name.split('.');
      if (!this.#scanners.has(`${provider}/${service}`)) {
        throw new Error(
          `${definition.name} is derived from ${provider}/${service}, which has no scanner`,
        );
      }
      this.catalogue.add(definition);
    }
  }

  providers(): CloudProvider[] {
    return [...this.#providers.values()];
  }

  provider(id: string): CloudProvider | undefined {
    return this.#providers.get(id);
  }

  scanner(providerId: string, service: string): CloudScanner | undefined {
    return this.#scanners.get(`${providerId}/${service}`);
  }

  services(providerId: string): string[] {
    return (this.#providers.get(providerId)?.scanners ?? []).map((s) => s.service);
  }
}
