import { EnvError, parseEnv, servicePort, serviceTimeoutMs, serviceUrl } from '../../shared/env';
import { SUBGRAPH_LIST } from '../../shared/subgraphs';

describe('per-subgraph environment variables', () => {
  test.each(SUBGRAPH_LIST.map((s) => [s.name, s.port] as const))(
    '%s gets PORT, URL and TIMEOUT_MS by construction',
    (name, port) => {
      const P = name.toUpperCase();
      const defaults = parseEnv({ SUBGRAPH_TIMEOUT_MS: '700' });
      expect([
        servicePort(defaults, name),
        serviceUrl(defaults, name),
        serviceTimeoutMs(defaults, name),
      ]).toEqual([port, `http://127.0.0.1:${port}/graphql`, 700]);
      const set = parseEnv({
        [`${P}_PORT`]: '5999',
        [`${P}_URL`]: 'http://elsewhere:1/graphql',
        [`${P}_TIMEOUT_MS`]: '1234',
      });
      expect([servicePort(set, name), serviceUrl(set, name), serviceTimeoutMs(set, name)]).toEqual([
        5999,
        'http://elsewhere:1/graphql',
        1234,
      ]);
    },
  );

  test('URBAN_TIMEOUT_MS overrides the shared timeout for urban only', () => {
    const env = parseEnv({ URBAN_TIMEOUT_MS: '250', SUBGRAPH_TIMEOUT_MS: '5000' });
    expect(serviceTimeoutMs(env, 'urban')).toBe(250);
    expect(serviceTimeoutMs(env, 'grid')).toBe(5000);
  });

  test('a wrong per-subgraph value stops the process with a readable line naming the variable', () => {
    expect(() => parseEnv({ URBAN_TIMEOUT_MS: 'soon' })).toThrow(EnvError);
    expect(() => parseEnv({ URBAN_TIMEOUT_MS: 'soon' })).toThrow(/URBAN_TIMEOUT_MS: /);
  });
});
