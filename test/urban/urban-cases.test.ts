import { generateCity } from '../../services/demo-city';
import { urbanService } from '../../services/urban/service';
import { Inspection, InspectionFinding } from '../../services/urban/inspection/inspection.entity';
import { UrbanComponent } from '../../services/urban/component/component.entity';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader } from '../helpers/auth';

const city = generateCity('demo', 20210104);
const sub = subgraphForThisFile(urbanService, { city });

const cg = city.grid.departments.find((d) => d.code === 'CG')!.id;
const worked =
  city.grid.cases.find((c) => c.departmentId === cg && c.state === 'RESOLVED') ??
  city.grid.cases.find((c) => c.departmentId === cg && c.state !== 'DISPATCHED')!;
const CASE_QUERY =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id urbanTicket onSiteRecords { action handlerName at } } } }';
const asStreet = (code: string) =>
  proofHeader({ sub: 'street', role: 'STREET_STAFF', regionPrefix: code.slice(0, 9) });

describe("urban management on the grid's cases and inspections", () => {
  test("a case dispatched to urban management carries the department's ticket number and its on-site records", async () => {
    const { body } = await postGraphQL(sub.url, CASE_QUERY, {
      r: [
        { __typename: 'Case', id: String(worked.id) },
        { __typename: 'Case', id: '999999' },
      ],
    });
    expect(body.errors).toBeUndefined();
    const ticket = city.urban.tickets.find((t) => t.caseId === worked.id)!;
    const records = city.urban.onSiteRecords.filter((r) => r.caseId === worked.id);
    expect(records.length).toBeGreaterThan(0);
    expect(body.data._entities[0]).toEqual({
      id: String(worked.id),
      urbanTicket: ticket.ticketNo,
      onSiteRecords: records.map((r) => ({
        action: r.action,
        handlerName: r.handlerName,
        at: r.at.toISOString(),
      })),
    });
    expect(body.data._entities[1]).toEqual({ id: '999999', urbanTicket: null, onSiteRecords: [] });
  });

  test("the ticket and the on-site records of a case outside the caller's street are FORBIDDEN", async () => {
    const other = city.grid.cases.find(
      (c) =>
        c.departmentId === cg &&
        c.state !== 'DISPATCHED' &&
        c.gridCode.slice(0, 9) !== worked.gridCode.slice(0, 9),
    )!;
    const { body } = await postGraphQL(
      sub.url,
      CASE_QUERY,
      { r: [{ __typename: 'Case', id: String(other.id) }] },
      await asStreet(worked.gridCode),
    );
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(
      expect.arrayContaining(['FORBIDDEN']),
    );
    expect(JSON.stringify(body.data)).not.toContain(
      city.urban.tickets.find((t) => t.caseId === other.id)!.ticketNo,
    );
  });

  test("recording an inspection stores its findings and makes each finding its component's current condition", async () => {
    const comps = city.urban.components.filter((c) => c.gridCode === worked.gridCode).slice(0, 2);
    const mutation = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id gridCode inspectedOn findings { condition component { id condition } } } }`;
    const input = {
      gridCode: worked.gridCode,
      inspectorName: '王巡查',
      inspectedOn: '2026-11-02',
      findings: comps.map((c) => ({
        componentId: String(c.id),
        condition: 'MISSING',
        note: '井盖被盗',
      })),
    };
    const { body } = await postGraphQL(
      sub.url,
      mutation,
      { i: input },
      await asStreet(worked.gridCode),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.recordInspection).toMatchObject({
      gridCode: worked.gridCode,
      inspectedOn: '2026-11-02',
    });
    expect(body.data.recordInspection.findings).toEqual(
      comps.map((c) => ({
        condition: 'MISSING',
        component: { id: String(c.id), condition: 'MISSING' },
      })),
    );
  });

  test('an inspection that names a component of another grid is refused with BAD_USER_INPUT and writes nothing', async () => {
    const foreign = city.urban.components.find(
      (c) => c.gridCode !== worked.gridCode && c.gridCode.startsWith(worked.gridCode.slice(0, 9)),
    )!;
    const before = [
      await sub.dataSource.getRepository(Inspection).count(),
      await sub.dataSource.getRepository(InspectionFinding).count(),
    ];
    const { body } = await postGraphQL(
      sub.url,
      'mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id } }',
      {
        i: {
          gridCode: worked.gridCode,
          inspectorName: '王巡查',
          findings: [{ componentId: String(foreign.id), condition: 'DAMAGED' }],
        },
      },
      await asStreet(worked.gridCode),
    );
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(
      `components ${foreign.id} are not in grid ${worked.gridCode}`,
    );
    expect([
      await sub.dataSource.getRepository(Inspection).count(),
      await sub.dataSource.getRepository(InspectionFinding).count(),
    ]).toEqual(before);
    expect(
      (await sub.dataSource.getRepository(UrbanComponent).findOneBy({ id: foreign.id }))!.condition,
    ).toBe(foreign.condition);
  });

  test('a finding is linked once to the case opened for it; linking it to another case is a CONFLICT', async () => {
    const finding = city.urban.findings.find(
      (f) => f.caseId === null && f.gridCode.startsWith(worked.gridCode.slice(0, 9)),
    )!;
    const link =
      'mutation($f: ID!, $c: ID!) { linkFindingToCase(findingId: $f, caseId: $c) { id case { id } } }';
    const headers = await asStreet(worked.gridCode);
    const first = await postGraphQL(sub.url, link, { f: String(finding.id), c: '4242' }, headers);
    expect(first.body.data.linkFindingToCase).toEqual({
      id: String(finding.id),
      case: { id: '4242' },
    });
    const again = await postGraphQL(sub.url, link, { f: String(finding.id), c: '4242' }, headers);
    expect(again.body.errors).toBeUndefined();
    const other = await postGraphQL(sub.url, link, { f: String(finding.id), c: '4243' }, headers);
    expect(other.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(
      (await sub.dataSource.getRepository(InspectionFinding).findOneBy({ id: finding.id }))!.caseId,
    ).toBe(4242);
  });
});
