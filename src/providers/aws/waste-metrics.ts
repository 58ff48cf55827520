/**
 * The three cost facts of a scanner that prices its waste from the Price List: the monthly waste
 * on each wasted resource, how it was estimated, and the region's fact when the prices could not
 * be read. `prefix` is the scanner's cost namespace (`aws.cost.<service>`).
 */
export function wasteMetrics(
  prefix: string,
  text: {
    /** What the monthly waste of one resource is (what is priced, and how). */
    waste: string;
    /** The estimate's fields, `{reason, …}`. */
    detail: string;
    /** What goes unpriced when the Price List cannot be read, in the singular (`idle cluster`). */
    unpriced: string;
  },
) {
  return {
    estimatedMonthlyWasteUsd: {
      name: `${prefix}.estimated_monthly_waste_usd`,
      valueType: 'number',
      unit: 'USD/month',
      role: 'waste',
      description: `${text.waste}; emitted with options.cost.`,
    },
    wasteEstimate: {
      name: `${prefix}.waste_estimate`,
      valueType: 'object',
      role: 'waste_detail',
      description: `How the waste was estimated: ${text.detail}.`,
    },
    pricingUnavailable: {
      name: `${prefix}.pricing_unavailable`,
      valueType: 'object',
      role: 'unavailable',
      description: `The Price List API could not be read, so no ${text.unpriced} is priced (on the region): {error_code, detail}.`,
    },
  } as const;
}
