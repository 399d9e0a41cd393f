import { generateGeography, type DemoSize } from '../shared/demo/geography';
import { EXAMPLE_QUERY, exampleGridCode } from '../scripts/example-query';
import { DASHBOARD_QUERY } from '../scripts/dashboard-query';

/** A GraphiQL tab: what the explorer opens with, so a newcomer starts from the README's own queries. */
export interface ExplorerTab {
  query: string;
  variables: string;
}

const CASE_WORKFLOW = `# 事项闭环 case workflow: 收集 → 受理 → 办理 → 办结 → 销号 (collect, accept, handle, resolve, close off).
# Run with a GRID_WORKER or COMMUNITY_STAFF token of the grid in the variables. Pick the operation
# with the run button's menu: ReportCase first, then put the answer's id and version into the
# variables before each next step (a stale version is refused with CONFLICT and changes nothing).
mutation ReportCase($grid: GridCode!) {
  reportCase(input: { gridCode: $grid, title: "楼道堆放杂物", category: SAFETY_HAZARD, source: PATROL, idempotencyKey: "explorer-demo-1" }) {
    id state version dueAt allowedNextStates
  }
}
mutation AcceptCase($id: ID!, $version: Int!) { acceptCase(input: { id: $id, version: $version }) { id state version allowedNextStates } }
mutation StartCase($id: ID!, $version: Int!) { startCase(input: { id: $id, version: $version }) { id state version allowedNextStates } }
mutation ResolveCase($id: ID!, $version: Int!) { resolveCase(input: { id: $id, version: $version, note: "已清理" }) { id state version allowedNextStates } }
mutation CloseCase($id: ID!, $version: Int!) { closeCase(input: { id: $id, version: $version }) { id state version closedAt } }
query CaseHistory($id: ID!) {
  case(id: $id) { id title state version overdue events { action fromState toState actor at } }
}`;

const header = (title: string) =>
  `# 多网合一 · ${title}\n# Paste a token into the Headers tab ({"Authorization": "Bearer <token>"}), then run.\n`;

/**
 * The demo city's codes for the tabs' variables, computed once, on the first page served. The
 * launcher stores them at seeding (demo-place.json): with that place nothing is regenerated, which
 * at `city` or `province` size would cost minutes.
 */
export function demoTabs(
  size: DemoSize,
  seed: number,
  stored?: { grid: string; city: string },
): () => ExplorerTab[] {
  let tabs: ExplorerTab[] | undefined;
  return () => {
    if (tabs) return tabs;
    const grid = stored?.grid ?? exampleGridCode(size, seed);
    const city = stored?.city ?? generateGeography(size, seed).cityCodes[0];
    const vars = (v: object) => JSON.stringify(v, null, 2);
    tabs = [
      {
        query: header("示例查询 the README's example: one grid, every subgraph") + EXAMPLE_QUERY,
        variables: vars({ code: grid }),
      },
      {
        query: header('指标看板 the dashboard: a region and its children') + DASHBOARD_QUERY,
        variables: vars({ code: city }),
      },
      { query: CASE_WORKFLOW, variables: vars({ grid, id: '1', version: 1 }) },
    ];
    return tabs;
  };
}
