import { Ctx, Resolver, Root } from 'type-graphql';
import { Case, Grid, Region } from '../place.stub';
import { UrbanComponent } from '../component/component.entity';
import { Inspection } from '../inspection/inspection.entity';
import { OnSiteRecord } from '../case-record/case-record.entity';
import { UrbanIndicators, computeUrbanIndicators } from './urban-indicators';
import { assertWithin } from '../../../shared/auth/policy';
import type { UrbanContext } from '../context';
import { regionIndicators, Resolving } from '../../../shared/queries';
import { FieldOrNull } from '../../../shared/field-resolvers';

// Fields added to another subgraph's entity are nullable: when urban is down only they are null (gateway/partial-rule.ts).
@Resolver(() => Grid)
export class GridUrbanResolver {
  @FieldOrNull(() => [UrbanComponent], "城管部件 the components in this grid's inventory")
  urbanComponents(@Root() grid: Grid, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.urbanComponentsByGridCode.load(grid.code);
  }

  @FieldOrNull(() => [Inspection], '城管巡查 inspections of this grid, newest first')
  urbanInspections(@Root() grid: Grid, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.inspectionsByGridCode.load(grid.code);
  }
}

@Resolver(() => Region)
export class RegionUrbanResolver extends Resolving<Region, UrbanContext>(Region, {
  fields: {
    urbanIndicators: regionIndicators(
      UrbanIndicators,
      '城管指标 components by kind and condition, damaged/missing rate and recent inspections under this region',
      computeUrbanIndicators,
    ),
  },
}) {}

@Resolver(() => Case)
export class CaseUrbanResolver {
  @FieldOrNull(
    () => String,
    "城管工单号 the urban-management department's ticket number for this case, once dispatched to it",
  )
  async urbanTicket(@Root() c: Case, @Ctx() ctx: UrbanContext): Promise<string | null> {
    const id = Number(c.id);
    const ticket = Number.isSafeInteger(id) ? await ctx.loaders.ticketByCaseId.load(id) : null;
    // A bare string escapes the per-object guard, so the ticket's place is checked here.
    if (ticket) assertWithin(ctx.viewer, ticket.gridCode, 'this case');
    return ticket?.ticketNo ?? null;
  }

  @FieldOrNull(
    () => [OnSiteRecord],
    "现场处置记录 the department's on-site handling of this case, oldest first",
  )
  onSiteRecords(@Root() c: Case, @Ctx() ctx: UrbanContext) {
    const id = Number(c.id);
    return Number.isSafeInteger(id) ? ctx.loaders.onSiteRecordsByCaseId.load(id) : [];
  }
}
