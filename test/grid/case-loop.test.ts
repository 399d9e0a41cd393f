import { startGridHarness } from '../helpers/grid-subgraph';
import { forThisFile } from '../helpers/for-this-file';
import { CASE_MUTATION, caseStepMutation } from '../helpers/case-driver';

const h = forThisFile(() => startGridHarness());
let gridCode: string;
beforeAll(() => {
  gridCode = h.city.geography.grids.find((g) => g.level === 'BASIC')!.code;
});

const FIELDS =
  'id state version departmentId: department { code } satisfaction closedAt allowedNextStates events { action fromState toState }';
async function report() {
  const r = await h.gql(`mutation($i: ReportCaseInput!) { reportCase(input: $i) { ${FIELDS} } }`, {
    i: {
      gridCode,
      title: '楼道堆放杂物',
      category: 'SANITATION',
      source: 'PATROL',
      reporterName: '张三丰',
      reporterPhone: '13812345678',
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data.reportCase;
}

async function act(
  action: string,
  c: { id: string; version: number },
  extra: Record<string, unknown> = {},
) {
  return h.gql(caseStepMutation(action, FIELDS), { i: { id: c.id, version: c.version, ...extra } });
}

async function drive(actions: string[]) {
  let c = await report();
  for (const a of actions) {
    const r = await act(
      a,
      c,
      a === 'dispatch' ? { departmentCode: 'CG' } : a === 'rate' ? { satisfaction: 5 } : {},
    );
    expect(r.errors).toBeUndefined();
    c = r.data[CASE_MUTATION[a]];
  }
  return c;
}

describe('the closed case loop 收集—办理—销号—评价', () => {
  test('a case handled on its grid goes REPORTED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED → RATED, one event per step', async () => {
    const c = await drive(['accept', 'start', 'resolve', 'close', 'rate']);
    expect(c.state).toBe('RATED');
    expect(c.version).toBe(6);
    expect(c.satisfaction).toBe(5);
    expect(c.closedAt).not.toBeNull();
    expect(c.events.map((e: { toState: string }) => e.toState)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'IN_PROGRESS',
      'RESOLVED',
      'CLOSED',
      'RATED',
    ]);
  });

  test('the street blows the whistle and the department reports: ESCALATED → DISPATCHED → IN_PROGRESS → RESOLVED', async () => {
    const c = await drive(['accept', 'escalate', 'dispatch', 'checkIn', 'resolve']);
    expect(c.state).toBe('RESOLVED');
    expect(c.departmentId).toEqual({ code: 'CG' });
    expect(c.events.map((e: { action: string }) => e.action)).toEqual([
      'report',
      'accept',
      'escalate',
      'dispatch',
      'checkIn',
      'resolve',
    ]);
  });

  test('a department that returns a case sends it back to the command centre without a department', async () => {
    const dispatched = await drive(['accept', 'escalate', 'dispatch']);
    const r = await act('returnToCentre', dispatched, { note: '不属于本部门职责' });
    expect(r.errors).toBeUndefined();
    expect(r.data.returnCase).toMatchObject({ state: 'ESCALATED', departmentId: null });
    const after = await drive(['accept', 'escalate', 'dispatch', 'checkIn']);
    expect((await act('returnToCentre', after)).data.returnCase.state).toBe('ESCALATED');
  });

  test('a failed check sends a resolved case back to handling', async () => {
    const c = await drive(['accept', 'start', 'resolve', 'reopen']);
    expect(c.state).toBe('IN_PROGRESS');
    expect(c.allowedNextStates.sort()).toEqual(['ESCALATED', 'RESOLVED']);
  });

  const reach: Record<string, string[]> = {
    REPORTED: [],
    ACCEPTED: ['accept'],
    IN_PROGRESS: ['accept', 'start'],
    ESCALATED: ['accept', 'escalate'],
    DISPATCHED: ['accept', 'escalate', 'dispatch'],
    RESOLVED: ['accept', 'start', 'resolve'],
    CLOSED: ['accept', 'start', 'resolve', 'close'],
    RATED: ['accept', 'start', 'resolve', 'close', 'rate'],
  };
  const legal: Record<string, string[]> = {
    REPORTED: ['accept'],
    ACCEPTED: ['start', 'escalate'],
    IN_PROGRESS: ['escalate', 'resolve'],
    ESCALATED: ['dispatch'],
    DISPATCHED: ['checkIn', 'returnToCentre'],
    RESOLVED: ['reopen', 'close'],
    CLOSED: ['rate'],
    RATED: [],
  };
  const illegal = Object.entries(legal).flatMap(([state, ok]) =>
    Object.keys(CASE_MUTATION)
      .filter((a) => !ok.includes(a))
      .map((a) => [state, a] as const),
  );

  test.each(illegal)(
    'in state %s the action %s is refused with BAD_USER_INPUT naming the state and the allowed next states',
    async (state, action) => {
      const c = await drive(reach[state]);
      expect(c.state).toBe(state);
      const r = await act(
        action,
        c,
        action === 'dispatch'
          ? { departmentCode: 'CG' }
          : action === 'rate'
            ? { satisfaction: 4 }
            : {},
      );
      expect(r.data).toBeNull();
      expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.errors[0].extensions.currentState).toBe(state);
      expect(r.errors[0].message).toContain(state);
      expect([...r.errors[0].extensions.allowedNextStates].sort()).toEqual(
        [...c.allowedNextStates].sort(),
      );
      const again = await h.gql(
        `query($id: ID!) { case(id: $id) { state version events { id } } }`,
        { id: c.id },
      );
      expect(again.data.case).toMatchObject({ state, version: c.version });
      expect(again.data.case.events).toHaveLength(c.version);
    },
  );

  test('a rating is 1–5, only after CLOSED, and only once', async () => {
    const closed = await drive(['accept', 'start', 'resolve', 'close']);
    const six = await act('rate', closed, { satisfaction: 6 });
    expect(six.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const rated = (await act('rate', closed, { satisfaction: 3 })).data.rateCase;
    expect(rated.satisfaction).toBe(3);
    const twice = await act('rate', rated, { satisfaction: 1 });
    expect(twice.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a transition that carries a stale version gets CONFLICT and writes nothing', async () => {
    const c = await report();
    expect((await act('accept', c)).errors).toBeUndefined();
    const stale = await act('accept', { id: c.id, version: 1 });
    expect(stale.errors[0].extensions.code).toBe('BAD_USER_INPUT'); // already ACCEPTED: the state check speaks first
    const accepted = await h.gql(`query($id: ID!) { case(id: $id) { id version } }`, { id: c.id });
    const conflict = await act('start', { id: c.id, version: accepted.data.case.version - 1 });
    expect(conflict.errors[0].extensions.code).toBe('CONFLICT');
  });

  test('dispatching to an unknown department is NOT_FOUND and the case stays ESCALATED', async () => {
    const c = await drive(['accept', 'escalate']);
    const r = await act('dispatch', c, { departmentCode: 'NOPE' });
    expect(r.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(
      (await h.gql(`query($id: ID!) { case(id: $id) { state } }`, { id: c.id })).data.case.state,
    ).toBe('ESCALATED');
  });

  test('50 concurrent transitions on one case leave exactly one winner and an event log that matches the final state', async () => {
    const c = await drive(['accept', 'start']);
    const results = await Promise.all(Array.from({ length: 50 }, () => act('resolve', c)));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const l of losers)
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(l.errors[0].extensions.code);
    const final = (
      await h.gql(`query($id: ID!) { case(id: $id) { state version events { toState } } }`, {
        id: c.id,
      })
    ).data.case;
    expect(final.state).toBe('RESOLVED');
    expect(final.version).toBe(c.version + 1);
    expect(final.events.map((e: { toState: string }) => e.toState)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'IN_PROGRESS',
      'RESOLVED',
    ]);
    const rows = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM case_events WHERE case_id = ?',
      [Number(c.id)],
    );
    expect(Number(rows[0].n)).toBe(final.version);
  });

  test('a reported case has a deadline for its stage and is overdue only when past it', async () => {
    const c = await report();
    const r = await h.gql(`query($id: ID!) { case(id: $id) { overdue dueAt timeToCloseHours } }`, {
      id: c.id,
    });
    expect(r.data.case.overdue).toBe(false);
    expect(new Date(r.data.case.dueAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(r.data.case.timeToCloseHours).toBeNull();
  });

  test('a report retried with the same idempotency key returns the same case, even when the retries race', async () => {
    const i = {
      gridCode,
      title: '联动会议议定事项',
      category: 'PROPERTY',
      source: 'DEPARTMENT',
      idempotencyKey: 'property:linkage-decision:9001',
    };
    const M = 'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id idempotencyKey } }';
    const results = await Promise.all(Array.from({ length: 10 }, () => h.gql(M, { i })));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data.reportCase.id));
    expect(ids.size).toBe(1);
    expect(results[0].data.reportCase.idempotencyKey).toBe(i.idempotencyKey);
    const rows = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM cases WHERE idempotency_key = ?',
      [i.idempotencyKey],
    );
    expect(Number(rows[0].n)).toBe(1);
    const elsewhere = h.city.geography.grids.find(
      (g) => g.level === 'BASIC' && g.code !== gridCode,
    )!.code;
    const clash = await h.gql(M, { i: { ...i, gridCode: elsewhere } });
    expect(clash.errors[0].extensions.code).toBe('CONFLICT');
  });

  test('reporting on an unknown grid is refused and writes no case', async () => {
    const before = await h.running.dataSource.query('SELECT COUNT(*) AS n FROM cases');
    const r = await h.gql(`mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }`, {
      i: { gridCode: '999999999999999', title: '测试', category: 'OTHER', source: 'PATROL' },
    });
    expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await h.running.dataSource.query('SELECT COUNT(*) AS n FROM cases');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});
