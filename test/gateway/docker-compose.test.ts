import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../shared/paths';
import { parseEnv } from '../../shared/env';
import { dockerComposeYaml } from '../../scripts/docker-compose';
import { SERVICES, SUBGRAPH_LIST, subgraphInfo } from '../../shared/subgraphs';

// No Docker engine runs here, so the file's structure is checked instead of running it.
const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
});
const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const raw = readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
const port = (name: string) => String(subgraphInfo(name).port);

describe('docker-compose.yml', () => {
  test('is the file generated from the light list of subgraphs (run `npm run compose` when this fails)', () => {
    expect(raw).toBe(dockerComposeYaml(SUBGRAPH_LIST));
  });

  test('runs MySQL 8, every subgraph of the light list and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'mysql', 'seed', ...SERVICES].sort(),
    );
    expect(compose.services.mysql.image).toMatch(/^mysql:8/);
  });

  test('builds every process from the one Dockerfile', () => {
    for (const name of [...SERVICES, 'gateway', 'seed'])
      expect(compose.services[name].build).toBe('.');
    expect(dockerfile).toMatch(/COPY services \.\/services/);
  });

  test.each(SERVICES)(
    'gives the %s subgraph its port, its MySQL URL, a healthcheck and its own command',
    (name) => {
      const svc = compose.services[name];
      expect(svc.environment[`${name.toUpperCase()}_PORT`]).toBe(port(name));
      expect(svc.environment.MYSQL_URL).toMatch(/^mysql:\/\/root:.*@mysql:3306$/);
      expect(svc.command).toEqual(['node', `dist/services/${name}/main.js`]);
      expect(svc.healthcheck.test).toEqual([
        'CMD',
        'node',
        'dist/scripts/healthcheck.js',
        port(name),
      ]);
      expect(svc.depends_on.mysql.condition).toBe('service_healthy');
    },
  );

  test.each(SERVICES)(
    'points the %s subgraph at each peer it may ask inside a write (shared/peer.ts), where the gateway reaches them',
    (name) => {
      const env = compose.services[name].environment;
      for (const s of SERVICES.filter((x) => x !== name))
        expect(env[`${s.toUpperCase()}_URL`]).toBe(`http://${s}:${port(s)}/graphql`);
    },
  );

  test('makes the gateway wait for every subgraph to be healthy and points it at each', () => {
    const gw = compose.services.gateway;
    for (const s of SERVICES) {
      expect(gw.depends_on[s].condition).toBe('service_healthy');
      expect(gw.environment[`${s.toUpperCase()}_URL`]).toBe(`http://${s}:${port(s)}/graphql`);
    }
    expect(gw.ports).toContain('4000:4000');
  });

  test('requires the gateway secret and the token key instead of shipping a default', () => {
    expect(compose.services.gateway.environment.GATEWAY_SECRET).toMatch(/^\$\{GATEWAY_SECRET:\?/);
    expect(compose.services.gateway.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    for (const s of SERVICES)
      expect(compose.services[s].environment.GATEWAY_SECRET).toMatch(/^\$\{GATEWAY_SECRET:\?/);
    expect(raw).not.toMatch(/SECRET: [a-z0-9]{16,}/i);
  });

  test('sets only environment variables that the services parse successfully', () => {
    for (const name of [...SERVICES, 'gateway', 'seed']) {
      const env = Object.fromEntries(
        Object.entries(compose.services[name].environment as Record<string, string>).map(
          ([k, v]) => [
            k,
            v
              .replace(/\$\{[^:}]+:-([^}]*)\}/g, '$1')
              .replace(/\$\{[^:}]+:\?[^}]*\}/g, 'x'.repeat(32)),
          ],
        ),
      );
      expect(() => parseEnv(env)).not.toThrow();
    }
  });
});
