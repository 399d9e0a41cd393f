import { Ctx, Resolver, Root } from 'type-graphql';
import { Grid, PartyOrganization, Region, ResidentialCompound } from '../place.stub';
import { SecretaryProject } from '../project/secretary-project.entity';
import { PackageResponsibility } from '../package/package-responsibility.entity';
import { CoBuildingAgreement } from '../agreement/co-building-agreement.entity';
import {
  AccountabilityIndicators,
  computeAccountabilityIndicators,
} from './accountability-indicators';
import { idOrNull } from '../../../shared/ids';
import type { AccountabilityContext } from '../context';
import { fieldOrNull, regionIndicators, Resolving } from '../../../shared/queries';
import { FieldOrNull } from '../../../shared/field-resolvers';

// Every field added to another subgraph's entity is nullable: a slow accountability subgraph costs only its own fields.

@Resolver(() => Grid)
export class GridAccountabilityResolver extends Resolving<Grid, AccountabilityContext>(Grid, {
  fields: {
    packageResponsibilities: fieldOrNull(
      [PackageResponsibility],
      '包保责任 who answers for the old compounds and single buildings on this grid (包保)',
      (grid, ctx) => ctx.loaders.packagesByGridCode.load(grid.code),
    ),
  },
}) {}

@Resolver(() => Region)
export class RegionAccountabilityResolver extends Resolving<Region, AccountabilityContext>(Region, {
  fields: {
    accountabilityIndicators: regionIndicators(
      AccountabilityIndicators,
      '考核督办指标 accountability indicators under this region (书记项目, 第一书记, 包保, 契约化共建, 社区事务准入, 两代表一委员), computed by code prefix',
      computeAccountabilityIndicators,
    ),
  },
}) {}

@Resolver(() => ResidentialCompound)
export class CompoundAccountabilityResolver {
  @FieldOrNull(
    () => [PackageResponsibility],
    '包保责任 the leaders or units responsible for this compound (包保, 五包保)',
  )
  packageResponsibilities(@Root() c: ResidentialCompound, @Ctx() ctx: AccountabilityContext) {
    const id = idOrNull(c.id);
    return id == null ? [] : ctx.loaders.packagesByCompoundId.load(id);
  }
}

@Resolver(() => PartyOrganization)
export class OrganizationAccountabilityResolver {
  @FieldOrNull(
    () => [SecretaryProject],
    "书记项目 the projects this organisation's secretary claimed (书记项目)",
  )
  secretaryProjects(@Root() o: PartyOrganization, @Ctx() ctx: AccountabilityContext) {
    const id = idOrNull(o.id);
    return id == null ? [] : ctx.loaders.projectsByOrganizationId.load(id);
  }

  @FieldOrNull(
    () => [CoBuildingAgreement],
    '共建协议 co-building agreements this organisation signed (契约化共建)',
  )
  coBuildingAgreements(@Root() o: PartyOrganization, @Ctx() ctx: AccountabilityContext) {
    const id = idOrNull(o.id);
    return id == null ? [] : ctx.loaders.agreementsByOrganizationId.load(id);
  }
}
