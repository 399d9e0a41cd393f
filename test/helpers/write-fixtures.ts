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

const caseStep = (
  state: string,
  extra: (c: any) => Record<string, unknown> = () => ({}),
  dept = false,
): Fixture => ({
  create: false,
  vars: async (p, q) => {
    const c = await one(
      q,
      'grid',
      inGrid('cases', `state = ?${dept ? ' AND department_id IS NOT NULL' : ''}`),
      [p.grid, state],
    );
    return { input: { id: id(c), version: c?.version ?? 1, ...extra(c) } };
  },
});

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
const stage = (from: string, score?: number): Fixture => ({
  create: false,
  vars: async (p, q) => ({
    input: {
      agreementId: id(
        await one(
          q,
          'accountability',
          'SELECT * FROM co_building_agreements WHERE region_code LIKE ? AND stage = ?',
          [`${p.community}%`, from],
        ),
      ),
      on: today(),
      note: '测试',
      ...(score == null ? {} : { score }),
    },
  }),
});

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

export const FIXTURES: Record<string, Fixture> = {
  createGrid: {
    create: true,
    vars: async (p) => ({
      input: {
        code: `${p.community}${String(900 + (serial++ % 99)).padStart(3, '0')}`,
        communityCode: p.community,
        name: `测试网格${n()}`,
        level: 'COMMUNITY_GRID',
        households: 10,
        population: 20,
        buildings: 1,
      },
    }),
  },
  reportCase: {
    create: true,
    vars: async (p, q) => {
      // With a compound of its grid: the property subgraph is asked before anything is written.
      const compound = await one(q, 'property', inGrid('residential_compounds'), [p.grid]);
      return {
        input: {
          gridCode: p.grid,
          title: `测试事项${n()}`,
          category: 'SANITATION',
          source: 'PATROL',
          idempotencyKey: `truth-${n()}`,
          ...(compound ? { compoundId: String(compound.id) } : {}),
        },
      };
    },
  },
  acceptCase: caseStep('REPORTED'),
  startCase: caseStep('ACCEPTED'),
  escalateCase: caseStep('IN_PROGRESS'),
  dispatchCase: caseStep('ESCALATED', () => ({ departmentCode: 'CG' })),
  checkInCase: caseStep('DISPATCHED', () => ({}), true),
  returnCase: caseStep('DISPATCHED', () => ({}), true),
  resolveCase: caseStep('IN_PROGRESS'),
  reopenCase: caseStep('RESOLVED'),
  closeCase: caseStep('RESOLVED'),
  rateCase: caseStep('CLOSED', () => ({ satisfaction: 5 })),
  mapDepartmentGrids: {
    create: true,
    vars: async (p) => ({
      departmentCode: 'CG',
      rows: [{ code: `CG-T${n()}`, basicGridCode: p.grid }],
    }),
  },
  assignGridWorker: {
    create: true,
    vars: async (p) => ({
      input: {
        name: '测试员',
        phone: '13800000000',
        role: 'FULL_TIME',
        gridCode: p.grid,
        startedOn: today(),
      },
    }),
  },
  moveGridWorker: {
    create: true,
    vars: async (p, q) => ({
      input: {
        id: id(await one(q, 'grid', inGrid('grid_workers', 'ended_on IS NULL'), [p.grid])),
        gridCode: p.grid,
        on: today(),
      },
    }),
  },
  retireGridWorker: {
    create: false,
    vars: async (p, q) => ({
      input: {
        id: id(await one(q, 'grid', inGrid('grid_workers', 'ended_on IS NULL'), [p.grid])),
        on: today(),
      },
    }),
  },
  createPartyOrganization: {
    create: true,
    vars: async (p, q) => ({
      input: {
        name: `测试支部${n()}`,
        level: 'GRID_BRANCH',
        gridCode: p.grid,
        parentId: id(
          await one(
            q,
            'party',
            inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
            [p.community],
          ),
        ),
      },
    }),
  },
  movePartyOrganization: {
    create: false,
    vars: async (p, q) => ({
      id: id(await one(q, 'party', inGrid('party_organizations'), [p.grid])),
      newParentId: id(
        await one(q, 'party', inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"), [
          p.community,
        ]),
      ),
    }),
  },
  transferPartyMember: {
    create: true,
    vars: async (p, q) => {
      const to = await one(
        q,
        'party',
        inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
        [p.community],
      );
      // A member who does not belong there yet (registerPartyMember may have put one there).
      const member = await one(q, 'party', inGrid('party_members', 'organization_id <> ?'), [
        p.grid,
        to?.id ?? 0,
      ]);
      return {
        input: {
          memberId: id(member),
          toOrganizationId: id(to),
          reason: 'RELOCATION',
          transferredOn: today(),
        },
      };
    },
  },
  handOverRetiredMembers: {
    create: true,
    vars: async (p, q) => ({
      input: {
        fromOrganizationId: id(await one(q, 'party', inGrid('party_organizations'), [p.grid])),
        toOrganizationId: id(
          await one(
            q,
            'party',
            inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
            [p.community],
          ),
        ),
        transferredOn: today(),
      },
    }),
  },
  registerPartyMember: {
    create: true,
    vars: async (p, q) => ({
      input: {
        name: '转入党员',
        idNumber: idNumber(p.district),
        phone: phone(),
        organizationId: id(
          await one(
            q,
            'party',
            inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
            [p.community],
          ),
        ),
        status: 'RESIDENT',
        gridCode: p.grid,
        joinedOn: '2010-07-01',
        transferredInOn: today(),
        transferredInFrom: '外市某党支部',
        idempotencyKey: `truth-${n()}`,
      },
    }),
  },
  updatePartyMember: {
    create: false,
    vars: async (p, q) => ({
      input: {
        id: id(await one(q, 'party', inGrid('party_members'), [p.grid])),
        phone: phone(),
      },
    }),
  },
  createAlliance: {
    create: true,
    vars: async (p, q) => ({
      input: {
        name: `测试联盟${n()}`,
        regionCode: p.community,
        leadOrganizationId: id(
          await one(
            q,
            'party',
            inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
            [p.community],
          ),
        ),
        foundedOn: today(),
        members: [{ unitId: id(await unitOnLine(q, p)), lists: { resourceSharing: ['场地'] } }],
        idempotencyKey: `truth-${n()}`,
      },
    }),
  },
  updateAlliance: {
    create: false,
    vars: async (p, q) => ({
      input: { id: id(await allianceOf(q, p)), name: `测试联盟${n()}` },
    }),
  },
  addAllianceMember: {
    create: true,
    vars: async (p, q) => {
      const a = await allianceOf(q, p);
      return {
        input: {
          allianceId: id(a),
          unitId: id(await unitOnLine(q, p, a?.id)),
          lists: { coBuilding: ['共建'] },
          idempotencyKey: `truth-${n()}`,
        },
      };
    },
  },
  updateAllianceMember: {
    create: false,
    vars: async (p, q) => {
      const m = await one(
        q,
        'party',
        'SELECT * FROM party_alliance_members WHERE region_code LIKE ?',
        [`${p.street}%`],
      );
      return {
        input: {
          allianceId: String(m?.alliance_id ?? MISSING),
          unitId: String(m?.unit_id ?? MISSING),
          lists: { talentDevelopment: ['测试培训'] },
        },
      };
    },
  },
  removeAllianceMember: {
    create: false,
    vars: async (p, q) => {
      // Of an alliance that keeps a member unit afterwards.
      const m = await one(
        q,
        'party',
        'SELECT * FROM party_alliance_members WHERE region_code LIKE ? AND alliance_id IN (SELECT alliance_id FROM party_alliance_members GROUP BY alliance_id HAVING COUNT(*) > 1)',
        [`${p.street}%`],
      );
      return {
        allianceId: String(m?.alliance_id ?? MISSING),
        unitId: String(m?.unit_id ?? MISSING),
      };
    },
  },
  openServiceStation: {
    create: true,
    vars: async (p) => ({
      input: {
        name: `测试服务站${n()}`,
        kind: 'STATION',
        gridCode: p.grid,
        floorArea: 80,
        openedOn: today(),
        idempotencyKey: `truth-${n()}`,
      },
    }),
  },
  updateServiceStation: {
    create: false,
    vars: async (p, q) => ({
      input: {
        id: id(await one(q, 'party', inCommunity('party_service_stations'), [p.community])),
        floorArea: 100,
      },
    }),
  },
  reportDualReport: {
    create: true,
    vars: async (p, q) => ({
      input: {
        unitId: id(
          await one(q, 'party', 'SELECT * FROM party_units WHERE region_code LIKE ?', [
            `${p.district}%`,
          ]),
        ),
        communityCode: p.community,
        reportedOn: today(),
        offers: '志愿服务',
      },
    }),
  },
  registerUnit: {
    create: true,
    vars: async (p) => ({
      input: { name: `测试单位${n()}`, kind: 'INSTITUTION', regionCode: p.community },
    }),
  },
  endDualReport: {
    create: false,
    vars: async (p, q) => ({
      id: id(
        await one(q, 'party', inCommunity('party_dual_reports', 'ended_on IS NULL'), [p.community]),
      ),
      endedOn: today(),
    }),
  },
  createVolunteerTeam: {
    create: true,
    vars: async (p) => ({ input: { name: `测试队${n()}`, category: 'PATROL', gridCode: p.grid } }),
  },
  setTeamLeader: {
    create: false,
    vars: async (p, q) => {
      const m = await one(q, 'volunteer', inCommunity('volunteer_team_members'), [p.community]);
      return {
        teamId: String(m?.team_id ?? MISSING),
        volunteerId: String(m?.volunteer_id ?? MISSING),
      };
    },
  },
  registerVolunteer: {
    create: true,
    vars: async (p) => ({
      input: { name: '测试志愿者', phone: '13900000000', regionCode: p.community, teamIds: [] },
    }),
  },
  postMicroWish: {
    create: true,
    vars: async (p) => ({
      input: { gridCode: p.grid, title: `测试心愿${n()}`, residentName: '王大妈' },
    }),
  },
  claimMicroWish: {
    create: false,
    vars: async (p, q) => ({
      input: {
        wishId: id(await one(q, 'volunteer', inGrid('micro_wishes', "state = 'OPEN'"), [p.grid])),
        partyMemberId: id(await one(q, 'party', inGrid('party_members'), [p.grid])),
      },
    }),
  },
  fulfilMicroWish: {
    create: false,
    vars: async (p, q) => ({
      id: id(await one(q, 'volunteer', inGrid('micro_wishes', "state = 'CLAIMED'"), [p.grid])),
    }),
  },
  confirmMicroWish: {
    create: false,
    vars: async (p, q) => ({
      id: id(await one(q, 'volunteer', inGrid('micro_wishes', "state = 'FULFILLED'"), [p.grid])),
    }),
  },
  scheduleActivity: {
    create: true,
    vars: async (p, q) => ({
      input: {
        teamId: id(await one(q, 'volunteer', inCommunity('volunteer_teams'), [p.community])),
        title: `测试活动${n()}`,
        startsAt: new Date(Date.now() - 7200e3).toISOString(),
        endsAt: new Date(Date.now() - 3600e3).toISOString(),
        capacity: 10,
      },
    }),
  },
  signUpForActivity: {
    create: true,
    vars: async (p, q) => ({
      activityId: id(await one(q, 'volunteer', inCommunity('service_activities'), [p.community])),
      volunteerId: id(await one(q, 'volunteer', inCommunity('volunteers'), [p.community])),
    }),
  },
  recordServiceHours: {
    create: false,
    vars: async (p, q) => ({
      input: {
        participationId: id(
          await one(q, 'volunteer', inCommunity('participations', "state = 'SIGNED_UP'"), [
            p.community,
          ]),
        ),
        hours: 1,
      },
    }),
  },
  verifyServiceHours: {
    create: true,
    vars: async (p, q) => ({
      input: {
        participationId: id(
          await one(q, 'volunteer', inCommunity('participations', "state = 'RECORDED'"), [
            p.community,
          ]),
        ),
        role: 'COMMUNITY',
        verifierName: '社区',
      },
    }),
  },
  setPointsRate: {
    create: false,
    vars: async (p) => ({ regionCode: p.community, pointsPerHour: 10 }),
  },
  redeemPoints: {
    create: true,
    vars: async (p, q) => ({
      volunteerId: String(
        (
          await one(
            q,
            'volunteer',
            'SELECT volunteer_id AS id FROM points_balances WHERE region_code = ? AND balance >= 1',
            [p.community],
          )
        )?.id ?? MISSING,
      ),
      points: 1,
      item: '毛巾',
    }),
  },
  reversePointsEntry: {
    create: true,
    vars: async (p, q) => ({
      entryId: id(
        await one(q, 'volunteer', inCommunity('points_entries', "kind = 'EARN'"), [p.community]),
      ),
      reason: '测试冲正',
    }),
  },
  recordResidentNeed: {
    create: true,
    vars: async (p) => ({
      input: {
        title: `测试需求${n()}`,
        category: 'PATROL',
        regionCode: p.community,
        gridCode: p.grid,
      },
    }),
  },
  offerUnitResource: {
    create: true,
    vars: async (p) => ({
      input: {
        unitName: '测试单位',
        title: `测试资源${n()}`,
        category: 'PATROL',
        regionCode: p.community,
      },
    }),
  },
  matchNeed: {
    create: true,
    vars: async (p, q) => ({
      input: {
        needId: id(
          await one(q, 'volunteer', inCommunity('resident_needs', "state = 'OPEN'"), [p.community]),
        ),
        resourceId: id(await one(q, 'volunteer', inCommunity('unit_resources'), [p.community])),
        title: `测试项目${n()}`,
      },
    }),
  },
  registerCompound: {
    create: true,
    vars: async (p) => ({
      input: {
        name: `测试小区${n()}`,
        gridCode: p.grid,
        households: 100,
        buildings: 2,
        old: false,
        singleBuilding: false,
        mode: 'SELF_MANAGED',
        since: today(),
      },
    }),
  },
  changeCompoundManagement: {
    create: true,
    vars: async (p, q) => ({
      input: {
        compoundId: id(await one(q, 'property', inGrid('residential_compounds'), [p.grid])),
        mode: 'SELF_MANAGED',
        effectiveOn: today(),
      },
    }),
  },
  registerPropertyCompany: {
    create: true,
    vars: async (p) => ({
      input: { name: `测试物业${n()}`, creditCode: creditCode(p.district), stateOwned: false },
    }),
  },
  setCompanyPartyOrganization: {
    create: false,
    vars: async (p, q) => ({
      companyId: id(
        await one(q, 'property', 'SELECT * FROM property_companies WHERE region_code = ?', [
          p.district,
        ]),
      ),
      partyOrganizationId: null,
    }),
  },
  formOwnersCommittee: {
    create: true,
    vars: async (p, q) => ({
      input: {
        compoundId: id(await one(q, 'property', inGrid('residential_compounds'), [p.grid])),
        termStart: '2030-01-01',
        termEnd: '2034-12-31',
        members: [{ name: '赵主任', phone: '13700000000', role: 'DIRECTOR' }],
      },
    }),
  },
  holdLinkageMeeting: {
    create: true,
    vars: async (p, q) => {
      const c = await one(
        q,
        'property',
        inGrid('residential_compounds', 'company_id IS NOT NULL'),
        [p.grid],
      );
      return {
        input: {
          compoundId: id(c),
          companyId: c?.company_id == null ? null : String(c.company_id),
          heldOn: today(),
          topic: `测试议事${n()}`,
          residentsCommittee: true,
          otherParties: [],
          decisions: [{ content: '修路灯', followUpRequired: false }],
        },
      };
    },
  },
  attachFollowUpCase: {
    create: false,
    vars: async (p, q) => ({
      decisionId: id(
        await one(
          q,
          'property',
          inGrid('linkage_decisions', 'follow_up_required = 1 AND follow_up_case_id IS NULL'),
          [p.grid],
        ),
      ),
      caseId: id(await one(q, 'grid', inGrid('cases'), [p.grid])),
    }),
  },
  recordServiceEvaluation: {
    create: true,
    vars: async (p, q) => {
      const c = await one(
        q,
        'property',
        inGrid('residential_compounds', 'company_id IS NOT NULL'),
        [p.grid],
      );
      return {
        input: {
          compoundId: id(c),
          companyId: String(c?.company_id ?? MISSING),
          quarter: `${new Date().getUTCFullYear()}Q1`,
          score: 90,
          evaluatorKind: 'STREET_OFFICE',
          evaluator: '街道',
        },
      };
    },
  },
  publishFeeDisclosure: {
    create: true,
    vars: async (p, q) => ({
      input: {
        compoundId: id(await one(q, 'property', inGrid('residential_compounds'), [p.grid])),
        month: '2019-01',
        incomeCents: 100,
        remunerationCents: 10,
        expensesCents: 50,
        balanceCents: 40,
      },
    }),
  },
  correctFeeDisclosure: {
    create: true,
    vars: async (p, q) => ({
      input: {
        correctsId: id(await one(q, 'property', inGrid('fee_disclosures'), [p.grid])),
        reason: '测试更正',
        incomeCents: 100,
        remunerationCents: 10,
        expensesCents: 50,
        balanceCents: 40,
      },
    }),
  },
  createUrbanComponent: {
    create: true,
    vars: async (p) => ({
      input: {
        gridCode: p.grid,
        kind: 'BENCH',
        condition: 'GOOD',
        locationLabel: `测试位置${n()}`,
      },
    }),
  },
  recordInspection: {
    create: true,
    vars: async (p, q) => ({
      input: {
        gridCode: p.grid,
        inspectorName: '巡查员',
        findings: [
          {
            componentId: id(await one(q, 'urban', inGrid('urban_components'), [p.grid])),
            condition: 'DAMAGED',
          },
        ],
      },
    }),
  },
  linkFindingToCase: {
    create: false,
    vars: async (p, q) => ({
      findingId: id(
        await one(q, 'urban', inGrid('urban_inspection_findings', 'case_id IS NULL'), [p.grid]),
      ),
      caseId: id(await one(q, 'grid', inGrid('cases'), [p.grid])),
    }),
  },
  // accountability (考核督办)
  claimSecretaryProject: {
    create: true,
    vars: async (p) => ({
      input: {
        level: 'COMMUNITY',
        regionCode: p.community,
        secretaryName: '测试书记',
        year: new Date().getUTCFullYear(),
        title: `测试项目${n()}`,
        problem: '停车难',
        milestones: [{ title: '摸底', dueOn: nextYear() }],
        claimedOn: today(),
      },
    }),
  },
  reviewSecretaryProject: {
    create: true,
    vars: async (p, q) => ({
      input: {
        projectId: id(
          await one(
            q,
            'accountability',
            "SELECT * FROM secretary_projects WHERE region_code LIKE ? AND status IN ('CLAIMED', 'IN_PROGRESS')",
            [`${p.community}%`],
          ),
        ),
        kind: 'QUARTERLY',
        reviewedOn: today(),
        score: 80,
        comment: '测试点评',
      },
    }),
  },
  assignFirstSecretary: {
    create: true,
    vars: async (p) => ({
      input: {
        cadreName: '测试书记',
        homeUnit: '市测试局',
        homeLevel: 'CITY',
        communityCode: p.community,
        termStart: today(),
        termEnd: nextYear(),
        teamMembers: [],
        problemsSolved: 0,
      },
    }),
  },
  recordPackageVisit: {
    create: true,
    vars: async (p, q) => ({
      input: {
        packageId: id(
          await one(
            q,
            'accountability',
            'SELECT * FROM package_responsibilities WHERE grid_code LIKE ?',
            [`${p.community}%`],
          ),
        ),
        visitedOn: today(),
        note: '测试走访',
      },
    }),
  },
  signCoBuildingAgreement: {
    create: true,
    vars: async (p) => ({
      input: {
        unitName: `测试单位${n()}`,
        regionCode: p.community,
        year: new Date().getUTCFullYear(),
        needs: ['助老'],
        resources: ['场地'],
        projects: ['共建'],
        signedOn: today(),
      },
    }),
  },
  superviseCoBuildingAgreement: stage('SIGNED'),
  assessCoBuildingAgreement: stage('SUPERVISED', 90),
  requestTaskAdmission: {
    create: true,
    vars: async (p) => ({
      input: {
        districtCode: p.district,
        departmentCode: 'CG',
        title: `测试任务${n()}`,
        kind: 'TASK',
        reason: '测试',
        requestedOn: today(),
      },
    }),
  },
  decideTaskAdmission: {
    create: false,
    vars: async (p, q) => ({
      input: {
        admissionId: id(
          await one(
            q,
            'accountability',
            "SELECT * FROM task_admissions WHERE district_code = ? AND status = 'REQUESTED'",
            [p.district],
          ),
        ),
        admit: true,
        decidedOn: today(),
        note: '测试',
      },
    }),
  },
  recordReception: {
    create: true,
    vars: async (p) => ({
      input: {
        communityCode: p.community,
        representativeName: '测试代表',
        representativeKind: 'PARTY_CONGRESS',
        receivedOn: today(),
        residents: 3,
        problemsRaised: 2,
        problemsSolved: 1,
        topics: ['停车'],
      },
    }),
  },
  // spreadsheets (台账): each call imports a new row, so a success creates one
  importGrids: {
    create: true,
    vars: async (p) => ({
      dryRun: false,
      rows: [
        {
          row: 1,
          code: `${p.community}${String(800 + (serial++ % 99)).padStart(3, '0')}`,
          name: `导入网格${n()}`,
          level: 'COMMUNITY_GRID',
          communityCode: p.community,
          households: 10,
          population: 20,
          buildings: 1,
        },
      ],
    }),
  },
  importGridWorkers: {
    create: true,
    vars: async (p) => ({
      dryRun: false,
      rows: [
        {
          row: 1,
          name: '导入网格员',
          phone: phone(),
          role: 'FULL_TIME',
          gridCode: p.grid,
          startedOn: today(),
        },
      ],
    }),
  },
  importPartyMembers: {
    create: true,
    vars: async (p, q) => ({
      dryRun: false,
      rows: [
        {
          row: 1,
          name: '导入党员',
          idNumber: idNumber(p.district),
          organization:
            (
              await one(
                q,
                'party',
                inCommunity('party_organizations', "level = 'COMMUNITY_COMMITTEE'"),
                [p.community],
              )
            )?.name ?? '无此组织',
          status: 'RESIDENT',
          centerHousehold: false,
          gridCode: p.grid,
          joinedOn: '2020-01-01',
        },
      ],
    }),
  },
  importCompounds: {
    create: true,
    vars: async (p) => ({
      dryRun: false,
      rows: [
        {
          row: 1,
          name: `导入小区${n()}`,
          gridCode: p.grid,
          households: 100,
          buildings: 2,
          old: false,
          singleBuilding: false,
          managementMode: 'SELF_MANAGED',
          managementSince: today(),
        },
      ],
    }),
  },
  importVolunteers: {
    create: true,
    vars: async (p) => ({
      dryRun: false,
      rows: [{ row: 1, name: '导入志愿者', phone: phone(), communityCode: p.community }],
    }),
  },
  // the grid's workflows
  assignCase: {
    create: false,
    vars: async (p, q) => {
      const c = await one(
        q,
        'grid',
        inGrid('cases', "state IN ('REPORTED', 'ACCEPTED', 'IN_PROGRESS')"),
        [p.grid],
      );
      return {
        input: {
          id: id(c),
          version: c?.version ?? 1,
          workerId: id(
            await one(
              q,
              'grid',
              inGrid('grid_workers', "ended_on IS NULL AND role = 'FULL_TIME'"),
              [p.grid],
            ),
          ),
        },
      };
    },
  },
  recordMediation: {
    create: true,
    vars: async (p, q) => ({
      input: {
        caseId: id(
          await one(
            q,
            'grid',
            inGrid(
              'cases',
              "category = 'DISPUTE' AND id NOT IN (SELECT case_id FROM case_mediations)",
            ),
            [p.grid],
          ),
        ),
        disputeClass: 'NEIGHBOURS',
        mediator: '调解队',
        method: 'FAMILY_TALK',
        outcome: '和解',
        agreementReached: true,
        mediatedOn: today(),
      },
    }),
  },
  registerWebhook: {
    create: true,
    vars: async (p) => ({
      input: {
        url: `https://hooks.example.com/truth/${n()}`,
        secret: 'truth-secret-0123456789abcdef-0123456789',
        departmentCode: 'CG',
        under: p.community,
      },
    }),
  },
  disableWebhook: {
    create: false,
    vars: async (p, q) => ({
      id: id(
        await one(
          q,
          'grid',
          'SELECT * FROM webhook_endpoints WHERE active = ? AND region_code LIKE ?',
          [1, `${p.community}%`],
        ),
      ),
    }),
  },
};
