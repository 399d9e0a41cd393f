import { Ctx, Resolver, Root } from 'type-graphql';
import { Grid } from './grid.stub';
import {
  PartyOrganization,
  PartyOrganizationLevel as L,
} from '../organization/organization.entity';
import { PartyMember } from '../member/member.entity';
import { DualReport, DualReporterKind } from '../dual-report/dual-report.entity';
import { ServiceStation } from '../station/station.entity';
import type { PartyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Grid)
export class PartyGridResolver {
  @FieldOrNull(() => PartyOrganization, '网格(小区)党支部 the grid branch tied to this grid')
  async partyBranch(
    @Root() grid: Grid,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization | null> {
    const orgs = await ctx.loaders.gridOrganizationsByGridCode.load(grid.code);
    return orgs.find((o) => o.level === L.GRID_BRANCH) ?? null;
  }

  @FieldOrNull(() => [PartyOrganization], '楼栋党小组 the building groups in this grid')
  async buildingGroups(@Root() grid: Grid, @Ctx() ctx: PartyContext): Promise<PartyOrganization[]> {
    return (await ctx.loaders.gridOrganizationsByGridCode.load(grid.code)).filter(
      (o) => o.level === L.BUILDING_GROUP,
    );
  }

  @FieldOrNull(() => [PartyMember], '党员中心户 the party-member centre households in this grid')
  centerHouseholds(@Root() grid: Grid, @Ctx() ctx: PartyContext): Promise<PartyMember[]> {
    return ctx.loaders.centerHouseholdsByGridCode.load(grid.code);
  }

  @FieldOrNull(
    () => [DualReport],
    '报到党员 in-service members whose dual report to this grid (or a building in it) stands',
  )
  async reportedMembers(@Root() grid: Grid, @Ctx() ctx: PartyContext): Promise<DualReport[]> {
    return (await ctx.loaders.activeDualReportsByGridCode.load(grid.code)).filter(
      (r) => r.reporterKind === DualReporterKind.MEMBER,
    );
  }

  @FieldOrNull(
    () => [DualReport],
    '报到单位 units whose dual report to this grid (or a building in it) stands',
  )
  async reportedUnits(@Root() grid: Grid, @Ctx() ctx: PartyContext): Promise<DualReport[]> {
    return (await ctx.loaders.activeDualReportsByGridCode.load(grid.code)).filter(
      (r) => r.reporterKind === DualReporterKind.UNIT,
    );
  }

  @FieldOrNull(() => [ServiceStation], '党群服务站 service stations in this grid')
  partyServiceStations(@Root() grid: Grid, @Ctx() ctx: PartyContext): Promise<ServiceStation[]> {
    return ctx.loaders.serviceStationsByGridCode.load(grid.code);
  }
}
