import { registerVisibilityRule } from '../../shared/auth/policy';
import { Case } from './case/case.entity';
import { Grid } from './grid/grid.entity';
import { Region } from './region/region.entity';
import { Department, DepartmentGrid } from './department/department.entity';
import { WebhookEndpoint } from './webhook/webhook.entity';
import type { GridContext } from './context';

/**
 * The grid subgraph's own rules on top of jurisdiction: a department's system sees only the cases
 * dispatched to it and the grids those cases stand in; analysts see places and counts, not cases.
 */
async function departmentId(ctx: GridContext): Promise<number | null> {
  const code = ctx.viewer.departmentCode;
  return code ? ((await ctx.loaders.departmentByCode.load(code))?.id ?? null) : null;
}

registerVisibilityRule(Case, async (c: Case, ctx: GridContext) => {
  if (ctx.viewer.role === 'ANALYST') return false;
  return ctx.viewer.role !== 'DEPARTMENT' || c.departmentId === (await departmentId(ctx));
});

registerVisibilityRule(Grid, async (g: Grid, ctx: GridContext) => {
  if (ctx.viewer.role !== 'DEPARTMENT') return true;
  const id = await departmentId(ctx);
  return id != null && (await ctx.loaders.gridCodesWithCasesOfDepartment.load(id)).includes(g.code);
});

const notForDepartments = (_o: unknown, ctx: GridContext) => ctx.viewer.role !== 'DEPARTMENT';
registerVisibilityRule(Region, notForDepartments);
registerVisibilityRule(DepartmentGrid, notForDepartments);
registerVisibilityRule(
  Department,
  (d: Department, ctx: GridContext) =>
    ctx.viewer.role !== 'DEPARTMENT' || d.code === ctx.viewer.departmentCode,
);
// A department's system manages its own webhook endpoints (README: Webhooks), no other department's.
registerVisibilityRule(
  WebhookEndpoint,
  async (e: WebhookEndpoint, ctx: GridContext) =>
    ctx.viewer.role !== 'DEPARTMENT' || e.departmentId === (await departmentId(ctx)),
);
