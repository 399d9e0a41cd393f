import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Urban management joins the dashboard and the grid picture through the gateway, with no change to the other subgraphs. */
const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city));

const cg = city.grid.departments.find((d) => d.code === 'CG')!.id;
const worked = city.grid.cases.find((c) => c.departmentId === cg && c.state !== 'DISPATCHED')!;

describe('urban management through the gateway', () => {
  test("the dashboard query gives a street's urban indicators beside every other subgraph's", async () => {
    const street = worked.gridCode.slice(0, 9);
    const r = await stack.query(
      `query($c: String!, $asOf: LocalDate) { region(code: $c) { name gridIndicators { grids } partyIndicators { membersUnderGridManagement }
      propertyIndicators { serviceCoverage } volunteerIndicators { volunteers }
      urbanIndicators(asOf: $asOf) { components damagedOrMissing inspectionsLast30Days tickets componentsByKind { kind total } } } }`,
      { c: street, asOf: city.now.toISOString().slice(0, 10) },
      await bearer('ANALYST', ''),
    );
    expect(r.errors).toBeUndefined();
    const comps = city.urban.components.filter((c) => c.gridCode.startsWith(street));
    expect(r.data.region.urbanIndicators).toMatchObject({
      components: comps.length,
      damagedOrMissing: comps.filter((c) => c.condition !== 'GOOD').length,
      tickets: city.urban.tickets.filter((t) => t.gridCode.startsWith(street)).length,
    });
    // grids: the street's basic grids (基础网格).
    expect(r.data.region.gridIndicators.grids).toBe(
      city.geography.grids.filter((g) => g.code.startsWith(street) && g.level === 'BASIC').length,
    );
  });

  test("a dispatched case shows its ticket and on-site records to the 城管 department in clear; the grid's components are not its to read", async () => {
    const r = await stack.query(
      `query($g: String!, $id: ID!) { grid(code: $g) { code urbanComponents { kind condition } }
      case(id: $id) { id state urbanTicket onSiteRecords { action handlerName } } }`,
      { g: worked.gridCode, id: String(worked.id) },
      await bearer('DEPARTMENT', worked.gridCode.slice(0, 6), 'CG'),
    );
    expect(r.errors).toBeUndefined();
    // README role table: a department sees the cases dispatched to it and their grids, not the grids' components (issue 22, finding 4).
    expect(city.urban.components.some((c) => c.gridCode === worked.gridCode)).toBe(true);
    expect(r.data.grid).toEqual({ code: worked.gridCode, urbanComponents: [] });
    const records = city.urban.onSiteRecords.filter((x) => x.caseId === worked.id);
    expect(r.data.case).toMatchObject({
      id: String(worked.id),
      urbanTicket: city.urban.tickets.find((t) => t.caseId === worked.id)!.ticketNo,
    });
    expect(r.data.case.onSiteRecords).toEqual(
      records.map((x) => ({ action: x.action, handlerName: x.handlerName })),
    );
  });

  test("a city administrator sees the on-site officer's name masked", async () => {
    const r = await stack.query(
      'query($id: ID!) { case(id: $id) { onSiteRecords { handlerName } } }',
      { id: String(worked.id) },
    );
    expect(r.errors).toBeUndefined();
    const name = city.urban.onSiteRecords.find((x) => x.caseId === worked.id)!.handlerName;
    expect(r.data.case.onSiteRecords[0].handlerName).toBe(
      `${[...name][0]}${'*'.repeat([...name].length - 1)}`,
    );
  });
});
