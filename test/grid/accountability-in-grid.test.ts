import { generateCity } from '../../services/demo-city';
import { gridService } from '../../services/grid/service';
import { demoMediations } from '../../services/grid/mediation/mediation.demo';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** The grid's half of accountability: dispute classes with mediation, 吹哨报到 performance per department, and grid workers' quantified assessment. */
const city = generateCity('demo', 20210104);
// The city's own reference day: its dates run up to it.
const DEMO_NOW = city.now;
// Six subgraphs and a gateway on a shared 2-core machine can take a while to start, on MySQL most of all.
const stack = forThisFile(() => startStack(city, { modules: [gridService] }), 180000);

const H = 3600000;
const from = new Date(DEMO_NOW.getTime() - 365 * 24 * H);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? null
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('accountability in the grid subgraph', () => {
  test('三治融合: dispute cases carry their class and mediation record, and the list filters by class', async () => {
    const mediations = demoMediations(city);
    const m = mediations.find((x) => x.disputeClass === 'FAMILY')!;
    const r = await stack.query(
      `query($id: ID!) { case(id: $id) { category disputeClass mediation { mediator method agreementReached outcome } }
      mediations(under: "220600", disputeClass: FAMILY) { totalCount } }`,
      { id: String(m.caseId) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.case).toMatchObject({
      category: 'DISPUTE',
      disputeClass: 'FAMILY',
      mediation: { mediator: m.mediator, method: m.method, agreementReached: m.agreementReached },
    });
    expect(r.data.mediations.totalCount).toBe(
      mediations.filter((x) => x.disputeClass === 'FAMILY').length,
    );
  });

  test('a mediation is recorded once, only for a dispute case, by someone whose jurisdiction holds it', async () => {
    // The demo city, on its reference day, has mediated every dispute case it holds past acceptance, and
    // holds none before it: report a fresh one (from the hotline, so no worker's patrol count moves).
    const grid = city.geography.grids.find((g) => g.level === 'BASIC')!.code;
    const reported = await stack.query(
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id gridCode } }',
      {
        i: {
          gridCode: grid,
          title: '邻里噪音纠纷 a noise dispute between neighbours',
          category: 'DISPUTE',
          source: 'HOTLINE',
        },
      },
      await bearer('CITY_ADMIN', ''),
    );
    expect(reported.errors).toBeUndefined();
    const open = {
      id: Number(reported.data.reportCase.id),
      gridCode: reported.data.reportCase.gridCode as string,
    };
    expect(demoMediations(city).some((x) => x.caseId === open.id)).toBe(false);
    const other = city.grid.cases.find((c) => c.category !== 'DISPUTE')!;
    const m = (
      id: number,
    ) => `mutation { recordMediation(input: { caseId: "${id}", disputeClass: NEIGHBOURS, mediator: "家长里短调解队", method: FAMILY_TALK,
      outcome: "握手言和", agreementReached: true, mediatedOn: "2026-11-02" }) { disputeClass mediator } }`;
    const worker = await bearer('GRID_WORKER', open.gridCode);
    const elsewhere = city.geography.grids.find(
      (g) => g.level === 'BASIC' && !g.code.startsWith(open.gridCode.slice(0, 9)),
    )!.code;
    expect(
      (await stack.query(m(open.id), {}, await bearer('GRID_WORKER', elsewhere))).errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.query(m(other.id), {}, await bearer('CITY_ADMIN', ''))).errors[0].extensions
        .code,
    ).toBe('BAD_USER_INPUT');
    expect((await stack.query(m(open.id), {}, worker)).data.recordMediation).toEqual({
      disputeClass: 'NEIGHBOURS',
      mediator: '家长里短调解队',
    });
    expect((await stack.query(m(open.id), {}, worker)).errors[0].extensions.code).toBe('CONFLICT');
    const r = await stack.query(`query($id: ID!) { case(id: $id) { disputeClass } }`, {
      id: String(open.id),
    });
    expect(r.data.case.disputeClass).toBe('NEIGHBOURS');
  });

  test("吹哨报到: each department's dispatches, on-time check-ins, overdue, resolved, median hours and rank match the case events", async () => {
    const r = await stack.query(
      `query($f: DateTimeISO!, $t: DateTimeISO!) { departmentPerformance(under: "220600", from: $f, to: $t) {
      departmentCode dispatched checkedInOnTime overdue returned resolved medianHoursToCheckIn rank } }`,
      { f: from.toISOString(), t: DEMO_NOW.toISOString() },
      await bearer('CITY_ADMIN', ''),
    );
    expect(r.errors).toBeUndefined();
    const events = city.grid.caseEvents;
    for (const d of city.grid.departments) {
      const mine = new Set(city.grid.cases.filter((c) => c.departmentId === d.id).map((c) => c.id));
      const sent = events.filter(
        (e) => e.action === 'dispatch' && mine.has(e.caseId) && e.at >= from && e.at < DEMO_NOW,
      );
      const hours = sent
        .map((s) =>
          events.find((e) => e.caseId === s.caseId && e.action === 'checkIn' && e.at >= s.at),
        )
        .map((c, i) => (c ? (c.at.getTime() - sent[i].at.getTime()) / H : null));
      const row = r.data.departmentPerformance.find(
        (x: { departmentCode: string }) => x.departmentCode === d.code,
      );
      expect(row).toMatchObject({
        dispatched: sent.length,
        checkedInOnTime: hours.filter((h) => h != null && h <= 24).length,
        overdue: hours.filter((h, i) =>
          h != null ? h > 24 : (DEMO_NOW.getTime() - sent[i].at.getTime()) / H > 24,
        ).length,
        returned: 0,
        resolved: events.filter(
          (e) => e.action === 'resolve' && mine.has(e.caseId) && e.at >= from && e.at < DEMO_NOW,
        ).length,
      });
      const med = median(hours.filter((h): h is number => h != null));
      if (med == null) expect(row.medianHoursToCheckIn).toBeNull();
      else expect(row.medianHoursToCheckIn).toBeCloseTo(med, 3);
    }
    expect(
      r.data.departmentPerformance.reduce(
        (a: number, x: { dispatched: number; checkedInOnTime: number }) =>
          a + x.dispatched + x.checkedInOnTime,
        0,
      ),
    ).toBeGreaterThan(0);
    const ranks = r.data.departmentPerformance.map((x: { rank: number }) => x.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('a department that returns a case is counted as returning it, and a department system sees only its own row', async () => {
    const c = city.grid.cases.find((x) => x.state === 'IN_PROGRESS' && x.departmentId == null)!;
    const street = await bearer('STREET_STAFF', c.gridCode.slice(0, 9));
    const step = async (
      name: string,
      version: number,
      extra = '',
      auth = street,
      select = 'version',
    ) => {
      const r = await stack.query(
        `mutation { ${name}(input: { id: "${c.id}", version: ${version}${extra} }) { ${select} } }`,
        {},
        auth,
      );
      expect(r.errors).toBeUndefined();
      return r.data[name].version as number;
    };
    const t0 = new Date();
    let v = await step('escalateCase', c.version);
    v = await step('dispatchCase', v, ', departmentCode: "ZJ"');
    const zj = await bearer('DEPARTMENT', c.gridCode.slice(0, 6), 'ZJ');
    // Once returned the case is no longer the department's to read, so the answer asks only for its type.
    await step('returnCase', v, '', zj, '__typename');
    const r = await stack.query(
      `query($f: DateTimeISO!, $t: DateTimeISO!) { departmentPerformance(under: "${c.gridCode.slice(0, 9)}", from: $f, to: $t) {
      departmentCode dispatched returned overdue } }`,
      {
        f: new Date(t0.getTime() - 1000).toISOString(),
        t: new Date(Date.now() + 1000).toISOString(),
      },
      zj,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.departmentPerformance).toEqual([
      { departmentCode: 'ZJ', dispatched: 1, returned: 1, overdue: 0 },
    ]);
  });

  test("量化+闭环: full-time grid workers are scored from their grid's patrol cases and on-time closing, best first, names masked for a city admin (an analyst lists no people)", async () => {
    const r = await stack.query(
      `query($f: DateTimeISO!, $t: DateTimeISO!) { gridWorkerAssessments(under: "220600", from: $f, to: $t, limit: 100) {
      totalCount items { workerId name gridCode collected closed closedOnTime score rank } } }`,
      { f: from.toISOString(), t: DEMO_NOW.toISOString() },
      await bearer('CITY_ADMIN', ''),
    );
    expect(r.errors).toBeUndefined();
    const workers = city.grid.workers.filter((w) => w.role === 'FULL_TIME' && !w.endedOn);
    expect(r.data.gridWorkerAssessments.totalCount).toBe(workers.length);
    const top = r.data.gridWorkerAssessments.items[0];
    const w = workers.find((x) => String(x.id) === top.workerId)!;
    const cases = city.grid.cases.filter((c) => c.gridCode === w.gridCode);
    const closed = cases.filter((c) => c.closedAt && c.closedAt >= from && c.closedAt < DEMO_NOW);
    expect(top).toMatchObject({
      gridCode: w.gridCode,
      rank: 1,
      name: `${[...w.name][0]}${'*'.repeat([...w.name].length - 1)}`,
      collected: cases.filter(
        (c) => c.source === 'PATROL' && c.reportedAt >= from && c.reportedAt < DEMO_NOW,
      ).length,
      closed: closed.length,
      closedOnTime: closed.filter((c) => c.closedAfterSeconds! <= 216 * 3600).length,
    });
    const scores = r.data.gridWorkerAssessments.items.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
