import { startPropertyHarness, createCompany, createCompound, codeOf, type PropertyHarness } from './harness';

let h: PropertyHarness;
beforeAll(async () => {
  h = await startPropertyHarness(13);
});
afterAll(async () => {
  await h.close();
});

const RECORD = 'mutation($i: RecordEvaluationInput!) { recordServiceEvaluation(input: $i) { id quarter score company { id } } }';
const evaluate = (companyId: string, compoundId: string, quarter: string, score: number) =>
  h.gql(RECORD, { i: { companyId, compoundId, quarter, score, evaluatorKind: 'GRID_BRANCH', evaluator: '测试网格党支部' } });

describe('service evaluation (物业服务质量考核)', () => {
  test('one score per company, compound and quarter: a duplicate is refused, also under concurrent requests', async () => {
    const company = await createCompany(h);
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    expect((await evaluate(company, id, '2026Q1', 88)).errors).toBeUndefined();
    expect(codeOf(await evaluate(company, id, '2026Q1', 90))).toBe('CONFLICT');
    const racing = await Promise.all([70, 71, 72, 73].map((s) => evaluate(company, id, '2026Q2', s)));
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
    const [{ n }] = await h.running.dataSource.query('SELECT COUNT(*) AS n FROM service_evaluations WHERE compound_id = ?', [Number(id)]);
    expect(Number(n)).toBe(2);
  });

  test('a score outside 0–100, a bad quarter or a company that never managed the compound is refused', async () => {
    const company = await createCompany(h);
    const other = await createCompany(h);
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    expect(codeOf(await evaluate(company, id, '2026Q1', 101))).toBe('BAD_USER_INPUT');
    expect(codeOf(await evaluate(company, id, '2026Q5', 80))).toBe('BAD_USER_INPUT');
    expect(codeOf(await evaluate(other, id, '2026Q1', 80))).toBe('BAD_USER_INPUT');
  });

  test('a company\'s trend is its average score per quarter, oldest first', async () => {
    const p = h.city.property;
    const company = p.companies.find((c) => p.evaluations.filter((e) => e.companyId === c.id).length > 2)!;
    const r = await h.gql('query($id: ID!) { propertyCompany(id: $id) { scoreTrend { quarter evaluations averageScore } } }', { id: String(company.id) });
    const mine = p.evaluations.filter((e) => e.companyId === company.id);
    const quarters = [...new Set(mine.map((e) => e.quarter))].sort();
    expect(r.data.propertyCompany.scoreTrend).toEqual(quarters.map((q) => {
      const s = mine.filter((e) => e.quarter === q).map((e) => e.score);
      return { quarter: q, evaluations: s.length, averageScore: s.reduce((a, b) => a + b, 0) / s.length };
    }));
  });

  test('the ranking within a region orders companies by average score, equal averages sharing a place', async () => {
    const p = h.city.property;
    const prefix = p.compounds[0].gridCode.slice(0, 6);
    const quarter = '2026Q3';
    const r = await h.gql('query($u: String!, $q: String!) { propertyCompanyRanking(under: $u, quarter: $q, limit: 100) { rank company { id } evaluations averageScore } }',
      { u: prefix, q: quarter });
    expect(r.errors).toBeUndefined();
    const byCompany = new Map<number, number[]>();
    for (const e of p.evaluations.filter((x) => x.gridCode.startsWith(prefix) && x.quarter === quarter)) byCompany.set(e.companyId, [...(byCompany.get(e.companyId) ?? []), e.score]);
    const want = [...byCompany.entries()].map(([id, s]) => ({ id, avg: s.reduce((a, b) => a + b, 0) / s.length, n: s.length }))
      .sort((a, b) => b.avg - a.avg || a.id - b.id);
    expect(want.length).toBeGreaterThan(0);
    expect(r.data.propertyCompanyRanking.map((x: any) => [x.company.id, x.evaluations, x.averageScore]))
      .toEqual(want.map((w) => [String(w.id), w.n, w.avg]));
    r.data.propertyCompanyRanking.forEach((x: any, i: number) =>
      expect(x.rank).toBe(i > 0 && x.averageScore === want[i - 1].avg ? r.data.propertyCompanyRanking[i - 1].rank : i + 1));
  });
});
