import type { Geography } from './geography';
import type { Rng } from './random';
import type { GridDemo } from './grid';
import { DEMO_NOW } from './grid';
import { personName } from './names';

/**
 * The urban-management (城管) part of the demo city: a street-furniture inventory per basic grid,
 * recent inspections with findings, and the department's ticket and on-site records for every case
 * dispatched to 城管 (CG). Pure: same geography, cases and stream, same rows.
 */
export interface UrbanComponentSeed { id: number; gridCode: string; kind: string; condition: string; locationLabel: string; installedOn: string }
export interface InspectionSeed { id: number; gridCode: string; inspectorName: string; inspectedOn: string; note: string | null }
export interface FindingSeed { id: number; inspectionId: number; componentId: number; gridCode: string; condition: string; note: string | null; caseId: number | null }
export interface UrbanTicketSeed { id: number; caseId: number; gridCode: string; ticketNo: string; openedAt: Date }
export interface OnSiteRecordSeed { id: number; caseId: number; gridCode: string; action: string; handlerName: string; note: string; at: Date }
export interface UrbanDemo {
  components: UrbanComponentSeed[]; inspections: InspectionSeed[]; findings: FindingSeed[]; tickets: UrbanTicketSeed[]; onSiteRecords: OnSiteRecordSeed[];
}

// Street lights and manhole covers dominate a city's component census (CJ/T 214 部件普查).
const KINDS = [['STREETLIGHT', 30], ['MANHOLE_COVER', 25], ['BIN', 20], ['BENCH', 8], ['HYDRANT', 7], ['SIGN', 7], ['OTHER', 3]] as const;
const CONDITIONS = [['GOOD', 85], ['DAMAGED', 11], ['MISSING', 4]] as const;
const SPOTS = ['小区南门', '小区北门', '1号楼东侧', '3号楼西侧', '主路路口', '广场西北角', '停车场入口', '幼儿园门前', '菜市场旁', '公交站台'];
const NOTES: Record<string, string> = { DAMAGED: '破损，需维修', MISSING: '缺失，需补装' };
const REPAIR = { MANHOLE_COVER: 'REPLACED', STREETLIGHT: 'REPAIRED', BIN: 'CLEANED' } as Record<string, string>;
const DAY = 86400000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
// Whole seconds: a MySQL DATETIME keeps no fraction, and the rows must read back as generated.
const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

export function generateUrban(geo: Geography, grid: GridDemo, rng: Rng): UrbanDemo {
  const components: UrbanComponentSeed[] = [];
  const inspections: InspectionSeed[] = [];
  const findings: FindingSeed[] = [];
  const cg = grid.departments.find((d) => d.code === 'CG')?.id;
  const cgCases = grid.cases.filter((c) => c.departmentId === cg);
  const cgCaseByGrid = new Map(cgCases.map((c) => [c.gridCode, c.id]));
  for (const g of geo.grids) {
    if (g.level !== 'BASIC') continue;
    const mine: UrbanComponentSeed[] = [];
    for (let i = rng.int(3, 6); i > 0; i--) {
      const id = components.length + 1;
      mine.push({ id, gridCode: g.code, kind: rng.weighted(KINDS), condition: rng.weighted(CONDITIONS), locationLabel: `${g.name}${rng.pick(SPOTS)}`,
        installedOn: iso(new Date(DEMO_NOW.getTime() - rng.int(200, 4000) * DAY)) });
      components.push(mine[mine.length - 1]);
    }
    // Zero to three patrols in the last 60 days, each looking at a few of the grid's components.
    for (let k = rng.int(0, 3); k > 0; k--) {
      const inspection = { id: inspections.length + 1, gridCode: g.code, inspectorName: personName(rng),
        inspectedOn: iso(new Date(DEMO_NOW.getTime() - rng.int(0, 59) * DAY)), note: null };
      inspections.push(inspection);
      for (const c of rng.shuffle([...mine]).slice(0, rng.int(1, 3))) {
        const bad = c.condition !== 'GOOD';
        findings.push({ id: findings.length + 1, inspectionId: inspection.id, componentId: c.id, gridCode: g.code, condition: c.condition,
          note: NOTES[c.condition] ?? null, caseId: bad && rng.chance(0.5) ? cgCaseByGrid.get(g.code) ?? null : null });
      }
    }
  }
  const tickets: UrbanTicketSeed[] = [];
  const onSiteRecords: OnSiteRecordSeed[] = [];
  for (const c of cgCases) {
    const openedAt = second(c.reportedAt.getTime() + rng.int(1, 12) * 3600000);
    tickets.push({ id: tickets.length + 1, caseId: c.id, gridCode: c.gridCode, ticketNo: `CG${openedAt.getUTCFullYear()}${String(c.id).padStart(6, '0')}`, openedAt });
    if (c.state === 'DISPATCHED') continue;
    // Once the department has reported in (报到): it arrives on site, then works the case.
    const handler = personName(rng);
    const arrived = second(openedAt.getTime() + rng.int(1, 20) * 3600000);
    onSiteRecords.push({ id: onSiteRecords.length + 1, caseId: c.id, gridCode: c.gridCode, action: 'ARRIVED', handlerName: handler, note: '到场核实', at: arrived });
    if (c.state !== 'IN_PROGRESS') {
      const action = REPAIR[rng.pick(Object.keys(REPAIR))] ?? 'REPAIRED';
      onSiteRecords.push({ id: onSiteRecords.length + 1, caseId: c.id, gridCode: c.gridCode, action, handlerName: handler, note: '现场处置完毕',
        at: second(arrived.getTime() + rng.int(2, 48) * 3600000) });
    }
  }
  return { components, inspections, findings, tickets, onSiteRecords };
}
