/** The accountability records' dates (考核督办): see accountability-references.ts for their keys. */
import type { AuditData } from './data';
import { violation, type Violation } from './violation';

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

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
