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
