/**
 * Ports of administration and database services that should never be reachable from the whole
 * internet. One list, read by the extractors; a rule opening any of these to 0.0.0.0/0 or ::/0 is
 * reported in aws.security.vpc.admin_ports_open_to_world.
 */
export const ADMIN_PORTS: readonly { port: number; service: string }[] = [
  { port: 22, service: 'ssh' },
  { port: 23, service: 'telnet' },
  { port: 3389, service: 'rdp' },
  { port: 1433, service: 'sql-server' },
  { port: 1521, service: 'oracle' },
  { port: 3306, service: 'mysql' },
  { port: 5432, service: 'postgresql' },
  { port: 5439, service: 'redshift' },
  { port: 6379, service: 'redis' },
  { port: 11211, service: 'memcached' },
  { port: 27017, service: 'mongodb' },
  { port: 9200, service: 'elasticsearch' },
  { port: 5601, service: 'kibana' },
];

/** Sources that mean "anyone on the internet". */
export const WORLD_CIDRS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);
