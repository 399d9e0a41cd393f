import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from '../../shared/env';
import { isListening, launcherPorts } from '../helpers/ports';
import { postGraphQL } from '../helpers/subgraph';
import { dropLaunchDatabases, exited, launch, START, until } from '../helpers/launcher';

describe('npm start (the launcher, as separate processes)', () => {
  test('seeds an empty database, serves the example query through the gateway, and Ctrl-C stops every process', async () => {
    expect(existsSync(START)).toBe(true); // `npm test` builds dist/ first
    const dir = mkdtempSync(join(tmpdir(), 'grids-start-'));
    const prefix = `t_start_${process.pid}_`;
    // Every process on port 0: each reports the port the OS gave it, and the launcher prints them.
    const { child, out } = launch(dir, prefix);
    let gateway = 0;
    let ports: number[] = [];
    try {
      // The banner's last line: the URL and the tokens are printed after 'first query answered', in other writes.
      const bannerDone = () => {
        if (child.exitCode !== null) throw new Error(`the launcher exited with ${child.exitCode}`);
        return out.text.includes('Ctrl-C stops every process.');
      };
      await until('the first answer and the whole banner', bannerDone, out, 90_000);
      const output = out.text;
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
      const asAdmin = (query: string) =>
        postGraphQL(url, query, {}, { authorization: `Bearer ${admin}` });
      const { body } = await asAdmin('{ rootRegions { code name } }');
      expect(body.data.rootRegions[0]).toEqual({ code: '220600', name: '白山市' });
      // Seeding ran the integrity audit once and stored its report: the graph has one from the first start.
      expect(output).toMatch(/\[seed\] integrity audit: 0 violations/);
      const report = await asAdmin('{ integrityReport(under: "220600") { computedAt total } }');
      expect(report.body.errors).toBeUndefined();
      expect(report.body.data.integrityReport.total).toBe(0);
      expect(Date.parse(report.body.data.integrityReport.computedAt)).toBeGreaterThan(0);
      const anonymous = await postGraphQL(url, '{ rootRegions { code } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const p of [gateway, ...ports]) expect(await isListening(p)).toBe(true);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        expect(await exited(child)).toBe(0);
      }
      rmSync(dir, { recursive: true, force: true });
      await dropLaunchDatabases(prefix);
    }
    expect(out.text).toContain('all processes stopped');
    expect(gateway).toBeGreaterThan(0);
    for (const p of [gateway, ...ports]) expect(await isListening(p)).toBe(false);
  }, 120000);
});
