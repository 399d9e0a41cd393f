/**
 * The benchmark's queries and, for each, what a right answer looks like. A checker returns null
 * when the body is right and a short reason when it is not; GraphQL errors are always wrong.
 */
import { pictureQuery } from '../picture-query';

export type Checker = (data: any) => string | null;

/** Scenario 1: one subgraph only (grid), the same text sent to the subgraph and to the gateway. */
export const PASS_QUERY = `query Pass($code: String!) {
  grid(code: $code) {
    code name level households population
    workers { name role }
    openCases { id title state dueAt overdue }
  }
}`;

export const checkPass =
  (code: string): Checker =>
  (d) => {
    const g = d?.grid;
    if (!g || g.code !== code) return `grid ${code} missing`;
    if (!Array.isArray(g.workers) || g.workers.length === 0) return 'grid.workers empty';
    if (!Array.isArray(g.openCases)) return 'grid.openCases missing';
    return null;
  };

/** Scenarios 2, 3 and 5: the whole picture of grids, the same query as test/e2e/unified-grid.test.ts (four domains). */
export const PICTURE = pictureQuery();

/** What the demo city says a grid's picture holds (the counts test/e2e/unified-grid.test.ts asserts). */
export interface GridExpectation {
  workers: number;
  compounds: number;
  volunteerTeams: number;
  openMicroWishes: number;
  partyBranch: boolean;
}

/**
 * Every grid asked for comes back in order with the right code; grids with an expectation must
 * match it exactly, and `rich` grids must also carry party branch members, a compound, a team and workers.
 */
export const checkPicture =
  (
    codes: string[],
    rich: string[] = [],
    expect?: (code: string) => GridExpectation | undefined,
  ): Checker =>
  (d) => {
    const list = d?.gridsByCodes;
    if (!Array.isArray(list) || list.length !== codes.length)
      return `gridsByCodes: ${list?.length ?? 'no'} grids for ${codes.length} codes`;
    for (let i = 0; i < codes.length; i += 1) {
      const g = list[i];
      if (!g || g.code !== codes[i]) return `gridsByCodes[${i}] is not ${codes[i]}`;
      for (const f of ['workers', 'openCases', 'compounds', 'volunteerTeams', 'openMicroWishes']) {
        if (!Array.isArray(g[f])) return `${codes[i]}.${f} missing`;
      }
      const e = expect?.(codes[i]);
      if (e) {
        for (const f of ['workers', 'compounds', 'volunteerTeams', 'openMicroWishes'] as const) {
          if (g[f].length !== e[f])
            return `${codes[i]}.${f}: ${g[f].length}, the demo city has ${e[f]}`;
        }
        if (!!g.partyBranch !== e.partyBranch)
          return `${codes[i]}.partyBranch: ${g.partyBranch ? 'present' : 'null'}, expected ${e.partyBranch ? 'present' : 'null'}`;
      }
    }
    for (const code of rich) {
      const g = list.find((x: { code: string }) => x.code === code);
      if (!g.partyBranch?.members?.length) return `${code}: no party branch members`;
      if (!g.compounds.length) return `${code}: no compound`;
      if (!g.volunteerTeams.length) return `${code}: no volunteer team`;
      if (!g.workers.length) return `${code}: no grid workers`;
    }
    return null;
  };

/** Scenario 4: one region's roll-up from every subgraph (scripts/dashboard-query.ts without children). */
export const ROLLUP_QUERY = `query Rollup($code: String!) {
  region(code: $code) {
    code name level
    gridIndicators { grids workers cases openCases overdueCases closureRate averageSatisfaction medianHoursToClose }
    partyIndicators { organizations members membersUnderGridManagement centerHouseholds branchCoverage stationCoverage dualReports }
    propertyIndicators { compounds serviceCoverage committeeCoverage partyShareOfCommitteeMembers redProperties averageEvaluationScore disclosureRate }
    volunteerIndicators { teams volunteers verifiedHours wishesClaimed wishesFulfilled needsUnmatched pointsIssued pointsRedeemed }
  }
}`;

export const checkRollup =
  (code: string): Checker =>
  (d) => {
    const r = d?.region;
    if (!r || r.code !== code) return `region ${code} missing`;
    for (const f of [
      'gridIndicators',
      'partyIndicators',
      'propertyIndicators',
      'volunteerIndicators',
    ]) {
      if (!r[f] || typeof r[f] !== 'object') return `region ${code}: ${f} missing`;
    }
    if (!(r.gridIndicators.grids > 0)) return `region ${code}: no grids counted`;
    return null;
  };

/** The rows a roll-up reads, as its own counts say: grids, workers, cases, members, compounds, volunteers. */
export function rollupRows(d: any): number {
  const r = d.region;
  return (
    r.gridIndicators.grids +
    r.gridIndicators.workers +
    r.gridIndicators.cases +
    r.partyIndicators.members +
    r.partyIndicators.organizations +
    r.propertyIndicators.compounds +
    r.volunteerIndicators.teams +
    r.volunteerIndicators.volunteers
  );
}

/** Checks one raw HTTP answer: status, JSON, no GraphQL errors, then the shape. */
export function checkBody(status: number, body: string, check: Checker): string | null {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`;
  let parsed: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(body);
  } catch {
    return `not JSON: ${body.slice(0, 120)}`;
  }
  if (parsed.errors?.length) {
    const e = parsed.errors[0];
    return `GraphQL error ${e.extensions?.code ?? ''}: ${e.message ?? ''}`.trim();
  }
  return check(parsed.data);
}
