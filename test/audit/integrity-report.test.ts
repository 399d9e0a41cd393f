import { generateCity } from '../../services/demo-city';
import { demoAccountability } from '../../services/accountability/seed';
import { PackageResponsibility } from '../../services/accountability/package/package-responsibility.entity';
import { TaskAdmission } from '../../services/accountability/admission/task-admission.entity';
import { Volunteer } from '../../services/volunteer/volunteer/volunteer.entity';
import { IntegrityRun, IntegrityViolation } from '../../services/grid/integrity/integrity.entity';
import { runAudit } from '../../scripts/audit/run';
import type { Role } from '../../shared/viewer';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/**
 * Issue 14, item 3: the integrity audit's roll-up in the graph. The audit reads the six real
 * databases, stores its report in the grid subgraph's, and CITY_ADMIN reads it through the gateway
 * per street and kind; every other role is refused by the read policy.
 */
const city = generateCity('demo', 1614, '2026-11-20');
const demo = demoAccountability(city);
const CITY = city.geography.regions[0].code;
const pkg = demo.packages[0];
const D1 = pkg.gridCode.slice(0, 6);
const S1 = pkg.gridCode.slice(0, 9);
const admission = demo.admissions.find((a) => a.districtCode !== D1 && a.decidedOn != null)!;
const D2 = admission.districtCode;
const volunteer = city.volunteer.volunteers.find(
  (v) => v.partyMemberId == null && v.regionCode.startsWith(D1),
)!;

const stack = forThisFile(() => startStack(city), 180000);

const REPORT = `query($u: String!) { integrityReport(under: $u) {
  regionCode computedAt total kinds { kind count }
  regions { regionCode total kinds { kind count } region { name } } } }`;
const LIST = `query($u: String!, $k: String) { integrityViolations(under: $u, kind: $k, limit: 100) {
  totalCount items { kind code regionCode subject detail computedAt } } }`;
const admin = () => bearer('CITY_ADMIN', '');

/** The three planted violations, and their undoing: each test sets the state it needs, so they pass in any order. */
async function plant(on: boolean): Promise<void> {
  const a = stack.subgraphs.accountability.dataSource;
  await a.getRepository(PackageResponsibility).update(pkg.id, {
    compoundId: on ? 999999 : pkg.compoundId,
  });
  await a.getRepository(TaskAdmission).update(admission.id, {
    decidedOn: on ? '2000-01-01' : admission.decidedOn,
    requestedOn: on ? '2000-01-02' : admission.requestedOn,
  });
  await stack.subgraphs.volunteer.dataSource
    .getRepository(Volunteer)
    .update(volunteer.id, { partyMemberId: on ? 999999 : null });
}

describe('the integrity report in the graph (CITY_ADMIN)', () => {
  test('before any audit run there is no report: no time, no violation', async () => {
    const grid = stack.subgraphs.grid.dataSource;
    await grid.getRepository(IntegrityViolation).clear();
    await grid.getRepository(IntegrityRun).clear();
    const r = await stack.query(REPORT, { u: CITY }, await admin());
    expect(r.errors).toBeUndefined();
    expect(r.data.integrityReport).toEqual({
      regionCode: CITY,
      computedAt: null,
      total: 0,
      kinds: [],
      regions: [],
    });
  });

  test('an audit of the freshly seeded databases finds nothing, and the graph says when it ran', async () => {
    await plant(false);
    const now = new Date('2026-11-20T08:00:00.000Z');
    const run = await runAudit(stack.db.config, { now });
    expect(run.violations).toEqual([]);
    expect(run.data.receptions.length).toBe(demo.receptions.length);
    const r = await stack.query(REPORT, { u: CITY }, await admin());
    expect(r.errors).toBeUndefined();
    expect(r.data.integrityReport).toMatchObject({ computedAt: now.toISOString(), total: 0 });
  });

  test('planted violations in three subgraphs are reported in their street or district, per kind, and listed', async () => {
    await plant(true);
    const now = new Date('2026-11-20T09:00:00.000Z');
    const run = await runAudit(stack.db.config, { now });
    expect(run.violations.map((v) => v.kind).sort()).toEqual([
      'ADMISSION_OUT_OF_ORDER',
      'UNKNOWN_COMPOUND',
      'UNKNOWN_PARTY_MEMBER',
    ]);

    const r = await stack.query(REPORT, { u: CITY }, await admin());
    expect(r.errors).toBeUndefined();
    const report = r.data.integrityReport;
    expect(report.computedAt).toBe(now.toISOString());
    expect(report.total).toBe(3);
    const at = (code: string) => report.regions.find((x: any) => x.regionCode === code);
    expect(at(S1).kinds).toContainEqual({ kind: 'UNKNOWN_COMPOUND', count: 1 });
    expect(at(S1).region.name).toBe(city.geography.regions.find((x) => x.code === S1)!.name);
    expect(at(D2)).toMatchObject({
      total: 1,
      kinds: [{ kind: 'ADMISSION_OUT_OF_ORDER', count: 1 }],
    });
    const street = volunteer.regionCode.slice(0, 9);
    expect(at(street).kinds).toContainEqual({ kind: 'UNKNOWN_PARTY_MEMBER', count: 1 });

    const list = await stack.query(LIST, { u: S1, k: 'UNKNOWN_COMPOUND' }, await admin());
    expect(list.errors).toBeUndefined();
    expect(list.data.integrityViolations.items).toEqual([
      {
        kind: 'UNKNOWN_COMPOUND',
        code: pkg.gridCode,
        regionCode: S1,
        subject: `package responsibility ${pkg.id}`,
        detail: 'compound 999999 does not exist',
        computedAt: now.toISOString(),
      },
    ]);
  });

  test("a district's CITY_ADMIN asking over the city gets its own district's report only", async () => {
    await plant(true);
    await runAudit(stack.db.config);
    const r = await stack.query(REPORT, { u: CITY }, await bearer('CITY_ADMIN', D1));
    expect(r.errors).toBeUndefined();
    const report = r.data.integrityReport;
    expect(report.regionCode).toBe(D1);
    expect(report.regions.map((x: any) => x.regionCode.slice(0, 6))).toEqual(
      report.regions.map(() => D1),
    );
    expect(report.kinds.map((k: any) => k.kind)).not.toContain('ADMISSION_OUT_OF_ORDER');
    expect(report.total).toBe(2);
    const list = await stack.query(LIST, { u: D2 }, await bearer('CITY_ADMIN', D1));
    expect(list.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  // Every row has three cells: jest takes a missing third for the `done` callback.
  const OTHERS: [Role, string, string | undefined][] = [
    ['STREET_STAFF', S1, undefined],
    ['COMMUNITY_STAFF', pkg.gridCode.slice(0, 12), undefined],
    ['GRID_WORKER', pkg.gridCode, undefined],
    ['DEPARTMENT', D1, 'CG'],
    ['ANALYST', '', undefined],
  ];
  test.each(OTHERS)(
    'a %s is refused both the report and the list, even over its own place',
    async (role, place, dept) => {
      const h = await bearer(role, place, dept);
      for (const [q, field] of [
        [REPORT, 'integrityReport'],
        [LIST, 'integrityViolations'],
      ]) {
        const r = await stack.query(q, { u: place || CITY }, h);
        expect(r.errors?.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
        expect(r.data?.[field] ?? null).toBeNull();
      }
    },
  );

  test('each run replaces the report; the run before it is kept for a reader that just picked it', async () => {
    await runAudit(stack.db.config);
    await runAudit(stack.db.config);
    const runs = await stack.subgraphs.grid.dataSource.getRepository(IntegrityRun).count();
    expect(runs).toBe(2);
  });
});
