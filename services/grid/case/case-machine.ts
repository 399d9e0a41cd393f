import { CaseState as S } from './case.entity';

/**
 * The closed loop as data: each action moves a case from one of `from` to `to`. Escalation goes
 * to the street command centre, dispatch blows the whistle for a department (吹哨), the department
 * reports (报到) and works it, or returns it as not its own.
 */
export const CASE_ACTIONS = {
  accept: { from: [S.REPORTED], to: S.ACCEPTED },
  start: { from: [S.ACCEPTED], to: S.IN_PROGRESS },
  escalate: { from: [S.ACCEPTED, S.IN_PROGRESS], to: S.ESCALATED },
  dispatch: { from: [S.ESCALATED], to: S.DISPATCHED },
  checkIn: { from: [S.DISPATCHED], to: S.IN_PROGRESS },
  returnToCentre: { from: [S.DISPATCHED, S.IN_PROGRESS], to: S.ESCALATED },
  resolve: { from: [S.IN_PROGRESS], to: S.RESOLVED },
  reopen: { from: [S.RESOLVED], to: S.IN_PROGRESS },
  close: { from: [S.RESOLVED], to: S.CLOSED },
  rate: { from: [S.CLOSED], to: S.RATED },
} as const;

export type CaseAction = keyof typeof CASE_ACTIONS;

/** The states a case may move to next; `withDepartment` says whether a department holds it. */
export function allowedNextStates(state: S, withDepartment: boolean): S[] {
  const next = new Set<S>();
  for (const [action, rule] of Object.entries(CASE_ACTIONS) as [
    CaseAction,
    { from: readonly S[]; to: S },
  ][]) {
    if (rule.from.includes(state) && actionApplies(action, state, withDepartment))
      next.add(rule.to);
  }
  return [...next];
}

/** A department can only return a case it holds; the grid only escalates a case it holds. */
export function actionApplies(action: CaseAction, state: S, withDepartment: boolean): boolean {
  const rule = CASE_ACTIONS[action] as { from: readonly S[] };
  if (!rule.from.includes(state)) return false;
  if (action === 'returnToCentre' && state === S.IN_PROGRESS) return withDepartment;
  if (action === 'escalate' && state === S.IN_PROGRESS) return !withDepartment;
  return true;
}

/** Default hours allowed in each open stage; CASE_DEADLINES overrides them. */
export const DEFAULT_DEADLINE_HOURS: Partial<Record<S, number>> = {
  [S.REPORTED]: 24,
  [S.ACCEPTED]: 24,
  [S.IN_PROGRESS]: 120,
  [S.ESCALATED]: 4,
  [S.DISPATCHED]: 24,
  [S.RESOLVED]: 48,
};

export type DeadlineHours = Partial<Record<S, number>>;

/** Parses `REPORTED=24,DISPATCHED=12`; unknown states or non-positive hours are a startup error. */
export function parseDeadlines(spec: string | undefined): DeadlineHours {
  const out: DeadlineHours = { ...DEFAULT_DEADLINE_HOURS };
  if (!spec) return out;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [state, hours] = part.split('=');
    if (!(state in DEFAULT_DEADLINE_HOURS) || !(Number(hours) > 0)) {
      throw new Error(`CASE_DEADLINES: "${part}" must be <open state>=<hours>, e.g. DISPATCHED=24`);
    }
    out[state as S] = Number(hours);
  }
  return out;
}

export function dueAtFor(state: S, enteredAt: Date, deadlines: DeadlineHours): Date | null {
  const hours = deadlines[state];
  return hours ? new Date(enteredAt.getTime() + hours * 3600_000) : null;
}
