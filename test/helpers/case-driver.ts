import type { GraphQLResponse } from './subgraph';

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** Each step of a case's life, by action, and the mutation that takes it. */
export const CASE_MUTATION: Record<string, string> = {
  accept: 'acceptCase',
  start: 'startCase',
  escalate: 'escalateCase',
  dispatch: 'dispatchCase',
  checkIn: 'checkInCase',
  returnToCentre: 'returnCase',
  resolve: 'resolveCase',
  reopen: 'reopenCase',
  close: 'closeCase',
  rate: 'rateCase',
};
const INPUT: Record<string, string> = { dispatch: 'DispatchCaseInput', rate: 'RateCaseInput' };

/** The mutation document for one step (`action`) of a case, answering `fields`. */
export const caseStepMutation = (action: string, fields: string) =>
  `mutation($i: ${INPUT[action] ?? 'CaseTransitionInput'}!) { ${CASE_MUTATION[action]}(input: $i) { ${fields} } }`;

/** Reports a case on a grid and drives it through the given steps (dispatch goes to `departmentCode`), failing loudly. */
export async function driveCase(
  gql: Gql,
  gridCode: string,
  actions: string[],
  departmentCode = 'CG',
) {
  const r = await gql(
    'mutation($i: ReportCaseInput!) { reportCase(input: $i) { id version state } }',
    {
      i: {
        gridCode,
        title: '井盖缺失 manhole cover missing',
        category: 'FACILITY',
        source: 'PATROL',
      },
    },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  let c = r.data.reportCase as { id: string; version: number; state: string };
  for (const a of actions) {
    const extra = a === 'dispatch' ? { departmentCode } : a === 'rate' ? { satisfaction: 4 } : {};
    const s = await gql(caseStepMutation(a, 'id version state'), {
      i: { id: c.id, version: c.version, ...extra },
    });
    if (s.errors) throw new Error(`${a}: ${JSON.stringify(s.errors)}`);
    c = s.data[CASE_MUTATION[a]];
  }
  return c;
}

/** Polls until `check` returns a value (no sleeps as synchronisation: a condition with a deadline). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 20000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
