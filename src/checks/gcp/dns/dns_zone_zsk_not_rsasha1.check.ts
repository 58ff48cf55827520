import { signingAlgorithmCheck } from './signing.js';

export default signingAlgorithmCheck({
  id: 'dns_zone_zsk_not_rsasha1',
  keyType: 'zoneSigning',
  control: '3.5',
  what: 'zone-signing key',
});
