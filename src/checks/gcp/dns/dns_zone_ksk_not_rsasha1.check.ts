import { signingAlgorithmCheck } from './signing.js';

export default signingAlgorithmCheck({
  id: 'dns_zone_ksk_not_rsasha1',
  keyType: 'keySigning',
  control: '3.4',
  what: 'key-signing key',
});
