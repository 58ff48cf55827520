import { describe, expect, it } from 'vitest';
import { startBanner } from './server.js';

describe('startBanner: what serve prints once it listens', () => {
  it('shows the address, then the log file, and the new admin key last and alone on its line', () => {
    const banner = startBanner('http://127.0.0.1:8080', 'data/logs/clouddiagnoze.log', 'cdz_k3y');
    const lines = banner.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'CloudDiagnoze is running: http://127.0.0.1:8080  (API docs: http://127.0.0.1:8080/docs)',
    );
    expect(lines[1]).toBe('Logs: data/logs/clouddiagnoze.log');
    expect(lines.at(-1)).toBe('    cdz_k3y');
    expect(banner.split('cdz_k3y')).toHaveLength(2);
  });

  it('is one line on a later start, when no key was created and logs go to stderr', () => {
    expect(startBanner('http://127.0.0.1:8080', null, null)).toBe(
      'CloudDiagnoze is running: http://127.0.0.1:8080  (API docs: http://127.0.0.1:8080/docs)\n',
    );
  });
});
