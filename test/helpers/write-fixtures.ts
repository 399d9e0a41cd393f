import { creditCodeCheckChar } from '../../services/property/company/credit-code';

/**
 * Arguments for every mutation of the supergraph, aimed at one place (a grid and the regions above
 * it). Targets are looked up in the live databases at call time, so each call meets the state the
 * calls before it left. `create` marks mutations that add rows when they succeed.
 */
export interface Place {
  grid: string;
  community: string;
  street: string;
  district: string;
}
export type Query = (subgraph: string, sql: string, params?: unknown[]) => Promise<any[]>;
export interface Fixture {
  create: boolean;
  vars(p: Place, q: Query): Promise<Record<string, unknown>>;
}

let serial = 0;
const n = () => `${process.pid % 1000}${++serial}`;
const today = () => new Date().toISOString().slice(0, 10);
const MISSING = '999999';
const id = (row: any) => (row?.id == null ? MISSING : String(row.id));
const one = async (q: Query, sub: string, sql: string, params: unknown[]) =>
  (await q(sub, `${sql} ORDER BY id DESC LIMIT 1`, params))[0];
const inGrid = (table: string, extra = '') =>
  `SELECT * FROM ${table} WHERE grid_code = ?${extra ? ` AND ${extra}` : ''}`;
const inCommunity = (table: string, extra = '') =>
  `SELECT * FROM ${table} WHERE region_code = ?${extra ? ` AND ${extra}` : ''}`;

/**
 * A fixture's arguments written as data: a function anywhere in them (at any depth) is called at
 * call time with the place and the databases, in the order written; anything else is sent as is.
 */
type At = (p: Place, q: Query) => unknown;
async function fill(t: unknown, p: Place, q: Query): Promise<unknown> {
  if (typeof t === 'function') return (t as At)(p, q);
  if (Array.isArray(t)) {
    const out: unknown[] = [];
    for (const x of t) out.push(await fill(x, p, q));
    return out;
  }
  if (t === null || typeof t !== 'object') return t;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) out[k] = await fill(v, p, q);
  return out;
}
type Vars = Record<string, unknown>;
type Template = Vars | ((p: Place, q: Query) => Promise<unknown>);
/** A mutation that adds a row when it succeeds, and one that changes or removes rows. */
const creates = (vars: Template): Fixture => ({
  create: true,
  vars: async (p, q) => (await fill(vars, p, q)) as Vars,
});
const changes = (vars: Template): Fixture => ({ ...creates(vars), create: false });
const input = (fields: Vars) => ({ input: fields });
/** Arguments written from one row looked up first, for a fixture whose other values depend on it. */
const given =
  (row: (p: Place, q: Query) => Promise<any>, vars: (row: any) => Vars) =>
  async (p: Place, q: Query) =>
    fill(vars(await row(p, q)), p, q);
/** A spreadsheet (台账) import of one row: each call imports a new row, so a success creates one. */
const imports = (row: Vars) => creates({ dryRun: false, rows: [{ row: 1, ...row }] });

const GRID = (p: Place) => p.grid;
const COMMUNITY = (p: Place) => p.community;
const DISTRICT = (p: Place) => p.district;
/** A LIKE pattern for everything under the place's `at`. */
const under = (at: (p: Place) => string) => (p: Place) => `${at(p)}%`;
/** A name or key new on every call. */
const named = (prefix: string) => () => `${prefix}${n()}`;
const year = () => new Date().getUTCFullYear();
const hoursAgo = (h: number) => () => new Date(Date.now() - h * 3600e3).toISOString();
/** A grid code not yet used in the place's community, numbered from `from`. */
const newGridCode = (from: number) => (p: Place) =>
  `${p.community}${String(from + (serial++ % 99)).padStart(3, '0')}`;
const GRID_SIZE = { households: 10, population: 20, buildings: 1 };
const COMPOUND_SIZE = { households: 100, buildings: 2, old: false, singleBuilding: false };
const AMOUNTS = { incomeCents: 100, remunerationCents: 10, expensesCents: 50, balanceCents: 40 };

/** The id of the newest row `sql` finds with the place's `params` (MISSING when there is none). */
const idOf =
  (sub: string, sql: string, ...params: ((p: Place) => unknown)[]) =>
  async (p: Place, q: Query) =>
    id(
      await one(
        q,
        sub,
        sql,
        params.map((at) => at(p)),
      ),
    );
const idInGrid = (sub: string, table: string, extra = '') => idOf(sub, inGrid(table, extra), GRID);
const idInCommunity = (sub: string, table: string, extra = '') =>
  idOf(sub, inCommunity(table, extra), COMMUNITY);

/** A step on the newest case of the place's grid that `where` finds (with `params`), at its version. */
const onCase = (where: string, more: Vars = {}, ...params: unknown[]) =>
  changes(
    given(
      (p, q) => one(q, 'grid', inGrid('cases', where), [p.grid, ...params]),
      (c) => input({ id: id(c), version: c?.version ?? 1, ...more }),
    ),
  );
const caseStep = (state: string, more: Vars = {}, dept = false) =>
  onCase(`state = ?${dept ? ' AND department_id IS NOT NULL' : ''}`, more, state);

function creditCode(region: string): string {
  const first17 = `91${region}${String(Date.now() % 1e9).padStart(9, '0')}`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

/**
 * A valid 18-digit resident ID number (GB 11643 check digit) registered in `region`, unique per
 * call: the birth day (1950 to 1991, of age for any joining day since 2010) and the sequence both
 * move with the call.
 */
function idNumber(region: string): string {
  const k = Number(n());
  const born = new Date(Date.UTC(1950, 0, 1) + ((k * 37) % 15000) * 86_400_000);
  const day = born.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${region.slice(0, 6)}${day}${String(k % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, d, i) => a + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}
const phone = () => `139${n().slice(-8).padStart(8, '0')}`;
const nextYear = () => `${new Date().getUTCFullYear() + 1}${today().slice(4)}`;
const stage = (from: string, score?: number) =>
  changes(
    input({
      agreementId: idOf(
        'accountability',
        'SELECT * FROM co_building_agreements WHERE region_code LIKE ? AND stage = ?',
        under(COMMUNITY),
        () => from,
      ),
      on: today,
      note: '测试',
      ...(score == null ? {} : { score }),
    }),
  );

/** The place's community committee. */
const committeeOf = (p: Place, q: Query) =>
  one(q, 'party', inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"), [
    p.community,
  ]);
const committee = async (p: Place, q: Query) => id(await committeeOf(p, q));

/** The newest alliance of the place's street (or of its community). */
const allianceOf = (q: Query, p: Place) =>
  one(q, 'party', 'SELECT * FROM party_alliances WHERE region_code LIKE ?', [`${p.street}%`]);

/** The newest unit registered on the place's line (its district, street or community), not yet in `allianceId`. */
const unitOnLine = (q: Query, p: Place, allianceId?: number) =>
  one(
    q,
    'party',
    'SELECT * FROM party_units WHERE region_code IN (?, ?, ?) AND id NOT IN (SELECT unit_id FROM party_alliance_members WHERE alliance_id = ?)',
    [p.district, p.street, p.community, allianceId ?? 0],
  );

/** The newest membership in the place's street (that `where` allows), and its alliance and unit. */
const membership =
  (where = '') =>
  (p: Place, q: Query) =>
    one(
      q,
      'party',
      `SELECT * FROM party_alliance_members WHERE region_code LIKE ?${where ? ` AND ${where}` : ''}`,
      [`${p.street}%`],
    );
const allianceAndUnit = (m: any) => ({
  allianceId: String(m?.alliance_id ?? MISSING),
  unitId: String(m?.unit_id ?? MISSING),
});

/** The newest compound of the place's grid with a property company. */
const managedCompound = (p: Place, q: Query) =>
  one(q, 'property', inGrid('residential_compounds', 'company_id IS NOT NULL'), [p.grid]);

const activeWorker = idInGrid('grid', 'grid_workers', 'ended_on IS NULL');
const wishIn = (state: string) => idInGrid('volunteer', 'micro_wishes', `state = '${state}'`);
const participationIn = (state: string) =>
  idInCommunity('volunteer', 'participations', `state = '${state}'`);
const compound = idInGrid('property', 'residential_compounds');
const idNumberHere = (p: Place) => idNumber(p.district);

export const FIXTURES: Record<string, Fixture> = {
  createGrid: creates(
    input({
      code: newGridCode(900),
      communityCode: COMMUNITY,
      name: named('测试网格'),
      level: 'COMMUNITY_GRID',
      ...GRID_SIZE,
    }),
  ),
  reportCase: creates(
    given(
      // With a compound of its grid: the property subgraph is asked before anything is written.
      (p, q) => one(q, 'property', inGrid('residential_compounds'), [p.grid]),
      (compound) =>
        input({
          gridCode: GRID,
          title: named('测试事项'),
          category: 'SANITATION',
          source: 'PATROL',
          idempotencyKey: named('truth-'),
          ...(compound ? { compoundId: String(compound.id) } : {}),
        }),
    ),
  ),
  acceptCase: caseStep('REPORTED'),
  startCase: caseStep('ACCEPTED'),
  escalateCase: caseStep('IN_PROGRESS'),
  dispatchCase: caseStep('ESCALATED', { departmentCode: 'CG' }),
  checkInCase: caseStep('DISPATCHED', {}, true),
  returnCase: caseStep('DISPATCHED', {}, true),
  resolveCase: caseStep('IN_PROGRESS'),
  reopenCase: caseStep('RESOLVED'),
  closeCase: caseStep('RESOLVED'),
  rateCase: caseStep('CLOSED', { satisfaction: 5 }),
  mapDepartmentGrids: creates({
    departmentCode: 'CG',
    rows: [{ code: named('CG-T'), basicGridCode: GRID }],
  }),
  assignGridWorker: creates(
    input({
      name: '测试员',
      phone: '13800000000',
      role: 'FULL_TIME',
      gridCode: GRID,
      startedOn: today,
    }),
  ),
  moveGridWorker: creates(input({ id: activeWorker, gridCode: GRID, on: today })),
  retireGridWorker: changes(input({ id: activeWorker, on: today })),
  createPartyOrganization: creates(
    input({ name: named('测试支部'), level: 'GRID_BRANCH', gridCode: GRID, parentId: committee }),
  ),
  movePartyOrganization: changes({
    id: idInGrid('party', 'party_organizations'),
    newParentId: committee,
  }),
  transferPartyMember: creates(
    given(committeeOf, (to) =>
      input({
        // A member who does not belong there yet (registerPartyMember may have put one there).
        memberId: idOf(
          'party',
          inGrid('party_members', 'organization_id <> ?'),
          GRID,
          () => to?.id ?? 0,
        ),
        toOrganizationId: id(to),
        reason: 'RELOCATION',
        transferredOn: today,
      }),
    ),
  ),
  handOverRetiredMembers: creates(
    input({
      fromOrganizationId: idInGrid('party', 'party_organizations'),
      toOrganizationId: committee,
      transferredOn: today,
    }),
  ),
  registerPartyMember: creates(
    input({
      name: '转入党员',
      idNumber: idNumberHere,
      phone,
      organizationId: committee,
      status: 'RESIDENT',
      gridCode: GRID,
      joinedOn: '2010-07-01',
      transferredInOn: today,
      transferredInFrom: '外市某党支部',
      idempotencyKey: named('truth-'),
    }),
  ),
  updatePartyMember: changes(input({ id: idInGrid('party', 'party_members'), phone })),
  createAlliance: creates(
    input({
      name: named('测试联盟'),
      regionCode: COMMUNITY,
      leadOrganizationId: committee,
      foundedOn: today,
      members: [
        {
          unitId: async (p: Place, q: Query) => id(await unitOnLine(q, p)),
          lists: { resourceSharing: ['场地'] },
        },
      ],
      idempotencyKey: named('truth-'),
    }),
  ),
  updateAlliance: changes(
    input({
      id: async (p: Place, q: Query) => id(await allianceOf(q, p)),
      name: named('测试联盟'),
    }),
  ),
  addAllianceMember: creates(
    given(
      (p, q) => allianceOf(q, p),
      (a) =>
        input({
          allianceId: id(a),
          unitId: async (p: Place, q: Query) => id(await unitOnLine(q, p, a?.id)),
          lists: { coBuilding: ['共建'] },
          idempotencyKey: named('truth-'),
        }),
    ),
  ),
  updateAllianceMember: changes(
    given(membership(), (m) =>
      input({ ...allianceAndUnit(m), lists: { talentDevelopment: ['测试培训'] } }),
    ),
  ),
  removeAllianceMember: changes(
    given(
      // Of an alliance that keeps a member unit afterwards.
      membership(
        'alliance_id IN (SELECT alliance_id FROM party_alliance_members GROUP BY alliance_id HAVING COUNT(*) > 1)',
      ),
      allianceAndUnit,
    ),
  ),
  openServiceStation: creates(
    input({
      name: named('测试服务站'),
      kind: 'STATION',
      gridCode: GRID,
      floorArea: 80,
      openedOn: today,
      idempotencyKey: named('truth-'),
    }),
  ),
  updateServiceStation: changes(
    input({ id: idInCommunity('party', 'party_service_stations'), floorArea: 100 }),
  ),
  reportDualReport: creates(
    input({
      unitId: idOf('party', 'SELECT * FROM party_units WHERE region_code LIKE ?', under(DISTRICT)),
      communityCode: COMMUNITY,
      reportedOn: today,
      offers: '志愿服务',
    }),
  ),
  registerUnit: creates(
    input({ name: named('测试单位'), kind: 'INSTITUTION', regionCode: COMMUNITY }),
  ),
  endDualReport: changes({
    id: idInCommunity('party', 'party_dual_reports', 'ended_on IS NULL'),
    endedOn: today,
  }),
  createVolunteerTeam: creates(
    input({ name: named('测试队'), category: 'PATROL', gridCode: GRID }),
  ),
  setTeamLeader: changes(
    given(
      (p, q) => one(q, 'volunteer', inCommunity('volunteer_team_members'), [p.community]),
      (m) => ({
        teamId: String(m?.team_id ?? MISSING),
        volunteerId: String(m?.volunteer_id ?? MISSING),
      }),
    ),
  ),
  registerVolunteer: creates(
    input({ name: '测试志愿者', phone: '13900000000', regionCode: COMMUNITY, teamIds: [] }),
  ),
  postMicroWish: creates(
    input({ gridCode: GRID, title: named('测试心愿'), residentName: '王大妈' }),
  ),
  claimMicroWish: changes(
    input({ wishId: wishIn('OPEN'), partyMemberId: idInGrid('party', 'party_members') }),
  ),
  fulfilMicroWish: changes({ id: wishIn('CLAIMED') }),
  confirmMicroWish: changes({ id: wishIn('FULFILLED') }),
  scheduleActivity: creates(
    input({
      teamId: idInCommunity('volunteer', 'volunteer_teams'),
      title: named('测试活动'),
      startsAt: hoursAgo(2),
      endsAt: hoursAgo(1),
      capacity: 10,
    }),
  ),
  signUpForActivity: creates({
    activityId: idInCommunity('volunteer', 'service_activities'),
    volunteerId: idInCommunity('volunteer', 'volunteers'),
  }),
  recordServiceHours: changes(input({ participationId: participationIn('SIGNED_UP'), hours: 1 })),
  verifyServiceHours: creates(
    input({
      participationId: participationIn('RECORDED'),
      role: 'COMMUNITY',
      verifierName: '社区',
    }),
  ),
  setPointsRate: changes({ regionCode: COMMUNITY, pointsPerHour: 10 }),
  redeemPoints: creates({
    volunteerId: idOf(
      'volunteer',
      'SELECT volunteer_id AS id FROM points_balances WHERE region_code = ? AND balance >= 1',
      COMMUNITY,
    ),
    points: 1,
    item: '毛巾',
  }),
  reversePointsEntry: creates({
    entryId: idInCommunity('volunteer', 'points_entries', "kind = 'EARN'"),
    reason: '测试冲正',
  }),
  recordResidentNeed: creates(
    input({ title: named('测试需求'), category: 'PATROL', regionCode: COMMUNITY, gridCode: GRID }),
  ),
  offerUnitResource: creates(
    input({
      unitName: '测试单位',
      title: named('测试资源'),
      category: 'PATROL',
      regionCode: COMMUNITY,
    }),
  ),
  matchNeed: creates(
    input({
      needId: idInCommunity('volunteer', 'resident_needs', "state = 'OPEN'"),
      resourceId: idInCommunity('volunteer', 'unit_resources'),
      title: named('测试项目'),
    }),
  ),
  registerCompound: creates(
    input({
      name: named('测试小区'),
      gridCode: GRID,
      ...COMPOUND_SIZE,
      mode: 'SELF_MANAGED',
      since: today,
    }),
  ),
  changeCompoundManagement: creates(
    input({ compoundId: compound, mode: 'SELF_MANAGED', effectiveOn: today }),
  ),
  registerPropertyCompany: creates(
    input({
      name: named('测试物业'),
      creditCode: (p: Place) => creditCode(p.district),
      stateOwned: false,
    }),
  ),
  setCompanyPartyOrganization: changes({
    companyId: idOf('property', 'SELECT * FROM property_companies WHERE region_code = ?', DISTRICT),
    partyOrganizationId: null,
  }),
  formOwnersCommittee: creates(
    input({
      compoundId: compound,
      termStart: '2030-01-01',
      termEnd: '2034-12-31',
      members: [{ name: '赵主任', phone: '13700000000', role: 'DIRECTOR' }],
    }),
  ),
  holdLinkageMeeting: creates(
    given(managedCompound, (c) =>
      input({
        compoundId: id(c),
        companyId: c?.company_id == null ? null : String(c.company_id),
        heldOn: today,
        topic: named('测试议事'),
        residentsCommittee: true,
        otherParties: [],
        decisions: [{ content: '修路灯', followUpRequired: false }],
      }),
    ),
  ),
  attachFollowUpCase: changes({
    decisionId: idInGrid(
      'property',
      'linkage_decisions',
      'follow_up_required = 1 AND follow_up_case_id IS NULL',
    ),
    caseId: idInGrid('grid', 'cases'),
  }),
  recordServiceEvaluation: creates(
    given(managedCompound, (c) =>
      input({
        compoundId: id(c),
        companyId: String(c?.company_id ?? MISSING),
        quarter: `${year()}Q1`,
        score: 90,
        evaluatorKind: 'STREET_OFFICE',
        evaluator: '街道',
      }),
    ),
  ),
  publishFeeDisclosure: creates(input({ compoundId: compound, month: '2019-01', ...AMOUNTS })),
  correctFeeDisclosure: creates(
    input({ correctsId: idInGrid('property', 'fee_disclosures'), reason: '测试更正', ...AMOUNTS }),
  ),
  createUrbanComponent: creates(
    input({ gridCode: GRID, kind: 'BENCH', condition: 'GOOD', locationLabel: named('测试位置') }),
  ),
  recordInspection: creates(
    input({
      gridCode: GRID,
      inspectorName: '巡查员',
      findings: [{ componentId: idInGrid('urban', 'urban_components'), condition: 'DAMAGED' }],
    }),
  ),
  linkFindingToCase: changes({
    findingId: idInGrid('urban', 'urban_inspection_findings', 'case_id IS NULL'),
    caseId: idInGrid('grid', 'cases'),
  }),
  // accountability (考核督办)
  claimSecretaryProject: creates(
    input({
      level: 'COMMUNITY',
      regionCode: COMMUNITY,
      secretaryName: '测试书记',
      year,
      title: named('测试项目'),
      problem: '停车难',
      milestones: [{ title: '摸底', dueOn: nextYear }],
      claimedOn: today,
    }),
  ),
  reviewSecretaryProject: creates(
    input({
      projectId: idOf(
        'accountability',
        "SELECT * FROM secretary_projects WHERE region_code LIKE ? AND status IN ('CLAIMED', 'IN_PROGRESS')",
        under(COMMUNITY),
      ),
      kind: 'QUARTERLY',
      reviewedOn: today,
      score: 80,
      comment: '测试点评',
    }),
  ),
  assignFirstSecretary: creates(
    input({
      cadreName: '测试书记',
      homeUnit: '市测试局',
      homeLevel: 'CITY',
      communityCode: COMMUNITY,
      termStart: today,
      termEnd: nextYear,
      teamMembers: [],
      problemsSolved: 0,
    }),
  ),
  recordPackageVisit: creates(
    input({
      packageId: idOf(
        'accountability',
        'SELECT * FROM package_responsibilities WHERE grid_code LIKE ?',
        under(COMMUNITY),
      ),
      visitedOn: today,
      note: '测试走访',
    }),
  ),
  signCoBuildingAgreement: creates(
    input({
      unitName: named('测试单位'),
      regionCode: COMMUNITY,
      year,
      needs: ['助老'],
      resources: ['场地'],
      projects: ['共建'],
      signedOn: today,
    }),
  ),
  superviseCoBuildingAgreement: stage('SIGNED'),
  assessCoBuildingAgreement: stage('SUPERVISED', 90),
  requestTaskAdmission: creates(
    input({
      districtCode: DISTRICT,
      departmentCode: 'CG',
      title: named('测试任务'),
      kind: 'TASK',
      reason: '测试',
      requestedOn: today,
    }),
  ),
  decideTaskAdmission: changes(
    input({
      admissionId: idOf(
        'accountability',
        "SELECT * FROM task_admissions WHERE district_code = ? AND status = 'REQUESTED'",
        DISTRICT,
      ),
      admit: true,
      decidedOn: today,
      note: '测试',
    }),
  ),
  recordReception: creates(
    input({
      communityCode: COMMUNITY,
      representativeName: '测试代表',
      representativeKind: 'PARTY_CONGRESS',
      receivedOn: today,
      residents: 3,
      problemsRaised: 2,
      problemsSolved: 1,
      topics: ['停车'],
    }),
  ),
  // spreadsheets (台账)
  importGrids: imports({
    code: newGridCode(800),
    name: named('导入网格'),
    level: 'COMMUNITY_GRID',
    communityCode: COMMUNITY,
    ...GRID_SIZE,
  }),
  importGridWorkers: imports({
    name: '导入网格员',
    phone,
    role: 'FULL_TIME',
    gridCode: GRID,
    startedOn: today,
  }),
  importPartyMembers: imports({
    name: '导入党员',
    idNumber: idNumberHere,
    organization: async (p: Place, q: Query) => (await committeeOf(p, q))?.name ?? '无此组织',
    status: 'RESIDENT',
    centerHousehold: false,
    gridCode: GRID,
    joinedOn: '2020-01-01',
  }),
  importCompounds: imports({
    name: named('导入小区'),
    gridCode: GRID,
    ...COMPOUND_SIZE,
    managementMode: 'SELF_MANAGED',
    managementSince: today,
  }),
  importVolunteers: imports({ name: '导入志愿者', phone, communityCode: COMMUNITY }),
  // the grid's workflows
  assignCase: onCase("state IN ('REPORTED', 'ACCEPTED', 'IN_PROGRESS')", {
    workerId: idInGrid('grid', 'grid_workers', "ended_on IS NULL AND role = 'FULL_TIME'"),
  }),
  recordMediation: creates(
    input({
      caseId: idInGrid(
        'grid',
        'cases',
        "category = 'DISPUTE' AND id NOT IN (SELECT case_id FROM case_mediations)",
      ),
      disputeClass: 'NEIGHBOURS',
      mediator: '调解队',
      method: 'FAMILY_TALK',
      outcome: '和解',
      agreementReached: true,
      mediatedOn: today,
    }),
  ),
  registerWebhook: creates(
    input({
      url: named('https://hooks.example.com/truth/'),
      secret: 'truth-secret-0123456789abcdef-0123456789',
      departmentCode: 'CG',
      under: COMMUNITY,
    }),
  ),
  disableWebhook: changes({
    id: idOf(
      'grid',
      'SELECT * FROM webhook_endpoints WHERE active = ? AND region_code LIKE ?',
      () => 1,
      under(COMMUNITY),
    ),
  }),
};
