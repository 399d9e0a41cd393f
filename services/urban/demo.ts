import type { DemoCityBase } from '../../shared/demo/base';
import type { Rng } from '../../shared/demo/random';
import { DAY_MS, daysBefore, isoDay } from '../../shared/demo/clock';
import type { PersonRegistry } from '../../shared/demo/people';
import type { SeedRow } from '../../shared/seed-writer';
import type { GridDemo } from '../grid/demo';
import type { UrbanComponent } from './component/component.entity';
import type { Inspection, InspectionFinding } from './inspection/inspection.entity';
import type { OnSiteRecord, UrbanTicket } from './case-record/case-record.entity';

/**
 * The urban-management (城管) part of the demo city: a street-furniture inventory per basic grid,
 * recent inspections with findings, and the department's ticket and on-site records for every case
 * dispatched to 城管 (CG), each in the case's own time order: dispatch → ticket, check-in → arrival,
 * on-site work before the case is resolved. Pure: same city, cases and stream, same rows.
 */
export type UrbanComponentSeed = SeedRow<
  UrbanComponent,
  'id' | 'gridCode' | 'kind' | 'condition' | 'locationLabel' | 'installedOn'
>;
export type InspectionSeed = SeedRow<
  Inspection,
  'id' | 'gridCode' | 'inspectorName' | 'inspectedOn' | 'note'
>;
export type FindingSeed = SeedRow<
  InspectionFinding,
  'id' | 'inspectionId' | 'componentId' | 'gridCode' | 'condition' | 'note' | 'caseId'
>;
export type UrbanTicketSeed = SeedRow<
  UrbanTicket,
  'id' | 'caseId' | 'gridCode' | 'ticketNo' | 'openedAt'
>;
export type OnSiteRecordSeed = SeedRow<
  OnSiteRecord,
  'id' | 'caseId' | 'gridCode' | 'action' | 'handlerName' | 'note' | 'at'
>;
export interface UrbanDemo {
  components: UrbanComponentSeed[];
  inspections: InspectionSeed[];
  findings: FindingSeed[];
  tickets: UrbanTicketSeed[];
  onSiteRecords: OnSiteRecordSeed[];
}

// Street lights and manhole covers dominate a city's component census (CJ/T 214 部件普查).
const KINDS = [
  ['STREETLIGHT', 30],
  ['MANHOLE_COVER', 25],
  ['BIN', 20],
  ['BENCH', 8],
  ['HYDRANT', 7],
  ['SIGN', 7],
  ['OTHER', 3],
] as const;
const CONDITIONS = [
  ['GOOD', 85],
  ['DAMAGED', 11],
  ['MISSING', 4],
] as const;
const SPOTS = [
  '小区南门',
  '小区北门',
  '1号楼东侧',
  '3号楼西侧',
  '主路路口',
  '广场西北角',
  '停车场入口',
  '幼儿园门前',
  '菜市场旁',
  '公交站台',
];
const NOTES: Record<string, string> = { DAMAGED: '破损，需维修', MISSING: '缺失，需补装' };
const REPAIR = { MANHOLE_COVER: 'REPLACED', STREETLIGHT: 'REPAIRED', BIN: 'CLEANED' } as const;
/** The case category a finding on a component of this kind belongs to: bins are sanitation, the rest facilities. */
export const CATEGORY_OF_KIND = (kind: string): string =>
  kind === 'BIN' ? 'SANITATION' : 'FACILITY';
// Whole seconds: a MySQL DATETIME keeps no fraction, and the rows must read back as generated.
const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
/** A moment strictly between two instants (whole seconds), or `from` + 1 s when they are too close. */
const between = (rng: Rng, from: number, to: number) =>
  second(to - from > 2000 ? from + 1000 + rng.next() * (to - from - 2000) : from + 1000);

export function generateUrban(
  city: DemoCityBase,
  people: PersonRegistry,
  grid: GridDemo,
  rng: Rng,
): UrbanDemo {
  const now = city.now;
  const components: UrbanComponentSeed[] = [];
  const inspections: InspectionSeed[] = [];
  const findings: FindingSeed[] = [];
  const cg = grid.departments.find((d) => d.code === 'CG')?.id;
  const cgCases = grid.cases.filter((c) => c.departmentId === cg);
  for (const g of city.geography.grids) {
    if (g.level !== 'BASIC') continue;
    const mine: UrbanComponentSeed[] = [];
    for (let i = rng.int(3, 6); i > 0; i--) {
      mine.push({
        id: components.length + 1,
        gridCode: g.code,
        kind: rng.weighted(KINDS),
        condition: rng.weighted(CONDITIONS),
        locationLabel: `${g.name}${rng.pick(SPOTS)}`,
        installedOn: isoDay(daysBefore(now, rng.int(200, 4000))),
      });
      components.push(mine[mine.length - 1]);
    }
    const casesHere = cgCases.filter((c) => c.gridCode === g.code);
    // Zero to three patrols in the last 60 days, each looking at a few of the grid's components.
    for (let k = rng.int(0, 3); k > 0; k--) {
      const inspectedOn = isoDay(daysBefore(now, rng.int(0, 59)));
      const inspection = {
        id: inspections.length + 1,
        gridCode: g.code,
        inspectorName: people.create().name,
        inspectedOn,
        note: null,
      };
      inspections.push(inspection);
      for (const c of rng.shuffle([...mine]).slice(0, rng.int(1, 3))) {
        // A finding leads to a case of its own category, reported on or after the patrol.
        const match =
          c.condition !== 'GOOD' && rng.chance(0.5)
            ? casesHere.find(
                (x) =>
                  x.category === CATEGORY_OF_KIND(c.kind) && isoDay(x.reportedAt) >= inspectedOn,
              )
            : undefined;
        findings.push({
          id: findings.length + 1,
          inspectionId: inspection.id,
          componentId: c.id,
          gridCode: g.code,
          condition: c.condition,
          note: NOTES[c.condition] ?? null,
          caseId: match?.id ?? null,
        });
      }
    }
  }
  const eventsOf = new Map<number, GridDemo['caseEvents']>();
  for (const e of grid.caseEvents)
    (eventsOf.get(e.caseId) ?? eventsOf.set(e.caseId, []).get(e.caseId)!).push(e);
  const tickets: UrbanTicketSeed[] = [];
  const onSiteRecords: OnSiteRecordSeed[] = [];
  for (const c of cgCases) {
    const events = eventsOf.get(c.id) ?? [];
    const at = (action: string) => events.find((e) => e.action === action)?.at.getTime();
    const dispatched = at('dispatch');
    if (dispatched == null) continue;
    const checkedIn = at('checkIn');
    const resolved = at('resolve');
    // The ticket opens when the whistle blows, before the department reports in (报到).
    const openedAt = between(
      rng,
      dispatched,
      checkedIn ?? Math.min(dispatched + DAY_MS, now.getTime()),
    );
    tickets.push({
      id: tickets.length + 1,
      caseId: c.id,
      gridCode: c.gridCode,
      ticketNo: `CG${openedAt.getUTCFullYear()}${String(c.id).padStart(6, '0')}`,
      openedAt,
    });
    if (checkedIn == null) continue;
    const handler = people.create().name;
    const until = resolved ?? now.getTime();
    const arrived = between(rng, Math.max(checkedIn, openedAt.getTime()), until);
    onSiteRecords.push({
      id: onSiteRecords.length + 1,
      caseId: c.id,
      gridCode: c.gridCode,
      action: 'ARRIVED',
      handlerName: handler,
      note: '到场核实',
      at: arrived,
    });
    if (resolved != null) {
      const action = REPAIR[rng.pick(Object.keys(REPAIR) as (keyof typeof REPAIR)[])];
      onSiteRecords.push({
        id: onSiteRecords.length + 1,
        caseId: c.id,
        gridCode: c.gridCode,
        action,
        handlerName: handler,
        note: '现场处置完毕',
        at: between(rng, arrived.getTime(), resolved),
      });
    }
  }
  return { components, inspections, findings, tickets, onSiteRecords };
}
