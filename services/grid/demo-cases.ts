/** The grid domain's demo cases: each case's loop in time order, ending at or before the city's now. */
import type { GridRow } from '../../shared/demo/geography';
import type { Rng } from '../../shared/demo/random';
import { DAY_MS } from '../../shared/demo/clock';
import { personName, phoneNumber } from '../../shared/demo/names';
import type { SeedRow } from '../../shared/seed-writer';
import {
  CASE_ACTIONS,
  DEFAULT_DEADLINE_HOURS,
  dueAtFor,
  type CaseAction,
} from './case/case-machine';
import { CaseState, type Case } from './case/case.entity';
import type { CaseEvent } from './case/case-event.entity';

export type CaseSeed = SeedRow<
  Case,
  | 'id'
  | 'title'
  | 'category'
  | 'source'
  | 'state'
  | 'gridCode'
  | 'reporterName'
  | 'reporterPhone'
  | 'address'
  | 'compoundId'
  | 'departmentId'
  | 'version'
  | 'reportedAt'
  | 'stateEnteredAt'
  | 'dueAt'
  | 'closedAt'
  | 'closedAfterSeconds'
  | 'satisfaction'
>;
export type CaseEventSeed = SeedRow<
  CaseEvent,
  'caseId' | 'action' | 'fromState' | 'toState' | 'actor' | 'note' | 'at'
>;
type State = `${CaseState}`;

/** The department systems of the seeds, with the categories they are dispatched (吹哨). */
export const DEPARTMENTS: {
  code: string;
  name: string;
  categories: string[];
  gridsPerBasic: number;
}[] = [
  { code: 'CG', name: '城市管理局', categories: ['SANITATION', 'FACILITY'], gridsPerBasic: 1 },
  { code: 'WJ', name: '卫生健康委员会', categories: ['LIVELIHOOD'], gridsPerBasic: 0.5 },
  { code: 'SJ', name: '市场监督管理局', categories: ['SAFETY_HAZARD'], gridsPerBasic: 0.3 },
  { code: 'YJ', name: '应急管理局', categories: ['SAFETY_HAZARD'], gridsPerBasic: 0.4 },
  { code: 'ZF', name: '政法委综治中心', categories: ['DISPUTE'], gridsPerBasic: 1 },
  { code: 'GA', name: '公安局', categories: ['DISPUTE', 'SAFETY_HAZARD'], gridsPerBasic: 0.5 },
  {
    code: 'ZJ',
    name: '住房和城乡建设局',
    categories: ['PROPERTY', 'FACILITY'],
    gridsPerBasic: 0.3,
  },
];

const CATEGORY_WEIGHTS = [
  ['SANITATION', 25],
  ['DISPUTE', 20],
  ['PROPERTY', 20],
  ['FACILITY', 12],
  ['SAFETY_HAZARD', 10],
  ['LIVELIHOOD', 10],
  ['OTHER', 3],
] as const;
const SOURCE_WEIGHTS = [
  ['PATROL', 45],
  ['RESIDENT', 25],
  ['HOTLINE', 25],
  ['DEPARTMENT', 5],
] as const;
const TITLES: Record<string, string[]> = {
  SANITATION: [
    '楼道堆放杂物',
    '垃圾清运不及时',
    '小区绿化带脏乱',
    '化粪池外溢',
    '路边乱倒建筑垃圾',
  ],
  DISPUTE: ['邻里噪音纠纷', '楼上漏水邻里矛盾', '停车位占用纠纷', '宠物扰民纠纷', '家庭赡养纠纷'],
  PROPERTY: [
    '物业费收支不透明',
    '电梯长期停运',
    '小区门禁损坏',
    '物业服务态度差',
    '公共维修基金使用争议',
  ],
  FACILITY: ['路灯不亮', '井盖缺失', '供暖管道漏水', '健身器材损坏', '人行道破损'],
  SAFETY_HAZARD: [
    '电动车楼道充电',
    '燃气管道老化',
    '消防通道堵塞',
    '危房外墙脱落',
    '违规经营液化气',
  ],
  LIVELIHOOD: ['独居老人需要探访', '低保申请咨询', '疫苗接种咨询', '残疾人证办理', '就业困难帮扶'],
  OTHER: ['流浪犬只', '小广告乱贴', '其他诉求'],
};

function caseState(ageDays: number, dispatched: boolean, rng: Rng): State {
  // Old cases are almost all closed off; the last fortnight is where the open work is.
  const closedP = ageDays > 30 ? 0.97 : ageDays > 14 ? 0.8 : ageDays > 3 ? 0.45 : 0.1;
  if (rng.chance(closedP)) return rng.chance(0.7) ? 'RATED' : 'CLOSED';
  if (dispatched)
    return rng.weighted([
      ['ESCALATED', 1],
      ['DISPATCHED', 3],
      ['IN_PROGRESS', 3],
      ['RESOLVED', 2],
    ] as const);
  return rng.weighted([
    ['REPORTED', 2],
    ['ACCEPTED', 2],
    ['IN_PROGRESS', 4],
    ['RESOLVED', 2],
  ] as const);
}

/** The actions that lead a case to its state, by the grid's own loop or through the command centre. */
function pathTo(state: State, dispatched: boolean): CaseAction[] {
  const local: CaseAction[] = ['accept', 'start', 'resolve', 'close', 'rate'];
  const viaCentre: CaseAction[] = [
    'accept',
    'escalate',
    'dispatch',
    'checkIn',
    'resolve',
    'close',
    'rate',
  ];
  if (state === 'REPORTED') return [];
  const path = dispatched ? viaCentre : local;
  return path.slice(0, path.findIndex((a) => CASE_ACTIONS[a].to === state) + 1);
}

/** Whole seconds (MySQL DATETIME keeps no fraction), strictly after `after`. */
const at = (ms: number, after: number) =>
  new Date(Math.max(Math.floor(ms / 1000) * 1000, Math.floor(after / 1000) * 1000 + 1000));

/** The cases of one grid over the year before `now`, with their events. */
export function casesFor(
  grid: GridRow,
  perYear: number,
  now: Date,
  compounds: number[] | undefined,
  rng: Rng,
  cases: CaseSeed[],
  events: CaseEventSeed[],
): void {
  const n = Math.max(0, Math.round(rng.normal(perYear, perYear / 4)));
  for (let i = 0; i < n; i++) {
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const ageDays = Math.floor(rng.next() ** 1.6 * 365);
    const reportedAt = at(now.getTime() - ageDays * DAY_MS - rng.int(3600000, DAY_MS - 1), 0);
    const candidates = DEPARTMENTS.map(
      (d, di) => [di + 1, d.categories.includes(category) ? 1 : 0] as const,
    );
    const dispatched = category !== 'OTHER' && rng.chance(0.18);
    const state = caseState(ageDays, dispatched, rng);
    const closed = state === 'CLOSED' || state === 'RATED';
    const span =
      (reportedAt.getTime() < now.getTime() - 60000
        ? now.getTime() - 60000
        : reportedAt.getTime() + 2000) - reportedAt.getTime();
    // A closed case took a few days; an open one reached its stage within its deadline, more often than not.
    const actions = pathTo(state, dispatched);
    const stageHours = DEFAULT_DEADLINE_HOURS[state as CaseState] ?? 24;
    const endMs = closed
      ? reportedAt.getTime() +
        Math.min(span, Math.round(Math.exp(rng.normal(Math.log(3), 0.8)) * DAY_MS))
      : now.getTime() - Math.min(span * rng.next(), stageHours * 3600000 * rng.next() * 1.6);
    const id = cases.length + 1;
    const mine: CaseEventSeed[] = [
      {
        caseId: id,
        action: 'report',
        fromState: null,
        toState: 'REPORTED',
        actor: 'demo',
        note: null,
        at: reportedAt,
      },
    ];
    const fractions = actions.map(() => rng.next()).sort((a, b) => a - b);
    let from: State = 'REPORTED';
    let last = reportedAt.getTime();
    actions.forEach((action, k) => {
      const target =
        k === actions.length - 1
          ? endMs
          : reportedAt.getTime() + (endMs - reportedAt.getTime()) * fractions[k];
      const when = at(target, last);
      last = when.getTime();
      const to = CASE_ACTIONS[action].to;
      mine.push({
        caseId: id,
        action,
        fromState: from,
        toState: to,
        actor: 'demo',
        note: null,
        at: when,
      });
      from = to;
    });
    events.push(...mine);
    const stateEnteredAt = mine[mine.length - 1].at;
    const closedAt = closed ? mine.find((e) => e.action === 'close')!.at : null;
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
      address: resident
        ? `${grid.name.replace(/网格.*$/, '')}${rng.int(1, Math.max(1, grid.buildings))}号楼${rng.int(1, 6)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`
        : null,
      compoundId:
        compounds && (category === 'PROPERTY' || rng.chance(0.3)) ? rng.pick(compounds) : null,
      departmentId: dispatched && state !== 'ESCALATED' ? rng.weighted(candidates) : null,
      version: mine.length,
      reportedAt,
      stateEnteredAt,
      dueAt: dueAtFor(state as CaseState, stateEnteredAt, DEFAULT_DEADLINE_HOURS),
      closedAt,
      closedAfterSeconds: closedAt
        ? Math.round((closedAt.getTime() - reportedAt.getTime()) / 1000)
        : null,
      satisfaction:
        state === 'RATED'
          ? rng.weighted([
              [5, 55],
              [4, 28],
              [3, 10],
              [2, 4],
              [1, 3],
            ] as const)
          : null,
    });
  }
}
