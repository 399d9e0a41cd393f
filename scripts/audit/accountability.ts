/**
 * The accountability subgraph's records (考核督办) against the rest of the city: every key they hold
 * to another subgraph's region, organisation, member, unit, compound or department, and their dates
 * (milestones within the project's year, reviews after the claim, terms, the agreement's three
 * stages within its year, decisions after requests, nothing after now). Details name records by id,
 * never a person: the report is served to CITY_ADMIN, who sees no personal data in clear.
 */
import { regionPrefix } from '../../shared/codes';
import type { AuditData } from './data';
import { violation, type Violation } from './violation';

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
/** The party organisation that owns a secretary project of each level, and its region code's length. */
const OWNER: Record<string, [string, number]> = {
  CITY: ['CITY_COMMITTEE', 6],
  DISTRICT: ['DISTRICT_COMMITTEE', 6],
  STREET: ['STREET_WORKING_COMMITTEE', 9],
  COMMUNITY: ['COMMUNITY_COMMITTEE', 12],
};
const covers = (region: string, code: string) => code.startsWith(regionPrefix(region));

export function checkAccountabilityReferences(d: AuditData): Violation[] {
  const out: Violation[] = [];
  const regions = new Set(d.regions.map((r) => r.code));
  const departments = new Set(d.departments.map((x) => x.code));
  const orgs = byId(d.organizations);
  const members = byId(d.members);
  const units = byId(d.units);
  const unitNames = new Set(d.units.map((u) => u.name));
  const compounds = byId(d.compounds);
  /** A region key: it exists, and it is of the level the record says (a community, a district...). */
  const region = (what: string, id: number, code: string, lengths: number[], level: string) => {
    if (!regions.has(code))
      out.push(violation('UNKNOWN_REGION', code, `${what} ${id}`, `region ${code} does not exist`));
    else if (!lengths.includes(code.length))
      out.push(
        violation('UNKNOWN_REGION', code, `${what} ${id}`, `region ${code} is not a ${level}`),
      );
  };
  const organization = (what: string, id: number, code: string, orgId: number | null) => {
    if (orgId == null) return undefined;
    const o = orgs.get(orgId);
    if (!o)
      out.push(
        violation(
          'UNKNOWN_PARTY_ORGANIZATION',
          code,
          `${what} ${id}`,
          `party organisation ${orgId} does not exist`,
        ),
      );
    return o;
  };

  // 书记项目: owned by the party committee of its level, in its region, and claimed by its secretary.
  for (const p of d.projects) {
    const [level, length] = OWNER[p.level] ?? ['', 0];
    region('secretary project', p.id, p.regionCode, [length], p.level.toLowerCase());
    const o = organization('secretary project', p.id, p.regionCode, p.organizationId);
    if (!o) continue;
    const wrong =
      o.level !== level
        ? `its organisation ${o.id} is a ${o.level}, not a ${level}`
        : o.regionCode !== p.regionCode
          ? `its organisation ${o.id} stands in ${o.regionCode}`
          : (o.secretary ?? '') !== p.secretaryName
            ? `its secretary is not the secretary of organisation ${o.id}`
            : null;
    if (wrong)
      out.push(
        violation('PROJECT_OWNER_MISMATCH', p.regionCode, `secretary project ${p.id}`, wrong),
      );
  }
  // 第一书记: posted to a community, and the same person as the party member it links to.
  for (const f of d.firstSecretaries) {
    region('first-secretary assignment', f.id, f.communityCode, [12], 'community');
    if (f.partyMemberId == null) continue;
    const m = members.get(f.partyMemberId);
    if (!m)
      out.push(
        violation(
          'UNKNOWN_PARTY_MEMBER',
          f.communityCode,
          `first-secretary assignment ${f.id}`,
          `party member ${f.partyMemberId} does not exist`,
        ),
      );
    else if (m.name !== f.cadreName)
      out.push(
        violation(
          'PERSON_MISMATCH',
          f.communityCode,
          `first-secretary assignment ${f.id}`,
          `is party member ${m.id} but reads another name`,
        ),
      );
  }
  // 包保: an old compound or a single building, on the grid the package says, held by a registered unit.
  for (const p of d.packages) {
    const k = compounds.get(p.compoundId);
    if (!k || k.gridCode !== p.gridCode) {
      out.push(
        violation(
          'UNKNOWN_COMPOUND',
          p.gridCode,
          `package responsibility ${p.id}`,
          k
            ? `compound ${k.id} is on grid ${k.gridCode}`
            : `compound ${p.compoundId} does not exist`,
        ),
      );
      continue;
    }
    const wrong =
      p.target === 'SINGLE_BUILDING' && !k.singleBuilding
        ? `compound ${k.id} is not a single building`
        : p.target === 'COMPOUND' && k.singleBuilding
          ? `compound ${k.id} is a single building`
          : !k.old && !k.singleBuilding
            ? `compound ${k.id} is neither old nor a single building`
            : null;
    if (wrong)
      out.push(
        violation('PACKAGE_TARGET_MISMATCH', p.gridCode, `package responsibility ${p.id}`, wrong),
      );
    if (p.unitName != null && !unitNames.has(p.unitName))
      out.push(
        violation(
          'UNKNOWN_UNIT',
          p.gridCode,
          `package responsibility ${p.id}`,
          'its responsible unit is not in the unit registry',
        ),
      );
  }
  // 契约化共建: a registered resident unit (in the region, or dual-reporting there) and the region's own organisation.
  for (const a of d.agreements) {
    region('co-building agreement', a.id, a.regionCode, [9, 12], 'street or community');
    const o = organization('co-building agreement', a.id, a.regionCode, a.organizationId);
    if (a.unitId != null && !units.has(a.unitId)) {
      out.push(
        violation(
          'UNKNOWN_UNIT',
          a.regionCode,
          `co-building agreement ${a.id}`,
          `unit ${a.unitId} does not exist`,
        ),
      );
      continue;
    }
    const u = a.unitId != null ? units.get(a.unitId) : undefined;
    const [from, to] = [`${a.year}-01-01`, `${a.year}-12-31`];
    const reports = (id: number) =>
      d.dualReports.some(
        (r) =>
          r.unitId === id &&
          (covers(r.regionCode, a.regionCode) || covers(a.regionCode, r.regionCode)) &&
          r.reportedOn <= to &&
          (r.endedOn == null || r.endedOn >= from),
      );
    const wrong =
      u && u.name !== a.unitName
        ? `it names another unit than unit ${u.id}`
        : u && !covers(u.regionCode, a.regionCode) && !reports(u.id)
          ? `unit ${u.id} of ${u.regionCode} neither stands nor dual-reports in ${a.regionCode}`
          : o && o.regionCode !== a.regionCode
            ? `its organisation ${o.id} stands in ${o.regionCode}`
            : null;
    if (wrong)
      out.push(
        violation('AGREEMENT_PARTY_MISMATCH', a.regionCode, `co-building agreement ${a.id}`, wrong),
      );
  }
  // 社区事务准入: a district decides, on a department of the grid subgraph.
  for (const t of d.admissions) {
    region('task admission', t.id, t.districtCode, [6], 'district');
    if (!departments.has(t.departmentCode))
      out.push(
        violation(
          'UNKNOWN_DEPARTMENT',
          t.districtCode,
          `task admission ${t.id}`,
          `department ${t.departmentCode} does not exist`,
        ),
      );
  }
  // 两代表一委员: received in a community.
  for (const r of d.receptions) region('reception', r.id, r.communityCode, [12], 'community');
  return out;
}

export function checkAccountabilityOrdering(d: AuditData): Violation[] {
  const out: Violation[] = [];
  const today = d.now.toISOString().slice(0, 10);
  const projects = byId(d.projects);
  const packages = byId(d.packages);
  const afterNow = (code: string, subject: string, what: string, on: string | null) => {
    if (on != null && on > today) out.push(violation('AFTER_NOW', code, subject, `${what} ${on}`));
  };
  const ascending = (dates: string[]) => dates.every((x, i) => i === 0 || x >= dates[i - 1]);

  for (const p of d.projects) {
    const s = `secretary project ${p.id}`;
    const due = p.milestones.map((m) => m.dueOn);
    // A project of a year: claimed in it, milestones after the claim, in order, due within the year.
    if (
      !p.claimedOn.startsWith(`${p.year}-`) ||
      !ascending([p.claimedOn, ...due]) ||
      due.some((x) => x > `${p.year}-12-31`)
    )
      out.push(
        violation(
          'PROJECT_OUT_OF_ORDER',
          p.regionCode,
          s,
          `${p.year}: ${[p.claimedOn, ...due].join(' → ')}`,
        ),
      );
    afterNow(p.regionCode, s, 'claimed on', p.claimedOn);
  }
  for (const r of d.reviews) {
    const s = `project review ${r.id}`;
    const p = projects.get(r.projectId);
    if (!p || p.regionCode !== r.regionCode)
      out.push(
        violation(
          'ORPHAN_RECORD',
          r.regionCode,
          s,
          p
            ? `its project ${p.id} stands in ${p.regionCode}`
            : `project ${r.projectId} does not exist`,
        ),
      );
    // Reviewed after the claim, at the latest in the annual report early the next year; rectification after the review.
    else if (
      r.reviewedOn < p.claimedOn ||
      r.reviewedOn > `${p.year + 1}-03-31` ||
      (r.rectifyBy != null && r.rectifyBy <= r.reviewedOn)
    )
      out.push(
        violation(
          'REVIEW_OUT_OF_ORDER',
          r.regionCode,
          s,
          `reviewed ${r.reviewedOn}, project ${p.id} claimed ${p.claimedOn}${r.rectifyBy ? `, rectify by ${r.rectifyBy}` : ''}`,
        ),
      );
    afterNow(r.regionCode, s, 'reviewed on', r.reviewedOn);
  }
  for (const f of d.firstSecretaries) {
    const s = `first-secretary assignment ${f.id}`;
    if (f.termEnd <= f.termStart)
      out.push(violation('TERM_OUT_OF_ORDER', f.communityCode, s, `${f.termStart} – ${f.termEnd}`));
    afterNow(f.communityCode, s, 'term starts', f.termStart);
  }
  for (const p of d.packages)
    afterNow(p.gridCode, `package responsibility ${p.id}`, 'responsible since', p.startedOn);
  for (const v of d.visits) {
    const s = `package visit ${v.id}`;
    const p = packages.get(v.packageId);
    if (!p || p.gridCode !== v.gridCode)
      out.push(
        violation(
          'ORPHAN_RECORD',
          v.gridCode,
          s,
          p
            ? `its package ${p.id} is on grid ${p.gridCode}`
            : `package ${v.packageId} does not exist`,
        ),
      );
    else if (v.visitedOn < p.startedOn)
      out.push(
        violation(
          'VISIT_BEFORE_PACKAGE',
          v.gridCode,
          s,
          `visited ${v.visitedOn}, package ${p.id} held since ${p.startedOn}`,
        ),
      );
    afterNow(v.gridCode, s, 'visited on', v.visitedOn);
  }
  // 年初签约、年中督查、年底考评: the dates the stage reached needs, in order, within the agreement's year.
  const NEEDS: Record<string, number> = { SIGNED: 1, SUPERVISED: 2, ASSESSED: 3 };
  for (const a of d.agreements) {
    const s = `co-building agreement ${a.id}`;
    const dates = [a.signedOn, a.supervisedOn, a.assessedOn];
    const given = dates.filter((x): x is string => x != null);
    const gap = dates.findIndex((x) => x == null);
    if (
      (gap !== -1 && dates.slice(gap).some((x) => x != null)) ||
      given.length !== (NEEDS[a.stage] ?? 0) ||
      !ascending(given) ||
      given.some((x) => !x.startsWith(`${a.year}-`))
    )
      out.push(
        violation(
          'AGREEMENT_OUT_OF_ORDER',
          a.regionCode,
          s,
          `${a.year} ${a.stage}: ${dates.map((x) => x ?? '–').join(' → ')}`,
        ),
      );
    for (const x of given) afterNow(a.regionCode, s, 'dated', x);
  }
  for (const t of d.admissions) {
    const s = `task admission ${t.id}`;
    // A decision comes after the request, and only a decided request has one.
    if (
      (t.status === 'REQUESTED') !== (t.decidedOn == null) ||
      (t.decidedOn != null && t.decidedOn < t.requestedOn)
    )
      out.push(
        violation(
          'ADMISSION_OUT_OF_ORDER',
          t.districtCode,
          s,
          `${t.status}: requested ${t.requestedOn}, decided ${t.decidedOn ?? 'never'}`,
        ),
      );
    afterNow(t.districtCode, s, 'requested on', t.requestedOn);
    afterNow(t.districtCode, s, 'decided on', t.decidedOn);
  }
  for (const r of d.receptions)
    afterNow(r.communityCode, `reception ${r.id}`, 'received on', r.receivedOn);
  return out;
}
