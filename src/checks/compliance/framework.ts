/** A compliance framework: its controls, each automated (assessed by checks) or manual. */
export interface Control {
  /** As the framework numbers it (`2.4`, `EC2.8`). */
  id: string;
  title: string;
  section: string;
  /** false: the framework expects a person to assess it; it is reported MANUAL. */
  automated: boolean;
}

export interface Framework {
  /** Lower case, used in check mappings and options (`cis_aws_7.0`). */
  id: string;
  name: string;
  version: string;
  provider: string;
  url: string;
  controls: readonly Control[];
}
