import { ArgsType, Resolver } from 'type-graphql';
import { JointCommitteeMember, PartyAlliance, PartyAllianceMember } from './alliance.entity';
import { PartyUnit } from '../dual-report/unit.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { field, fieldOrNull, link, listUnder, Resolving } from '../../../shared/queries';
import type { PartyContext } from '../context';

@ArgsType()
export class RegionPageArgs extends PageUnderArgs(
  '区划代码 rows under this region code (6/9/12 digits)',
) {}

@Resolver(() => PartyAlliance)
export class PartyAllianceResolver extends Resolving<PartyAlliance, PartyContext>(PartyAlliance, {
  queries: {
    partyAlliances: listUnder(
      ['PartyAlliancePage', '党建联盟分页 a page of alliances'],
      RegionPageArgs,
      {
        description: '党建联盟 alliances under a region code, paginated',
        under: 'r.region_code',
      },
    ),
  },
  fields: {
    members: field([PartyAllianceMember], '成员单位 member units with their four lists', (a, ctx) =>
      ctx.loaders.allianceMembersByAllianceId.load(a.id),
    ),
    leadOrganization: fieldOrNull(
      PartyOrganization,
      '牵头党组织 the leading street or community organisation',
      (a, ctx) =>
        a.leadOrganizationId == null
          ? null
          : ctx.loaders.partyOrganizationById.load(a.leadOrganizationId),
    ),
  },
}) {}

@Resolver(() => PartyAllianceMember)
export class PartyAllianceMemberResolver extends Resolving<PartyAllianceMember, PartyContext>(
  PartyAllianceMember,
  {
    fields: {
      unit: link(PartyUnit, '成员单位 the unit', 'partyUnitById', 'unitId'),
    },
  },
) {}

@Resolver(() => JointCommitteeMember)
export class JointCommitteeMemberResolver extends Resolving<JointCommitteeMember, PartyContext>(
  JointCommitteeMember,
  {
    fields: {
      unit: link(
        PartyUnit,
        '所在单位 the resident unit the part-time member comes from',
        'partyUnitById',
        'unitId',
      ),
    },
  },
) {}
