import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartyMember } from '../member/member.entity';
import { PartyUnit } from './unit.entity';
import { isUnder } from '../organization/organization.rules';
import { assertWithin } from '../../../shared/auth/policy';
import { scopeOpens } from '../../../shared/auth/role-scope';
import { ForbiddenError } from '../../../shared/errors';
import { prefixRange } from '../../../shared/codes';
import { RegionCode } from '../../../shared/scalars';
import type { PartyContext } from '../context';

type Queryable = { query(sql: string, params?: unknown[]): Promise<any> };

/** Whether a member or a unit has a standing dual report (双报到) under `code`: a count, where the report itself may lie outside the caller's view. */
export async function reportsUnder(
  db: Queryable,
  reporter: 'member_id' | 'unit_id',
  id: number,
  code: string,
): Promise<boolean> {
  const { lo, hi } = prefixRange(code);
  const rows: unknown[] = await db.query(
    `SELECT id FROM party_dual_reports WHERE ${reporter} = ? AND ended_on IS NULL AND region_code >= ? AND region_code < ?`,
    [id, lo, hi],
  );
  return rows.length > 0;
}

/** The answer speaks of dual reports in that community: asked under the read policy for them. */
function assertMayAsk(ctx: PartyContext, code: string): void {
  if (!scopeOpens(ctx.viewer, 'DualReport'))
    throw new ForbiddenError(`a ${ctx.viewer.role} caller may not read dual reports`);
  assertWithin(ctx.viewer, code, 'that community');
}

const COMMUNITY = { description: '社区 the community (12-digit code) asked about' };

/** Who serves in a community: the claimants its micro-wishes accept (the volunteer subgraph asks here, shared/peer.ts). */
@Resolver(() => PartyMember)
export class PartyMemberServesInResolver {
  @FieldResolver(() => Boolean, {
    description:
      '在社区服务 whether the member belongs to an organisation in this community, is managed in one of its grids, or has a standing dual report (双报到) there',
  })
  async servesIn(
    @Root() m: PartyMember,
    @Arg('communityCode', () => RegionCode, COMMUNITY) code: string,
    @Ctx() ctx: PartyContext,
  ): Promise<boolean> {
    assertMayAsk(ctx, code);
    if (isUnder(m.regionCode, code) || (m.gridCode != null && isUnder(m.gridCode, code)))
      return true;
    return reportsUnder(ctx.dataSource, 'member_id', m.id, code);
  }
}

@Resolver(() => PartyUnit)
export class PartyUnitServesInResolver {
  @FieldResolver(() => Boolean, {
    description:
      '在社区服务 whether the unit has a standing dual report (双报到) to this community',
  })
  servesIn(
    @Root() u: PartyUnit,
    @Arg('communityCode', () => RegionCode, COMMUNITY) code: string,
    @Ctx() ctx: PartyContext,
  ): Promise<boolean> {
    assertMayAsk(ctx, code);
    return reportsUnder(ctx.dataSource, 'unit_id', u.id, code);
  }
}
