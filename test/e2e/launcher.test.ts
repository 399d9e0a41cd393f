import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import { SERVICES } from '../../shared/env';
import { isListening, launcherPorts } from '../helpers/ports';
import { postGraphQL } from '../helpers/subgraph';
import { databaseName, dropMysqlDatabase } from '../../shared/data-source';

const START = join(PROJECT_ROOT, 'dist', 'scripts', 'start.js');

describe('npm start (the launcher, as separate processes)', () => {
  test('seeds an empty database, serves the example query through the gateway, and Ctrl-C stops every process', async () => {
    expect(existsSync(START)).toBe(true); // `npm test` builds dist/ first
    const dir = mkdtempSync(join(tmpdir(), 'grids-start-'));
    const {
      JWT_SECRET: _j,
      GATEWAY_SECRET: _g,
      ...inherited
    } = process.env as Record<string, string>;
    const env: Record<string, string> = {
      ...inherited,
      SQLITE_DIR: dir,
      // Every process on port 0: each reports the port the OS gave it, and the launcher prints them.
      GATEWAY_PORT: '0',
      DB_PREFIX: `t_start_${process.pid}_`,
    };
    for (const s of SERVICES) env[`${s.toUpperCase()}_PORT`] = '0';
    let gateway = 0;
    let ports: number[] = [];
    const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no first answer within 90 s:\n${output}`)),
          90000,
        );
        const poll = setInterval(() => {
          // The banner's last line: the URL and the tokens are printed after 'first query answered', in other writes.
          if (output.includes('Ctrl-C stops every process.')) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
          if (child.exitCode !== null) {
            clearInterval(poll);
            clearTimeout(timer);
            reject(new Error(output));
          }
        }, 100);
      });
      expect(output).toMatch(/\[seed\] grid: done/);
      const printed = launcherPorts(output);
      gateway = printed.gateway;
      ports = SERVICES.map((s) => printed.services[s]);
      expect(ports.every((p) => p > 0)).toBe(true);
      expect(output).not.toContain('with errors!');
      expect(output).toContain(`http://127.0.0.1:${gateway}/graphql`);
      const admin = output.match(/CITY_ADMIN[^\n]*\n\s+(eyJ[\w.-]+)/)?.[1];
      expect(admin).toBeDefined();
      const url = `http://127.0.0.1:${gateway}/graphql`;
      const { body } = await postGraphQL(
        url,
        '{ rootRegions { code name } }',
        {},
        { authorization: `Bearer ${admin}` },
      );
      expect(body.data.rootRegions[0]).toEqual({ code: '220600', name: '白山市' });
      // Seeding ran the integrity audit once and stored its report: the graph has one from the first start.
      expect(output).toMatch(/\[seed\] integrity audit: 0 violations/);
      const report = await postGraphQL(
        url,
        '{ integrityReport(under: "220600") { computedAt total } }',
        {},
        { authorization: `Bearer ${admin}` },
      );
      expect(report.body.errors).toBeUndefined();
      expect(report.body.data.integrityReport.total).toBe(0);
      expect(Date.parse(report.body.data.integrityReport.computedAt)).toBeGreaterThan(0);
      const anonymous = await postGraphQL(url, '{ rootRegions { code } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const p of [gateway, ...ports]) expect(await isListening(p)).toBe(true);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
        child.kill('SIGINT');
        expect(await exited).toBe(0);
      }
      rmSync(dir, { recursive: true, force: true });
      const url = process.env.MYSQL_URL;
      if (url)
        for (const s of SERVICES)
          await dropMysqlDatabase(
            url,
            databaseName({ kind: 'mysql', url, prefix: env.DB_PREFIX }, s),
          );
    }
    expect(output).toContain('all processes stopped');
    expect(gateway).toBeGreaterThan(0);
    for (const p of [gateway, ...ports]) expect(await isListening(p)).toBe(false);
  }, 120000);
});
