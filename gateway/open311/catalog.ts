/**
 * GeoReport v2 service list: one service per case category (service_code = CaseCategory value),
 * and the status mapping both ways. Categories and states are the grid subgraph's enums.
 */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  /** true: every service takes the grid_code attribute (GET services/<code>.json defines it). */
  metadata: true;
  type: 'realtime';
  keywords: string;
  group: string;
}

const service = (
  code: string,
  name: string,
  description: string,
  keywords: string,
  group: string,
): Open311Service => ({
  service_code: code,
  service_name: name,
  description,
  metadata: true,
  type: 'realtime',
  keywords,
  group,
});

export const SERVICES: Open311Service[] = [
  service(
    'DISPUTE',
    '矛盾纠纷 Dispute',
    '邻里、家庭、停车等矛盾纠纷 disputes between neighbours, families, over parking',
    '纠纷,噪音,邻里,dispute,noise,neighbour',
    '社会治理 Social governance',
  ),
  service(
    'SAFETY_HAZARD',
    '安全隐患 Safety hazard',
    '消防通道堵塞、燃气、危房等 blocked fire lanes, gas, unsafe buildings',
    '隐患,消防,燃气,hazard,fire,gas',
    '公共安全 Public safety',
  ),
  service(
    'SANITATION',
    '环境卫生 Sanitation',
    '垃圾、杂物、污水 litter, clutter, sewage',
    '垃圾,卫生,litter,garbage,sanitation',
    '城市管理 City management',
  ),
  service(
    'PROPERTY',
    '物业 Property management',
    '物业服务、电梯、门禁、维修基金 property services, lifts, access control',
    '物业,电梯,property,lift',
    '物业服务 Property services',
  ),
  service(
    'FACILITY',
    '设施 Public facility',
    '路灯、井盖、道路、健身器材 street lights, manhole covers, pavements, fitness equipment',
    '路灯,井盖,道路,streetlight,manhole,pavement',
    '城市管理 City management',
  ),
  service(
    'LIVELIHOOD',
    '民生服务 Livelihood service',
    '养老、低保、就业等求助 elderly care, subsistence allowance, employment help',
    '民生,养老,低保,elderly,welfare',
    '民生服务 Livelihood',
  ),
  service('OTHER', '其他 Other', '其他诉求 anything else', '其他,other', '其他 Other'),
];

export const SERVICE_CODES = new Set(SERVICES.map((s) => s.service_code));

/** GeoReport has two statuses; status_notes carries our precise state (the closed loop 收集—办理—销号—评价). */
export const OPEN_STATES = [
  'REPORTED',
  'ACCEPTED',
  'IN_PROGRESS',
  'ESCALATED',
  'DISPATCHED',
  'RESOLVED',
] as const;
export const CLOSED_STATES = ['CLOSED', 'RATED'] as const;

export const STATE_NOTES: Record<string, string> = {
  REPORTED: '已收集 reported',
  ACCEPTED: '已受理 accepted',
  IN_PROGRESS: '办理中 in progress',
  ESCALATED: '已上报 escalated to the command centre',
  DISPATCHED: '已吹哨 dispatched to a department',
  RESOLVED: "已办结 resolved, awaiting the grid's check",
  CLOSED: '已销号 closed off',
  RATED: '已评价 rated',
};

export const open311Status = (state: string): 'open' | 'closed' =>
  (CLOSED_STATES as readonly string[]).includes(state) ? 'closed' : 'open';

export function statesFor(status: string): string[] {
  return status === 'open' ? [...OPEN_STATES] : [...CLOSED_STATES];
}

/** GeoReport service definition: the one attribute every service takes, the grid (网格) where the problem is. */
export function serviceDefinition(code: string) {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'grid_code',
        datatype: 'string',
        required: false,
        order: 1,
        datatype_description: '15 digits: the 12-digit community code and a 3-digit grid number',
        description:
          '网格编码 grid code; leave it out when lat and long are given, and the grid containing the point is used',
      },
    ],
  };
}
