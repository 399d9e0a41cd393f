import {
  Args,
  ArgsType,
  Ctx,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { JointCommitteeMember, PartyAlliance, PartyAllianceMember } from './alliance.entity';
import { PartyUnit } from '../dual-report/unit.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { Paginated, pageUnder, PageUnderArgs } from '../../../shared/pagination';
import type { PartyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ObjectType({ description: '党建联盟分页 a page of alliances' })
export class PartyAlliancePage extends Paginated(PartyAlliance) {}

@ArgsType()
export class RegionPageArgs extends PageUnderArgs(
  '区划代码 rows under this region code (6/9/12 digits)',
) {}

@Resolver(() => PartyAlliance)
export class PartyAllianceResolver {
  @Query(() => PartyAlliancePage, {
    description: '党建联盟 alliances under a region code, paginated',
  })
  async partyAlliances(
    @Args() args: RegionPageArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAlliancePage> {
    const qb = ctx.dataSource.getRepository(PartyAlliance).createQueryBuilder('a');
    return pageUnder(qb, 'a.region_code', args, { 'a.id': 'ASC' });
  }

  @FieldResolver(() => [PartyAllianceMember], {
    description: '成员单位 member units with their four lists',
  })
  members(@Root() a: PartyAlliance, @Ctx() ctx: PartyContext) {
    return ctx.loaders.allianceMembersByAllianceId.load(a.id);
  }

  @FieldOrNull(() => PartyOrganization, '牵头党组织 the leading street or community organisation')
  leadOrganization(@Root() a: PartyAlliance, @Ctx() ctx: PartyContext) {
    return a.leadOrganizationId == null
      ? null
      : ctx.loaders.partyOrganizationById.load(a.leadOrganizationId);
  }
}

@Resolver(() => PartyAllianceMember)
export class PartyAllianceMemberResolver {
  @FieldOrNull(() => PartyUnit, '成员单位 the unit')
  unit(@Root() m: PartyAllianceMember, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyUnitById.load(m.unitId);
  }
}

@Resolver(() => JointCommitteeMember)
export class JointCommitteeMemberResolver {
  @FieldOrNull(() => PartyUnit, '所在单位 the resident unit the part-time member comes from')
  unit(@Root() m: JointCommitteeMember, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyUnitById.load(m.unitId);
  }
}
