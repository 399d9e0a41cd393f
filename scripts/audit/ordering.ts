/** The domain's ordering rules: every timeline in order, nothing after the data's own now. */
import type { AuditData } from './data';
import { violation, type Violation } from './violation';

const iso = (d: Date) => d.toISOString();

export function checkOrdering(d: AuditData): Violation[] {
  const out: Violation[] = [];
  const now = d.now.getTime();
  const today = iso(d.now).slice(0, 10);
  const events = new Map<number, AuditData['caseEvents']>();
  for (const e of d.caseEvents)
    (events.get(e.caseId) ?? events.set(e.caseId, []).get(e.caseId)!).push(e);
  // report → (escalate → dispatch → check-in) → resolve → close → rate, never after now.
  for (const c of d.cases) {
    const mine = events.get(c.id) ?? [];
    for (let i = 1; i < mine.length; i++) {
      if (mine[i].at < mine[i - 1].at)
        out.push(
          violation(
            'CASE_OUT_OF_ORDER',
            c.gridCode,
            `case ${c.id}`,
            `${mine[i].action} at ${iso(mine[i].at)} before ${mine[i - 1].action}`,
          ),
        );
    }
    if (c.reportedAt.getTime() > now || mine.some((e) => e.at.getTime() > now))
      out.push(violation('AFTER_NOW', c.gridCode, `case ${c.id}`, 'has events after now'));
  }
  const when = (caseId: number, action: string) =>
    events.get(caseId)?.find((e) => e.action === action)?.at;
  for (const t of d.tickets) {
    if (!events.has(t.caseId)) continue; // an unknown case is the references' finding
    const dispatched = when(t.caseId, 'dispatch');
    if (!dispatched || t.openedAt < dispatched)
      out.push(
        violation(
          'TICKET_BEFORE_DISPATCH',
          t.gridCode,
          `urban ticket ${t.id}`,
          `opened ${iso(t.openedAt)}, case ${t.caseId} dispatched ${dispatched ? iso(dispatched) : 'never'}`,
        ),
      );
  }
  for (const r of d.onSiteRecords) {
    if (!events.has(r.caseId)) continue;
    const checkedIn = when(r.caseId, 'checkIn');
    const resolved = when(r.caseId, 'resolve');
    if (r.action === 'ARRIVED' && (!checkedIn || r.at < checkedIn)) {
      out.push(
        violation(
          'ARRIVAL_BEFORE_CHECK_IN',
          r.gridCode,
          `on-site record ${r.id}`,
          `arrived ${iso(r.at)}, the department checked in ${checkedIn ? iso(checkedIn) : 'never'}`,
        ),
      );
    }
    if ((resolved && r.at > resolved) || r.at.getTime() > now)
      out.push(
        violation(
          'ON_SITE_AFTER_RESOLVE',
          r.gridCode,
          `on-site record ${r.id}`,
          `at ${iso(r.at)}, after the case was resolved or after now`,
        ),
      );
  }
  const members = new Map(d.members.map((m) => [m.id, m]));
  for (const m of d.members)
    if (m.joinedOn > today)
      out.push(
        violation(
          'AFTER_NOW',
          m.gridCode ?? m.regionCode,
          `party member ${m.id}`,
          `joins on ${m.joinedOn}`,
        ),
      );
  for (const r of d.dualReports) {
    const m = r.memberId != null ? members.get(r.memberId) : undefined;
    if (m && r.reportedOn < m.joinedOn)
      out.push(
        violation(
          'DUAL_REPORT_BEFORE_JOINING',
          r.regionCode,
          `dual report ${r.id}`,
          `reported ${r.reportedOn}, member ${m.id} joined ${m.joinedOn}`,
        ),
      );
    if ((r.endedOn != null && r.endedOn < r.reportedOn) || r.reportedOn > today)
      out.push(
        violation(
          'DUAL_REPORT_OUT_OF_ORDER',
          r.regionCode,
          `dual report ${r.id}`,
          `${r.reportedOn} – ${r.endedOn ?? ''}`,
        ),
      );
  }
  const volunteers = new Map(d.volunteers.map((v) => [v.id, v]));
  const teams = new Map(d.teams.map((t) => [t.id, t]));
  const activities = new Map(d.activities.map((a) => [a.id, a]));
  for (const v of d.volunteers)
    if (v.registeredAt.getTime() > now)
      out.push(
        violation(
          'AFTER_NOW',
          v.regionCode,
          `volunteer ${v.id}`,
          `registers ${iso(v.registeredAt)}`,
        ),
      );
  for (const a of d.activities) {
    const t = teams.get(a.teamId);
    if (t && a.startsAt < t.foundedAt)
      out.push(
        violation(
          'ACTIVITY_BEFORE_TEAM',
          a.regionCode,
          `activity ${a.id}`,
          `starts ${iso(a.startsAt)}, team ${t.id} founded ${iso(t.foundedAt)}`,
        ),
      );
  }
  for (const p of d.participations) {
    const v = volunteers.get(p.volunteerId);
    const team = teams.get(activities.get(p.activityId)?.teamId ?? -1);
    if (v && p.signedUpAt < v.registeredAt)
      out.push(
        violation(
          'SIGN_UP_BEFORE_REGISTRATION',
          p.regionCode,
          `participation ${p.id}`,
          `signed up ${iso(p.signedUpAt)}, registered ${iso(v.registeredAt)}`,
        ),
      );
    if (p.verifiedByRole === 'TEAM_LEADER' && team?.leaderVolunteerId === p.volunteerId) {
      out.push(
        violation(
          'SELF_VERIFIED',
          p.regionCode,
          `participation ${p.id}`,
          `team leader, volunteer ${p.volunteerId}, verified their own hours`,
        ),
      );
    }
  }
  for (const w of d.wishes) {
    const steps = [w.postedAt, w.claimedAt, w.fulfilledAt, w.confirmedAt].filter(
      (x): x is Date => x != null,
    );
    if (steps.some((s, i) => i > 0 && s < steps[i - 1]) || steps.some((s) => s.getTime() > now)) {
      out.push(
        violation(
          'WISH_OUT_OF_ORDER',
          w.gridCode,
          `micro-wish ${w.id}`,
          steps.map(iso).join(' → '),
        ),
      );
    }
  }
  for (const e of d.evaluations)
    if (e.evaluatedOn > today)
      out.push(
        violation(
          'AFTER_NOW',
          e.gridCode,
          `service evaluation ${e.id}`,
          `evaluated ${e.evaluatedOn}`,
        ),
      );
  for (const i of d.inspections)
    if (i.inspectedOn > today)
      out.push(violation('AFTER_NOW', i.gridCode, `inspection ${i.id}`, `on ${i.inspectedOn}`));
  return out;
}
