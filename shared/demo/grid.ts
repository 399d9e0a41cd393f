import type { Geography, GridRow } from './geography';
import type { Rng } from './random';
import type { PropertyDemoRefs } from './contracts';
import { personName, phoneNumber } from './names';
import { CASE_ACTIONS, DEFAULT_DEADLINE_HOURS, dueAtFor, type CaseAction } from '../../services/grid/case/case-machine';
import type { CaseState } from '../../services/grid/case/case.entity';

/** Demo "now": fixed so that the same seed gives the same city whatever day it is generated. */
export const DEMO_NOW = new Date('2026-11-01T08:00:00Z');

export interface WorkerSeed {
  id: number; name: string; phone: string; role: string; gridCode: string; buildingLabel: string | null;
  startedOn: string; endedOn: string | null;
}
export interface DepartmentSeed { id: number; code: string; name: string; }
export interface DepartmentGridSeed { id: number; departmentId: number; code: string; name: string; basicGridCode: string | null; }
export interface CaseSeed {
  id: number; title: string; category: string; source: string; state: string; gridCode: string;
  reporterName: string | null; reporterPhone: string | null; address: string | null;
  compoundId: number | null; departmentId: number | null; version: number; reportedAt: Date; stateEnteredAt: Date;
  dueAt: Date | null; closedAt: Date | null; closedAfterSeconds: number | null; satisfaction: number | null;
}
export interface CaseEventSeed { caseId: number; action: string; fromState: string | null; toState: string; actor: string; note: string | null; at: Date; }
export interface GridDemo {
  workers: WorkerSeed[]; departments: DepartmentSeed[]; departmentGrids: DepartmentGridSeed[]; cases: CaseSeed[]; caseEvents: CaseEventSeed[];
}

/** The department systems of the seeds, with the categories they are dispatched (吹哨). */
export const DEPARTMENTS: { code: string; name: string; categories: string[]; gridsPerBasic: number }[] = [
  { code: 'CG', name: '城市管理局', categories: ['SANITATION', 'FACILITY'], gridsPerBasic: 1 },
  { code: 'WJ', name: '卫生健康委员会', categories: ['LIVELIHOOD'], gridsPerBasic: 0.5 },
  { code: 'SJ', name: '市场监督管理局', categories: ['SAFETY_HAZARD'], gridsPerBasic: 0.3 },
  { code: 'YJ', name: '应急管理局', categories: ['SAFETY_HAZARD'], gridsPerBasic: 0.4 },
  { code: 'ZF', name: '政法委综治中心', categories: ['DISPUTE'], gridsPerBasic: 1 },
  { code: 'GA', name: '公安局', categories: ['DISPUTE', 'SAFETY_HAZARD'], gridsPerBasic: 0.5 },
  { code: 'ZJ', name: '住房和城乡建设局', categories: ['PROPERTY', 'FACILITY'], gridsPerBasic: 0.3 },
];

const CATEGORY_WEIGHTS = [
  ['SANITATION', 25], ['DISPUTE', 20], ['PROPERTY', 20], ['FACILITY', 12], ['SAFETY_HAZARD', 10], ['LIVELIHOOD', 10], ['OTHER', 3],
] as const;
const SOURCE_WEIGHTS = [['PATROL', 45], ['RESIDENT', 25], ['HOTLINE', 25], ['DEPARTMENT', 5]] as const;
const TITLES: Record<string, string[]> = {
  SANITATION: ['楼道堆放杂物', '垃圾清运不及时', '小区绿化带脏乱', '化粪池外溢', '路边乱倒建筑垃圾'],
  DISPUTE: ['邻里噪音纠纷', '楼上漏水邻里矛盾', '停车位占用纠纷', '宠物扰民纠纷', '家庭赡养纠纷'],
  PROPERTY: ['物业费收支不透明', '电梯长期停运', '小区门禁损坏', '物业服务态度差', '公共维修基金使用争议'],
  FACILITY: ['路灯不亮', '井盖缺失', '供暖管道漏水', '健身器材损坏', '人行道破损'],
  SAFETY_HAZARD: ['电动车楼道充电', '燃气管道老化', '消防通道堵塞', '危房外墙脱落', '违规经营液化气'],
  LIVELIHOOD: ['独居老人需要探访', '低保申请咨询', '疫苗接种咨询', '残疾人证办理', '就业困难帮扶'],
  OTHER: ['流浪犬只', '小广告乱贴', '其他诉求'],
};
const DAY = 86400000;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function workersFor(grid: GridRow, rng: Rng, nextId: () => number): WorkerSeed[] {
  const out: WorkerSeed[] = [];
  const started = () => isoDate(new Date(DEMO_NOW.getTime() - rng.int(30, 2500) * DAY));
  const add = (role: string, buildingLabel: string | null) =>
    out.push({ id: nextId(), name: personName(rng), phone: phoneNumber(rng), role, gridCode: grid.code, buildingLabel, startedOn: started(), endedOn: null });
  if (grid.level !== 'MICRO') add('GRID_HEAD', null);
  if (grid.level === 'BASIC' || grid.level === 'DEDICATED') add('FULL_TIME', null);
  if (grid.level === 'MICRO') {
    add('MICRO_GRID', null);
    // Building and unit heads (三长) are appointed per building and unit of the micro grid.
    for (let b = 1; b <= grid.buildings; b++) {
      add('BUILDING_HEAD', `${b}号楼`);
      const units = rng.int(2, 6);
      for (let u = 1; u <= units; u++) add('UNIT_HEAD', `${b}号楼${u}单元`);
    }
  }
  // A few past appointments keep the history visible.
  if (rng.chance(0.08)) {
    const ended = new Date(DEMO_NOW.getTime() - rng.int(40, 400) * DAY);
    out.push({ id: nextId(), name: personName(rng), phone: phoneNumber(rng), role: grid.level === 'MICRO' ? 'MICRO_GRID' : 'GRID_HEAD',
      gridCode: grid.code, buildingLabel: null, startedOn: isoDate(new Date(ended.getTime() - rng.int(200, 1500) * DAY)), endedOn: isoDate(ended) });
  }
  return out;
}

function caseState(ageDays: number, dispatched: boolean, rng: Rng): string {
  // Old cases are almost all closed off; the last fortnight is where the open work is.
  const closedP = ageDays > 30 ? 0.97 : ageDays > 14 ? 0.8 : ageDays > 3 ? 0.45 : 0.1;
  if (rng.chance(closedP)) return rng.chance(0.7) ? 'RATED' : 'CLOSED';
  if (dispatched) return rng.weighted([['ESCALATED', 1], ['DISPATCHED', 3], ['IN_PROGRESS', 3], ['RESOLVED', 2]]);
  return rng.weighted([['REPORTED', 2], ['ACCEPTED', 2], ['IN_PROGRESS', 4], ['RESOLVED', 2]]);
}

/** The actions that lead a case to its state, by the grid's own loop or through the command centre. */
function pathTo(state: string, dispatched: boolean): CaseAction[] {
  const local: CaseAction[] = ['accept', 'start', 'resolve', 'close', 'rate'];
  const viaCentre: CaseAction[] = ['accept', 'escalate', 'dispatch', 'checkIn', 'resolve', 'close', 'rate'];
  const path = dispatched ? viaCentre : local;
  if (state === 'REPORTED') return [];
  const end = path.findIndex((a) => CASE_ACTIONS[a].to === state);
  return path.slice(0, end + 1);
}

export function generateGridDomain(geo: Geography, property: PropertyDemoRefs, rng: Rng): GridDemo {
  let workerId = 0;
  const workers = geo.grids.flatMap((g) => workersFor(g, rng, () => ++workerId));
  const departments = DEPARTMENTS.map((d, i) => ({ id: i + 1, code: d.code, name: d.name }));
  const basics = geo.grids.filter((g) => g.level === 'BASIC');
  const departmentGrids: DepartmentGridSeed[] = [];
  DEPARTMENTS.forEach((d, di) => {
    const n = Math.max(1, Math.round(basics.length * d.gridsPerBasic));
    for (let i = 0; i < n; i++) {
      const basic = basics[Math.floor((i * basics.length) / n)];
      const code = `${basic.regionCode.slice(0, 6)}${String(di + 1).padStart(2, '0')}${String(i + 1).padStart(12, '0')}`;
      // About 3% are not yet folded into a basic grid: work for the bulk mapping.
      departmentGrids.push({ id: departmentGrids.length + 1, departmentId: di + 1, code, name: `${d.name}第${i + 1}责任网格`,
        basicGridCode: rng.chance(0.03) ? null : basic.code });
    }
  });
  const compoundsByGrid = new Map<string, number[]>();
  for (const c of property.compounds) compoundsByGrid.set(c.gridCode, [...(compoundsByGrid.get(c.gridCode) ?? []), c.id]);
  const perBasicPerYear = geo.size === 'demo' ? 6 : 23;
  const cases: CaseSeed[] = [];
  const caseEvents: CaseEventSeed[] = [];
  for (const grid of geo.grids) {
    if (grid.level !== 'BASIC' && grid.level !== 'DEDICATED') continue;
    const n = Math.max(0, Math.round(rng.normal(perBasicPerYear, perBasicPerYear / 4)));
    for (let i = 0; i < n; i++) {
      const category = rng.weighted(CATEGORY_WEIGHTS);
      const ageDays = Math.floor(rng.next() ** 1.6 * 365);
      const reportedAt = new Date(DEMO_NOW.getTime() - ageDays * DAY - rng.int(0, DAY - 1));
      const candidates = DEPARTMENTS.map((d, di) => [di + 1, d.categories.includes(category) ? 1 : 0] as const);
      const dispatched = category !== 'OTHER' && rng.chance(0.18) && candidates.some(([, w]) => w > 0);
      const state = caseState(ageDays, dispatched, rng);
      const closed = state === 'CLOSED' || state === 'RATED';
      const compounds = compoundsByGrid.get(grid.code);
      const closedAt = closed ? new Date(Math.min(DEMO_NOW.getTime() - 60000, reportedAt.getTime() + Math.round(Math.exp(rng.normal(Math.log(3), 0.8)) * DAY))) : null;
      const id = cases.length + 1;
      const actions = pathTo(state, dispatched);
      // Steps are spread between collection and closing off (or now, for open cases).
      const end = (closedAt ?? DEMO_NOW).getTime();
      let t = reportedAt.getTime();
      let from = 'REPORTED';
      const events: CaseEventSeed[] = [{ caseId: id, action: 'report', fromState: null, toState: 'REPORTED', actor: 'demo', note: null, at: reportedAt }];
      for (const action of actions) {
        t = action === 'close' && closedAt ? closedAt.getTime() : t + (end - t) * rng.next() * 0.6;
        const to = CASE_ACTIONS[action].to;
        events.push({ caseId: id, action, fromState: from, toState: to, actor: 'demo', note: null, at: new Date(t) });
        from = to;
      }
      caseEvents.push(...events);
      const stateEnteredAt = events[events.length - 1].at;
      const resident = rng.chance(0.5);
      cases.push({
        id,
        title: rng.pick(TITLES[category]),
        category,
        source: rng.weighted(SOURCE_WEIGHTS),
        state,
        gridCode: grid.code,
        reporterName: resident ? personName(rng) : null,
        reporterPhone: resident ? phoneNumber(rng) : null,
        address: resident ? `${grid.name.replace(/网格.*$/, '')}${rng.int(1, Math.max(1, grid.buildings))}号楼${rng.int(1, 6)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室` : null,
        compoundId: compounds && (category === 'PROPERTY' || rng.chance(0.3)) ? rng.pick(compounds) : null,
        departmentId: dispatched && state !== 'ESCALATED' ? rng.weighted(candidates) : null,
        version: events.length,
        reportedAt,
        stateEnteredAt,
        dueAt: dueAtFor(state as CaseState, stateEnteredAt, DEFAULT_DEADLINE_HOURS),
        closedAt,
        closedAfterSeconds: closedAt ? Math.round((closedAt.getTime() - reportedAt.getTime()) / 1000) : null,
        satisfaction: state === 'RATED' ? rng.weighted([[5, 55], [4, 28], [3, 10], [2, 4], [1, 3]]) : null,
      });
    }
  }
  return { workers, departments, departmentGrids, cases, caseEvents };
}
