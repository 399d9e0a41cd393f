import { startPropertyHarness, createCompany, createCompound, codeOf } from './harness';
import { parseEnv } from '../../shared/env';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const RECORD =
  'mutation($i: RecordEvaluationInput!) { recordServiceEvaluation(input: $i) { id quarter score company { id } } }';
const evaluate = (
  companyId: string,
  compoundId: string,
  quarter: string,
  score: number,
  evaluatorKind = 'GRID_BRANCH',
) =>
  h.gql(RECORD, {
    i: { companyId, compoundId, quarter, score, evaluatorKind, evaluator: '测试考核主体' },
  });
const WEIGHTS = parseEnv({}).EVALUATION_WEIGHTS;
/** Each kind's average, weighted (the composite the ranking uses). */
const composite = (scores: { kind: string; score: number }[]) => {
  const kinds = [...new Set(scores.map((s) => s.kind))].map((k) => {
    const x = scores.filter((s) => s.kind === k).map((s) => s.score);
    return { w: WEIGHTS[k] ?? 0, avg: x.reduce((a, b) => a + b, 0) / x.length };
  });
  const w = kinds.reduce((a, k) => a + k.w, 0);
  return w > 0
    ? kinds.reduce((a, k) => a + k.w * k.avg, 0) / w
    : scores.reduce((a, s) => a + s.score, 0) / scores.length;
};

describe('service evaluation (物业服务质量考核)', () => {
  test('one score per company, compound and quarter: a duplicate is refused, also under concurrent requests', async () => {
    const company = await createCompany(h);
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    expect((await evaluate(company, id, '2026Q1', 88)).errors).toBeUndefined();
    expect(codeOf(await evaluate(company, id, '2026Q1', 90))).toBe('CONFLICT');
    const racing = await Promise.all(
      [70, 71, 72, 73].map((s) => evaluate(company, id, '2026Q2', s)),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
    const [{ n }] = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM service_evaluations WHERE compound_id = ?',
      [Number(id)],
    );
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

  test("a company's trend is its average score per quarter, oldest first", async () => {
    const p = h.city.property;
    const company = p.companies.find(
      (c) => p.evaluations.filter((e) => e.companyId === c.id).length > 2,
    )!;
    const r = await h.gql(
      'query($id: ID!) { propertyCompany(id: $id) { scoreTrend { quarter evaluations averageScore } } }',
      { id: String(company.id) },
    );
    const mine = p.evaluations.filter((e) => e.companyId === company.id);
    const quarters = [...new Set(mine.map((e) => e.quarter))].sort();
    expect(r.data.propertyCompany.scoreTrend).toEqual(
      quarters.map((q) => {
        const s = mine.filter((e) => e.quarter === q).map((e) => e.score);
        return {
          quarter: q,
          evaluations: s.length,
          averageScore: s.reduce((a, b) => a + b, 0) / s.length,
        };
      }),
    );
  });

  test("the owners' committee's and the street's scores both stand for one company, compound and quarter; a second of one kind is refused", async () => {
    const company = await createCompany(h);
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    expect((await evaluate(company, id, '2026Q2', 80, 'OWNERS_COMMITTEE')).errors).toBeUndefined();
    expect((await evaluate(company, id, '2026Q2', 95, 'STREET_OFFICE')).errors).toBeUndefined();
    expect(codeOf(await evaluate(company, id, '2026Q2', 70, 'STREET_OFFICE'))).toBe('CONFLICT');
    const [{ grid_code: prefix }] = await h.running.dataSource.query(
      'SELECT grid_code FROM residential_compounds WHERE id = ?',
      [Number(id)],
    );
    const r = await h.gql(
      'query($u: String!) { propertyCompanyRanking(under: $u, quarter: "2026Q2") { company { id } evaluations averageScore compositeScore } }',
      { u: prefix },
    );
    expect(r.data.propertyCompanyRanking.find((x: any) => x.company.id === company)).toEqual({
      company: { id: company },
      evaluations: 2,
      averageScore: 87.5,
      compositeScore: composite([
        { kind: 'OWNERS_COMMITTEE', score: 80 },
        { kind: 'STREET_OFFICE', score: 95 },
      ]),
    });
  });

  test('the ranking within a region orders companies by composite score, equal composites sharing a place', async () => {
    const p = h.city.property;
    const prefix = p.compounds[0].gridCode.slice(0, 6);
    const quarter = '2026Q3';
    const r = await h.gql(
      'query($u: String!, $q: String!) { propertyCompanyRanking(under: $u, quarter: $q, limit: 100) { rank company { id } evaluations compositeScore } }',
      { u: prefix, q: quarter },
    );
    expect(r.errors).toBeUndefined();
    const byCompany = new Map<number, { kind: string; score: number }[]>();
    for (const e of p.evaluations.filter(
      (x) => x.gridCode.startsWith(prefix) && x.quarter === quarter,
    )) {
      byCompany.set(e.companyId, [
        ...(byCompany.get(e.companyId) ?? []),
        { kind: e.evaluatorKind, score: e.score },
      ]);
    }
    const want = [...byCompany.entries()]
      .map(([id, s]) => ({ id, c: composite(s), n: s.length }))
      .sort((a, b) => b.c - a.c || a.id - b.id);
    expect(want.length).toBeGreaterThan(0);
    const got = r.data.propertyCompanyRanking;
    expect(got.map((x: any) => [x.company.id, x.evaluations])).toEqual(
      want.map((w) => [String(w.id), w.n]),
    );
    got.forEach((x: any, i: number) => {
      expect(x.compositeScore).toBeCloseTo(want[i].c, 9);
      expect(x.rank).toBe(
        i > 0 && x.compositeScore === got[i - 1].compositeScore ? got[i - 1].rank : i + 1,
      );
    });
  });
});
