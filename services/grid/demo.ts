/**
 * The grid domain's part of the demo city: grid workers and the three heads on every grid, the
 * departments and their grids, and a year of cases. A grid branch's secretary is often the grid
 * head (Binzhou): then the GRID_HEAD row is that same person, with the same name and phone.
 */
import type { DemoCityBase } from '../../shared/demo/base';
import type { GridRow } from '../../shared/demo/geography';
import type { Rng } from '../../shared/demo/random';
import { daysBefore, isoDay } from '../../shared/demo/clock';
import type { Person, PersonRegistry } from '../../shared/demo/people';
import type { PropertyDemoRefs } from '../../shared/demo/contracts';
import type { SeedRow } from '../../shared/seed-writer';
import type { GridWorker } from './worker/grid-worker.entity';
import type { Department, DepartmentGrid } from './department/department.entity';
import { DEPARTMENTS, casesFor, type CaseEventSeed, type CaseSeed } from './demo-cases';

export { DEPARTMENTS, type CaseSeed, type CaseEventSeed } from './demo-cases';
export type WorkerSeed = SeedRow<
  GridWorker,
  'id' | 'name' | 'phone' | 'role' | 'gridCode' | 'buildingLabel' | 'startedOn' | 'endedOn'
>;
export type DepartmentSeed = SeedRow<Department, 'id' | 'code' | 'name'>;
export type DepartmentGridSeed = SeedRow<
  DepartmentGrid,
  'id' | 'departmentId' | 'code' | 'name' | 'basicGridCode'
>;
export interface GridDemo {
  workers: WorkerSeed[];
  departments: DepartmentSeed[];
  departmentGrids: DepartmentGridSeed[];
  cases: CaseSeed[];
  caseEvents: CaseEventSeed[];
}
/** What the party domain tells the grid domain: who heads a grid when its branch secretary does. */
export interface GridHeadRefs {
  gridHeads: Map<string, Person>;
}

function workersFor(
  grid: GridRow,
  now: Date,
  head: Person | undefined,
  housesBuildings: boolean,
  people: PersonRegistry,
  rng: Rng,
  out: WorkerSeed[],
): void {
  const started = () => isoDay(daysBefore(now, rng.int(30, 2500)));
  const add = (
    role: WorkerSeed['role'],
    buildingLabel: string | null,
    p: Person = people.create(),
  ) =>
    out.push({
      id: out.length + 1,
      name: p.name,
      phone: p.phone,
      role,
      gridCode: grid.code,
      buildingLabel,
      startedOn: started(),
      endedOn: null,
    });
  if (grid.level !== 'MICRO') add('GRID_HEAD', null, head);
  if (grid.level === 'BASIC' || grid.level === 'DEDICATED') add('FULL_TIME', null);
  if (grid.level === 'MICRO') add('MICRO_GRID', null);
  // A 楼栋长 per building and a 单元长 per unit (三长), on the grid the building lies in: its micro grid, or a basic grid without any.
  if (housesBuildings) {
    for (let b = 1; b <= grid.buildings; b++) {
      add('BUILDING_HEAD', `${b}号楼`);
      for (let u = 1, units = rng.int(2, 4); u <= units; u++) add('UNIT_HEAD', `${b}号楼${u}单元`);
    }
  }
  // A few past appointments keep the history visible.
  if (rng.chance(0.08)) {
    const ended = daysBefore(now, rng.int(40, 400));
    const p = people.create();
    out.push({
      id: out.length + 1,
      name: p.name,
      phone: p.phone,
      role: grid.level === 'MICRO' ? 'MICRO_GRID' : 'GRID_HEAD',
      gridCode: grid.code,
      buildingLabel: null,
      startedOn: isoDay(daysBefore(ended, rng.int(200, 1500))),
      endedOn: isoDay(ended),
    });
  }
}

export function generateGridDomain(
  city: DemoCityBase,
  people: PersonRegistry,
  party: GridHeadRefs,
  property: PropertyDemoRefs,
  rng: Rng,
): GridDemo {
  const geo = city.geography;
  const workers: WorkerSeed[] = [];
  const split = new Set(geo.grids.filter((g) => g.level === 'MICRO').map((g) => g.parentCode));
  const housesBuildings = (g: GridRow) =>
    g.level === 'MICRO' || (g.level === 'BASIC' && !split.has(g.code));
  for (const g of geo.grids)
    workersFor(g, city.now, party.gridHeads.get(g.code), housesBuildings(g), people, rng, workers);
  const departments = DEPARTMENTS.map((d, i) => ({ id: i + 1, code: d.code, name: d.name }));
  const basics = geo.grids.filter((g) => g.level === 'BASIC');
  const departmentGrids: DepartmentGridSeed[] = [];
  DEPARTMENTS.forEach((d, di) => {
    const n = Math.max(1, Math.round(basics.length * d.gridsPerBasic));
    for (let i = 0; i < n; i++) {
      const basic = basics[Math.floor((i * basics.length) / n)];
      const code = `${basic.regionCode.slice(0, 6)}${String(di + 1).padStart(2, '0')}${String(i + 1).padStart(12, '0')}`;
      // About 3% are not yet folded into a basic grid: work for the bulk mapping.
      departmentGrids.push({
        id: departmentGrids.length + 1,
        departmentId: di + 1,
        code,
        name: `${d.name}第${i + 1}责任网格`,
        basicGridCode: rng.chance(0.03) ? null : basic.code,
      });
    }
  });
  const compoundsByGrid = new Map<string, number[]>();
  for (const c of property.compounds)
    compoundsByGrid.set(c.gridCode, [...(compoundsByGrid.get(c.gridCode) ?? []), c.id]);
  const perBasicPerYear = geo.size === 'demo' ? 6 : 23;
  const cases: CaseSeed[] = [];
  const caseEvents: CaseEventSeed[] = [];
  for (const grid of geo.grids) {
    if (grid.level === 'BASIC' || grid.level === 'DEDICATED')
      casesFor(
        grid,
        perBasicPerYear,
        city.now,
        compoundsByGrid.get(grid.code),
        rng,
        cases,
        caseEvents,
      );
  }
  return { workers, departments, departmentGrids, cases, caseEvents };
}
