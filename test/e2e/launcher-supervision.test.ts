import { execFileSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from '../../shared/env';
import { isListening, launcherPorts } from '../helpers/ports';
import { postGraphQL } from '../helpers/subgraph';
import { dropLaunchDatabases, exited, launch as launchStart, until } from '../helpers/launcher';
import { exampleGridCode } from '../../scripts/example-query';

/** Issue 22, finding 10: the launcher keeps the rest serving, refuses busy ports, and always stops on a signal. */
const dir = mkdtempSync(join(tmpdir(), 'grids-supervise-'));
const prefix = `t_sup_${process.pid}_`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropLaunchDatabases(prefix);
});

/** `npm start` on this file's data, every process on port 0 unless `ports` names one. */
const launch = (ports: Record<string, number> = {}) => launchStart(dir, prefix, ports);

describe('npm start, supervising its services', () => {
  test('a second start on a busy port says which one, before it prints or seeds anything', async () => {
    // Held by the test for the whole check: no other process can take it in between.
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as AddressInfo).port;
    try {
      const { child, out } = launch({ [SERVICES[2]]: port });
      expect(await exited(child)).toBe(1);
      expect(out.text).toContain(`port ${port} (${SERVICES[2]})`);
      expect(out.text).toContain('already in use');
      expect(out.text).not.toContain('[seed]');
      expect(out.text).not.toContain('first query answered');
    } finally {
      busy.close();
    }
  }, 60000);

  test('a subgraph that dies is restarted with backoff while the rest keep serving; the example grid is stored at seeding; SIGTERM stops it all', async () => {
    const { child, out } = launch();
    let ports: number[] = [];
    try {
      // The banner (URLs, tokens) is printed after the first answer, in several writes: wait for its last line.
      await until('the whole banner', () => out.text.includes('Ctrl-C stops every process.'), out);
      const place = JSON.parse(readFileSync(join(dir, 'demo-place.json'), 'utf8'));
      expect(place.grid).toBe(exampleGridCode('demo', 20210104));
      const admin = out.text.match(/CITY_ADMIN[^\n]*\n\s+(eyJ[\w.-]+)/)![1];
      const printed = launcherPorts(out.text);
      ports = [printed.gateway, ...SERVICES.map((s) => printed.services[s])];
      expect(ports.every((p) => p > 0)).toBe(true);
      const gw = `http://127.0.0.1:${printed.gateway}/graphql`;
      const asAdmin = (query: string) =>
        postGraphQL(gw, query, {}, { authorization: `Bearer ${admin}` });
      const party = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(child.pid)])
        .toString()
        .split('\n')
        .find((l) => l.includes(join('services', 'party', 'main.js')))!;
      process.kill(Number(party.trim().split(/\s+/)[0]), 'SIGKILL');
      await until('the launcher to notice', () => out.text.includes('party exited'), out);
      expect(out.text).toMatch(
        /party exited \(SIGKILL\); the others keep serving; restarting it in \d+ ms/,
      );
      const rest = await asAdmin('{ rootRegions { code } }');
      expect(rest.body.data.rootRegions[0].code).toBe('220600');
      await until('party to be back', () => isListening(ports[1 + SERVICES.indexOf('party')]), out);
      const back = await asAdmin('{ partyMembers(under: "220600", limit: 1) { totalCount } }');
      expect(back.body.errors).toBeUndefined();
      expect(back.body.data.partyMembers.totalCount).toBeGreaterThan(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      expect([await exited(child), out.text.slice(-3000)]).toEqual([0, expect.any(String)]);
    }
    expect(out.text).toContain('all processes stopped');
    for (const p of ports) expect(await isListening(p)).toBe(false);
    // Started again over the seeded data: nothing is regenerated, the stored place is used.
    expect(ports.length).toBe(1 + SERVICES.length);
    const again = launch();
    try {
      await until(
        'the second first answer',
        () => again.out.text.includes('first query answered'),
        again.out,
      );
      expect(again.out.text).not.toContain('generated the');
      expect(again.out.text).not.toContain('finding the example grid');
    } finally {
      again.child.kill('SIGINT');
      expect(await exited(again.child)).toBe(0);
    }
    expect(existsSync(join(dir, 'demo-place.json'))).toBe(true);
  }, 480_000);
});
