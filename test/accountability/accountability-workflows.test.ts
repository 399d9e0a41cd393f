import { generateCity } from '../../services/demo-city';
import { demoAccountability } from '../../services/accountability/seed';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { isoDay } from '../../shared/demo/clock';
import { forThisFile } from '../helpers/for-this-file';

/** The workflows: each write is checked for role and jurisdiction inside its transaction; a refusal stores nothing. */
const city = generateCity('demo', 20210104);
const demo = demoAccountability(city);
// Six subgraphs and a gateway on a shared 2-core machine can take a while to start, on MySQL most of all.
const stack = forThisFile(() => startStack(city), 180000);

const rows = async (table: string) =>
  Number(
    (await stack.subgraphs.accountability.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]
      .n,
  );
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) =>
  r.errors?.[0]?.extensions.code;
const communities = city.geography.regions.filter((r) => r.level === 'COMMUNITY');

describe('accountability workflows through the gateway', () => {
  test('a street reviews a community project: a rectification order sets a deadline, a community worker may not review, and a bad score is refused', async () => {
    const p = demo.projects.find((x) => x.level === 'COMMUNITY' && x.status === 'IN_PROGRESS')!;
    const m = `mutation($i: ReviewSecretaryProjectInput!) { reviewSecretaryProject(input: $i) { status reviews { kind score rectifyBy } } }`;
    const input = {
      projectId: String(p.id),
      kind: 'RECTIFICATION',
      reviewedOn: '2026-11-02',
      score: 55,
      comment: '进度滞后',
      rectifyBy: '2026-12-15',
    };
    const before = await rows('project_reviews');
    expect(
      codeOf(await stack.query(m, { i: input }, await bearer('COMMUNITY_STAFF', p.regionCode))),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stack.query(
          m,
          { i: { ...input, score: 101 } },
          await bearer('STREET_STAFF', p.regionCode.slice(0, 9)),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await stack.query(
          m,
          { i: { ...input, rectifyBy: undefined } },
          await bearer('STREET_STAFF', p.regionCode.slice(0, 9)),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await rows('project_reviews')).toBe(before);
    const ok = await stack.query(
      m,
      { i: input },
      await bearer('STREET_STAFF', p.regionCode.slice(0, 9)),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.reviewSecretaryProject.status).toBe('RECTIFYING');
    expect(ok.data.reviewSecretaryProject.reviews.at(-1)).toEqual({
      kind: 'RECTIFICATION',
      score: 55,
      rectifyBy: '2026-12-15',
    });
  });

  test('the city posts a first secretary; a second posting to the same community in an overlapping term is a CONFLICT and a street may not post at all', async () => {
    const c = communities.find(
      (x) => !demo.firstSecretaries.some((f) => f.communityCode === x.code),
    )!;
    const m = `mutation($i: AssignFirstSecretaryInput!) { assignFirstSecretary(input: $i) { id communityCode teamMembers } }`;
    const input = {
      cadreName: '赵明',
      homeUnit: '市委组织部',
      homeLevel: 'CITY',
      communityCode: c.code,
      termStart: '2026-12-01',
      termEnd: '2027-11-30',
      teamMembers: ['钱亮', '孙丽'],
    };
    expect(
      codeOf(await stack.query(m, { i: input }, await bearer('STREET_STAFF', c.code.slice(0, 9)))),
    ).toBe('FORBIDDEN');
    const ok = await stack.query(m, { i: input }, await bearer('CITY_ADMIN', ''));
    expect(ok.errors).toBeUndefined();
    const before = await rows('first_secretary_assignments');
    expect(
      codeOf(
        await stack.query(
          m,
          { i: { ...input, termStart: '2027-06-01', termEnd: '2028-05-31' } },
          await bearer('CITY_ADMIN', ''),
        ),
      ),
    ).toBe('CONFLICT');
    expect(await rows('first_secretary_assignments')).toBe(before);
  });

  test('a package visit is recorded with the duties it moved; outside the jurisdiction nothing is stored', async () => {
    const p = demo.packages.find((x) => x.duties.some((d) => d.state !== 'DONE'))!;
    const duty = p.duties.find((d) => d.state !== 'DONE')!.duty;
    const other = communities.find((x) => !p.gridCode.startsWith(x.code.slice(0, 9)))!;
    const m = `mutation($i: RecordPackageVisitInput!) { recordPackageVisit(input: $i) { duties { duty state } lastVisitedOn } }`;
    // The city's own today (its clock moves with the reference day, DEMO_DATE): later than every demo
    // visit, so it is the latest; never before the package started.
    const today = isoDay(city.now) > p.startedOn ? isoDay(city.now) : p.startedOn;
    const input = {
      packageId: String(p.id),
      visitedOn: today,
      note: '协调物业进驻',
      duties: [{ duty, state: 'DONE' }],
    };
    const before = await rows('package_visits');
    expect(
      codeOf(await stack.query(m, { i: input }, await bearer('COMMUNITY_STAFF', other.code))),
    ).toBe('FORBIDDEN');
    expect(await rows('package_visits')).toBe(before);
    const ok = await stack.query(
      m,
      { i: input },
      await bearer('COMMUNITY_STAFF', p.gridCode.slice(0, 12)),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordPackageVisit.lastVisitedOn).toBe(today);
    expect(
      ok.data.recordPackageVisit.duties.find((d: { duty: string }) => d.duty === duty).state,
    ).toBe('DONE');
    expect(await rows('package_visits')).toBe(before + 1);
  });

  test('an agreement is signed, supervised, then assessed with a grade; a stage out of order is a CONFLICT', async () => {
    const c = communities[0].code;
    const sign = await stack.query(
      `mutation { signCoBuildingAgreement(input: { unitName: "白山市测试共建单位", regionCode: "${c}", year: 2026,
      needs: ["助餐"], resources: ["场地"], projects: ["文明楼院"], signedOn: "2026-01-10" }) { id stage } }`,
      {},
      await bearer('COMMUNITY_STAFF', c),
    );
    expect(sign.errors).toBeUndefined();
    const id = sign.data.signCoBuildingAgreement.id;
    const step = (name: string, extra = '') =>
      `mutation { ${name}(input: { agreementId: "${id}", on: "2026-07-01", note: "按期落实"${extra} }) { stage assessmentGrade } }`;
    const street = await bearer('STREET_STAFF', c.slice(0, 9));
    expect(
      codeOf(await stack.query(step('assessCoBuildingAgreement', ', score: 92'), {}, street)),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await stack.query(
          step('superviseCoBuildingAgreement'),
          {},
          await bearer('COMMUNITY_STAFF', c),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await stack.query(step('superviseCoBuildingAgreement'), {}, street)).data
        .superviseCoBuildingAgreement.stage,
    ).toBe('SUPERVISED');
    const assessed = await stack.query(
      step('assessCoBuildingAgreement', ', score: 92'),
      {},
      street,
    );
    expect(assessed.data.assessCoBuildingAgreement).toEqual({
      stage: 'ASSESSED',
      assessmentGrade: 'EXCELLENT',
    });
    expect(
      codeOf(await stack.query(step('assessCoBuildingAgreement', ', score: 50'), {}, street)),
    ).toBe('CONFLICT');
  });

  test('a department requests admission for its own department only; the district decides once; an ANALYST changes nothing', async () => {
    const district = city.geography.regions.find((x) => x.level === 'DISTRICT')!.code;
    const ask = (
      dept?: string,
    ) => `mutation { requestTaskAdmission(input: { districtCode: "${district}", ${dept ? `departmentCode: "${dept}",` : ''} title: "入户开展专项普查",
      kind: TASK, reason: "上级部署", requestedOn: "2026-11-02" }) { id status departmentCode } }`;
    const dept = await bearer('DEPARTMENT', district, 'CG');
    expect(codeOf(await stack.query(ask('WJ'), {}, dept))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(ask(), {}, await bearer('ANALYST', '')))).toBe('FORBIDDEN');
    const made = await stack.query(ask(), {}, dept);
    expect(made.data.requestTaskAdmission).toMatchObject({
      status: 'REQUESTED',
      departmentCode: 'CG',
    });
    const decide = `mutation { decideTaskAdmission(input: { admissionId: "${made.data.requestTaskAdmission.id}", admit: false, decidedOn: "2026-11-03", note: "属部门职责" }) { status decisionNote } }`;
    expect(
      codeOf(await stack.query(decide, {}, await bearer('STREET_STAFF', `${district}001`))),
    ).toBe('FORBIDDEN');
    expect(
      (await stack.query(decide, {}, await bearer('CITY_ADMIN', district))).data.decideTaskAdmission
        .status,
    ).toBe('REFUSED');
    expect(codeOf(await stack.query(decide, {}, await bearer('CITY_ADMIN', district)))).toBe(
      'CONFLICT',
    );
  });

  test('a reception is recorded in the community; more problems solved than raised is BAD_USER_INPUT', async () => {
    const c = communities[1].code;
    const m = (
      solved: number,
    ) => `mutation { recordReception(input: { communityCode: "${c}", representativeName: "周代表", representativeKind: PEOPLES_CONGRESS,
      receivedOn: "2026-11-15", residents: 8, problemsRaised: 2, problemsSolved: ${solved}, topics: ["停车难"] }) { id representativeName } }`;
    const before = await rows('receptions');
    expect(codeOf(await stack.query(m(3), {}, await bearer('COMMUNITY_STAFF', c)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await rows('receptions')).toBe(before);
    const ok = await stack.query(m(1), {}, await bearer('COMMUNITY_STAFF', c));
    expect(ok.data.recordReception.representativeName).toBe('周代表');
    expect(await rows('receptions')).toBe(before + 1);
  });
});
