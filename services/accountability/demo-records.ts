import type { DemoCity } from '../demo-city';
import type { Rng } from '../../shared/demo/random';
import { personName } from '../../shared/demo/names';
import { CITY_SCALE, spread } from './demo-projects';
import { HomeLevel, type FirstSecretaryAssignment } from './first-secretary/first-secretary.entity';
import {
  DutyState,
  PackageDutyKind,
  PackageTarget,
  type PackageResponsibility,
  type PackageVisit,
} from './package/package-responsibility.entity';
import {
  AgreementStage,
  gradeOf,
  type CoBuildingAgreement,
} from './agreement/co-building-agreement.entity';
import { AdmissionStatus, TaskKind, type TaskAdmission } from './admission/task-admission.entity';
import { RepresentativeKind, type Reception } from './reception/reception.entity';

const DAY = 86400000;
const iso = (d: Date | number) => new Date(d).toISOString().slice(0, 10);
const scaled = (cityCount: number, have: number, of: number) =>
  Math.max(1, Math.round((cityCount * have) / of));
const CITY_BODIES = [
  '市委组织部',
  '市发展和改革委员会',
  '市住房和城乡建设局',
  '市民政局',
  '市财政局',
  '市卫生健康委员会',
  '市自然资源局',
  '市交通运输局',
];
const DISTRICT_BODIES = [
  '区委办公室',
  '区人力资源和社会保障局',
  '区住房和城乡建设局',
  '区市场监督管理局',
  '区城市管理局',
];

/** Baishan: 30 young cadres from city and district bodies, in teams of three, posted for a year to 10 weak communities. */
export function demoFirstSecretaries(city: DemoCity, rng: Rng): FirstSecretaryAssignment[] {
  const DEMO_NOW = city.now;
  // Posted on 1 March for a year: the term in force on the demo's today.
  const YEAR = DEMO_NOW.getUTCFullYear() - (iso(DEMO_NOW).slice(5) < '03-01' ? 1 : 0);
  const communities = city.geography.regions.filter((r) => r.level === 'COMMUNITY');
  const cadres = rng.shuffle(city.party.members.filter((m) => m.status === 'IN_SERVICE'));
  const chosen = rng
    .shuffle([...communities])
    .slice(0, scaled(10, communities.length, CITY_SCALE.communities));
  return chosen.map((c, i) => {
    const [leader, ...team] = cadres.splice(0, 3);
    const homeLevel = i % 2 === 0 ? HomeLevel.CITY : HomeLevel.DISTRICT;
    return Object.assign({} as FirstSecretaryAssignment, {
      id: i + 1,
      cadreName: leader?.name ?? personName(rng),
      partyMemberId: leader?.id ?? null,
      homeLevel,
      homeUnit: homeLevel === HomeLevel.CITY ? rng.pick(CITY_BODIES) : rng.pick(DISTRICT_BODIES),
      communityCode: c.code,
      termStart: `${YEAR}-03-01`,
      termEnd: `${YEAR + 1}-02-28`,
      teamMembers: team.map((m) => m.name),
      problemsSolved: rng.int(4, 18),
    });
  });
}

/** Baishan's 五包保: 150 units (and leaders) for 195 compounds and 175 single buildings, in them every Friday. */
const fridays = (DEMO_NOW: Date) =>
  Array.from({ length: 8 }, (_, k) => {
    const d = new Date(DEMO_NOW.getTime() - k * 7 * DAY);
    return iso(d.getTime() - ((d.getUTCDay() + 2) % 7) * DAY);
  });

export function demoPackages(
  city: DemoCity,
  rng: Rng,
): { packages: PackageResponsibility[]; visits: PackageVisit[] } {
  const DEMO_NOW = city.now;
  const FRIDAYS = fridays(DEMO_NOW);
  // Packaged on 8 January (of last year when the eight Fridays visited reach back before this year's).
  const first = FRIDAYS[FRIDAYS.length - 1];
  const YEAR = Number(first.slice(0, 4)) - (first.slice(5) < '01-08' ? 1 : 0);
  const targets = city.property.compounds.filter((c) => c.old || c.singleBuilding);
  const units = city.party.units;
  const unitCount = Math.min(units.length, scaled(150, targets.length, 370));
  const leaders = city.party.organizations.filter(
    (o) => o.level === 'STREET_WORKING_COMMITTEE',
  ) as { regionCode: string | null; secretary?: string }[];
  const packages: PackageResponsibility[] = [];
  const visits: PackageVisit[] = [];
  for (const c of targets) {
    const id = packages.length + 1;
    const leader = rng.chance(0.2)
      ? leaders.find((l) => l.regionCode && c.gridCode.startsWith(l.regionCode))
      : undefined;
    const kinds = c.singleBuilding
      ? [
          PackageDutyKind.BRING_IN_PROPERTY,
          PackageDutyKind.SELF_GOVERNANCE,
          PackageDutyKind.MANAGEMENT_RULES,
        ]
      : Object.values(PackageDutyKind);
    const duties = kinds.map((duty) => ({
      duty,
      state:
        duty === PackageDutyKind.BRING_IN_PROPERTY &&
        ['PROFESSIONAL', 'QUASI'].includes(c.managementMode)
          ? DutyState.DONE
          : duty === PackageDutyKind.SELF_GOVERNANCE && c.managementMode === 'SELF_MANAGED'
            ? DutyState.DONE
            : rng.weighted([
                [DutyState.DONE, 4],
                [DutyState.IN_PROGRESS, 4],
                [DutyState.PENDING, 2],
              ] as const),
    }));
    packages.push(
      Object.assign({} as PackageResponsibility, {
        id,
        leaderName: leader?.secretary ?? null,
        unitName: leader ? null : (units[id % unitCount]?.name ?? null),
        compoundId: c.id,
        gridCode: c.gridCode,
        target: c.singleBuilding ? PackageTarget.SINGLE_BUILDING : PackageTarget.COMPOUND,
        duties,
        startedOn: `${YEAR}-01-08`,
      }),
    );
    for (const visitedOn of FRIDAYS) {
      if (rng.chance(0.8))
        visits.push(
          Object.assign({} as PackageVisit, {
            id: visits.length + 1,
            packageId: id,
            gridCode: c.gridCode,
            visitedOn,
            note: rng.pick([
              '入户走访听取诉求',
              '督促物业整改',
              '召开楼院议事会',
              '清理楼道杂物',
              '排查消防隐患',
            ]),
          }),
        );
    }
  }
  return { packages, visits };
}

const NEEDS = ['老年人助餐', '青少年课后托管', '楼院环境整治', '困难群众帮扶', '法律咨询'];
const RESOURCES = ['志愿服务队伍', '活动场地开放', '专业技术人员', '资金支持', '义诊服务'];
const PROJECTS = ['共建文明楼院', '红色物业联建', '结对帮扶困难户', '暑期托管班', '健康进社区'];

/** The unnamed city: 29 community organisations with 142 units signed (一书三单); last year's assessed, this year's supervised. */
export function demoAgreements(city: DemoCity, rng: Rng): CoBuildingAgreement[] {
  const DEMO_NOW = city.now;
  const YEAR = DEMO_NOW.getUTCFullYear();
  const TODAY = iso(DEMO_NOW);
  const committees = city.party.organizations.filter(
    (o) => o.level === 'COMMUNITY_COMMITTEE' && o.regionCode,
  );
  const chosen = rng
    .shuffle([...committees])
    .slice(0, scaled(29, committees.length, CITY_SCALE.communities));
  const rows: CoBuildingAgreement[] = [];
  spread(rng, chosen.length, Math.round((142 * chosen.length) / 29)).forEach((n, i) => {
    const org = chosen[i];
    const local = city.party.units.filter((u) => org.regionCode!.startsWith(u.regionCode));
    const units = rng.shuffle([...(local.length >= n ? local : city.party.units)]).slice(0, n);
    for (const year of [YEAR - 1, YEAR]) {
      for (const u of units) {
        const past = year < YEAR;
        const score = rng.int(55, 98);
        const signedOn = `${year}-01-${String(rng.int(5, 28)).padStart(2, '0')}`;
        const july = `${year}-07-${String(rng.int(1, 28)).padStart(2, '0')}`;
        // This year's stages only as far as the demo's today: not yet signed, or not yet supervised.
        if (signedOn > TODAY) continue;
        const supervised = past || (rng.chance(0.9) && july <= TODAY);
        rows.push(
          Object.assign({} as CoBuildingAgreement, {
            id: rows.length + 1,
            unitName: u.name,
            unitId: u.id,
            regionCode: org.regionCode!,
            organizationId: org.id,
            year,
            needs: rng.shuffle([...NEEDS]).slice(0, 2),
            resources: rng.shuffle([...RESOURCES]).slice(0, 2),
            projects: rng.shuffle([...PROJECTS]).slice(0, 2),
            stage: past
              ? AgreementStage.ASSESSED
              : supervised
                ? AgreementStage.SUPERVISED
                : AgreementStage.SIGNED,
            signedOn,
            supervisedOn: supervised ? july : null,
            supervisionNote: supervised ? '清单事项按进度落实' : null,
            assessedOn: past ? `${year}-12-${String(rng.int(10, 28)).padStart(2, '0')}` : null,
            assessmentScore: past ? score : null,
            assessmentGrade: past ? gradeOf(score) : null,
          }),
        );
      }
    }
  });
  return rows;
}

const TASKS: [TaskKind, string][] = [
  [TaskKind.TASK, '入户开展专项普查'],
  [TaskKind.RESPONSIBILITY_LETTER, '签订安全生产目标责任书'],
  [TaskKind.EVALUATION, '文明社区创建评比'],
  [TaskKind.CERTIFICATE, '出具居住证明'],
  [TaskKind.TASK, '社区悬挂宣传标语'],
  [TaskKind.EVALUATION, '社区台账检查考核'],
  [TaskKind.TASK, '协助开展医保征缴'],
];

/** Yangquan's 社区事务准入制: departments ask, the district admits or refuses; about half get through. */
export function demoAdmissions(city: DemoCity, rng: Rng): TaskAdmission[] {
  const DEMO_NOW = city.now;
  const rows: TaskAdmission[] = [];
  for (const d of city.geography.regions.filter((r) => r.level === 'DISTRICT')) {
    for (let k = 0; k < 8; k++) {
      const [kind, title] = rng.pick(TASKS);
      const requestedOn = iso(DEMO_NOW.getTime() - rng.int(5, 280) * DAY);
      const status = rng.weighted([
        [AdmissionStatus.ADMITTED, 5],
        [AdmissionStatus.REFUSED, 4],
        [AdmissionStatus.REQUESTED, 1],
      ] as const);
      rows.push(
        Object.assign({} as TaskAdmission, {
          id: rows.length + 1,
          districtCode: d.code,
          departmentCode: rng.pick(city.grid.departments).code,
          title,
          kind,
          reason: '上级部署，需社区配合',
          requestedOn,
          status,
          decidedOn:
            status === AdmissionStatus.REQUESTED
              ? null
              : iso(Date.parse(requestedOn) + rng.int(1, 4) * DAY),
          decisionNote:
            status === AdmissionStatus.ADMITTED
              ? '符合准入清单，准予进入社区'
              : status === AdmissionStatus.REFUSED
                ? '属部门职责，不得转嫁社区'
                : null,
        }),
      );
    }
  }
  return rows;
}

/** 两代表一委员工作室: one reception a month in every community, about 2,400 problems a year at city size. */
export function demoReceptions(city: DemoCity, rng: Rng): Reception[] {
  const DEMO_NOW = city.now;
  const YEAR = DEMO_NOW.getUTCFullYear();
  const rows: Reception[] = [];
  const kinds = [
    RepresentativeKind.PARTY_CONGRESS,
    RepresentativeKind.PEOPLES_CONGRESS,
    RepresentativeKind.CPPCC,
  ];
  for (const c of city.geography.regions.filter((r) => r.level === 'COMMUNITY')) {
    const member = city.party.members.find(
      (m) => (m as { regionCode?: string }).regionCode === c.code,
    );
    const names = [member?.name ?? personName(rng), personName(rng), personName(rng)];
    for (let month = 1; month <= DEMO_NOW.getUTCMonth(); month++) {
      const raised = rng.int(0, 2);
      rows.push(
        Object.assign({} as Reception, {
          id: rows.length + 1,
          communityCode: c.code,
          representativeName: names[month % 3],
          representativeKind: kinds[month % 3],
          receivedOn: `${YEAR}-${String(month).padStart(2, '0')}-15`,
          residents: rng.int(3, 15),
          problemsRaised: raised,
          problemsSolved: rng.int(0, raised),
          topics: rng
            .shuffle(['停车难', '噪音扰民', '路灯不亮', '物业收费', '养老服务', '违建'])
            .slice(0, Math.max(1, raised)),
        }),
      );
    }
  }
  return rows;
}
