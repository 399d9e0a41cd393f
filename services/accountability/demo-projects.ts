import type { DemoCity } from '../demo-city';
import type { Rng } from '../../shared/demo/random';
import {
  ProjectStatus,
  SecretaryLevel,
  type ProjectMilestone,
  type SecretaryProject,
} from './project/secretary-project.entity';
import { ReviewKind, type ProjectReview } from './project/project-review.entity';

/** The `city` demo has 6 districts, 37 streets and 215 communities; the seeds' counts are scaled by these. */
export const CITY_SCALE = { districts: 6, streets: 37, communities: 215 };
/** Changchun: 15 county, 73 street and 440 community secretaries each claim a project; 1,000+ problems solved. */
export const CHANGCHUN = { DISTRICT: 15, STREET: 73, COMMUNITY: 440 };

const LEVEL_OF: Record<string, [SecretaryLevel, keyof typeof CITY_SCALE | null]> = {
  CITY_COMMITTEE: [SecretaryLevel.CITY, null],
  DISTRICT_COMMITTEE: [SecretaryLevel.DISTRICT, 'districts'],
  STREET_WORKING_COMMITTEE: [SecretaryLevel.STREET, 'streets'],
  COMMUNITY_COMMITTEE: [SecretaryLevel.COMMUNITY, 'communities'],
};
const PROBLEMS: Record<SecretaryLevel, string[]> = {
  CITY: ['弃管小区物业全覆盖', '城市基层党建引领基层治理'],
  DISTRICT: [
    '老旧小区改造',
    '社区工作者队伍建设',
    '吹哨报到机制落实',
    '智慧网格平台建设',
    '红色物业覆盖',
  ],
  STREET: [
    '背街小巷环境整治',
    '小区停车难',
    '供暖投诉集中',
    '街道综合执法协同',
    '驻区单位共驻共建',
    '农贸市场周边秩序',
  ],
  COMMUNITY: [
    '楼道堆物清理',
    '加装电梯协调',
    '老年人助餐服务',
    '小区路面破损修补',
    '垃圾分类落地',
    '流动人口管理',
    '邻里纠纷多发',
    '无物业楼院托管',
    '雨污管网堵塞',
  ],
};
const STEPS = ['摸底调研', '制定方案', '组织实施', '验收评估'];
const COMMENTS = ['进展符合计划', '群众满意度较高', '需加快推进', '要建立长效机制', '问题台账清晰'];

/** `total` rows over `n` owners: as even as possible, the remainder to random owners. */
export function spread(rng: Rng, n: number, total: number): number[] {
  const out = Array.from({ length: n }, () => Math.floor(total / n));
  for (const i of rng
    .shuffle([...Array(n).keys()])
    .slice(0, total - out.reduce((a, b) => a + b, 0)))
    out[i]++;
  return out;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Days since 1 January of the date's year (0 on 1 January). */
const dayOfYear = (d: Date) =>
  Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000);

/** Secretary projects (书记项目) for the demo year, one owner per party committee of the city, district, street and community levels. */
export function demoSecretaryProjects(
  city: DemoCity,
  rng: Rng,
): { projects: SecretaryProject[]; reviews: ProjectReview[] } {
  // The city's own reference day, so projects and reviews move with the demo clock.
  const NOW = iso(city.now);
  const YEAR = city.now.getUTCFullYear();
  const projects: SecretaryProject[] = [];
  const reviews: ProjectReview[] = [];
  for (const [partyLevel, [level, scaleKey]] of Object.entries(LEVEL_OF)) {
    const owners = city.party.organizations.filter((o) => o.level === partyLevel && o.regionCode);
    if (owners.length === 0) continue;
    const total =
      scaleKey == null
        ? owners.length
        : Math.round(
            (CHANGCHUN[level as keyof typeof CHANGCHUN] * owners.length) / CITY_SCALE[scaleKey],
          );
    spread(rng, owners.length, Math.max(total, owners.length)).forEach((count, i) => {
      const org = owners[i] as (typeof owners)[number] & { secretary?: string };
      for (let k = 0; k < count; k++) {
        const id = projects.length + 1;
        const drawn = `${YEAR}-0${rng.int(1, 3)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        // Claimed in the first quarter; early in the year, on a day already past.
        const claimedOn =
          drawn <= NOW
            ? drawn
            : iso(new Date(Date.UTC(YEAR, 0, 1) + rng.int(0, dayOfYear(city.now)) * 86400000));
        const milestones: ProjectMilestone[] = STEPS.map((title, m) => ({
          title,
          dueOn: `${YEAR}-0${[3, 5, 7, 9][m]}-28`,
          done: false,
        }));
        const project: SecretaryProject = Object.assign({} as SecretaryProject, {
          id,
          level,
          regionCode: org.regionCode!,
          organizationId: org.id,
          secretaryName: org.secretary ?? '',
          year: YEAR,
          title: `${rng.pick(PROBLEMS[level])}${level === SecretaryLevel.COMMUNITY ? '攻坚' : '书记项目'}`,
          problem: `${org.name}书记领办：${rng.pick(PROBLEMS[level])}`,
          milestones,
          status: ProjectStatus.CLAIMED,
          problemsSolved: 0,
          claimedOn,
        });
        // Quarterly reviews (季度点评) up to the demo date, a half-year assessment (半年研判), follow-ups and some rectifications.
        const dates = [`${YEAR}-03-31`, `${YEAR}-06-30`, `${YEAR}-07-15`, `${YEAR}-09-30`].filter(
          (d) => d > claimedOn && d <= NOW,
        );
        const rectify = rng.chance(0.1);
        dates.forEach((reviewedOn, r) => {
          const kind = reviewedOn.endsWith('07-15')
            ? ReviewKind.HALF_YEAR
            : rectify && r === dates.length - 1
              ? ReviewKind.RECTIFICATION
              : rng.chance(0.2)
                ? ReviewKind.FOLLOW_UP
                : ReviewKind.QUARTERLY;
          const score = kind === ReviewKind.RECTIFICATION ? rng.int(45, 59) : rng.int(70, 98);
          reviews.push(
            Object.assign({} as ProjectReview, {
              id: reviews.length + 1,
              projectId: id,
              regionCode: project.regionCode,
              kind,
              reviewedOn,
              score,
              comment:
                kind === ReviewKind.RECTIFICATION ? '进度滞后，限期整改' : rng.pick(COMMENTS),
              rectifyBy:
                kind === ReviewKind.RECTIFICATION
                  ? iso(new Date(Date.parse(reviewedOn) + 45 * 86400000))
                  : null,
              reviewer: 'demo',
            }),
          );
          for (const m of milestones) if (m.dueOn <= reviewedOn && rng.chance(0.85)) m.done = true;
        });
        const done = milestones.every((m) => m.done);
        project.status =
          dates.length === 0
            ? ProjectStatus.CLAIMED
            : rectify
              ? ProjectStatus.RECTIFYING
              : done
                ? ProjectStatus.COMPLETED
                : ProjectStatus.IN_PROGRESS;
        project.problemsSolved =
          project.status === ProjectStatus.COMPLETED
            ? rng.int(2, 4)
            : project.status === ProjectStatus.IN_PROGRESS
              ? rng.int(1, 3)
              : 0;
        projects.push(project);
      }
    });
  }
  return { projects, reviews };
}
