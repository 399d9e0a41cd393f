import { Arg, Args, ArgsType, Ctx, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { PartyUnit, PartyUnitKind } from './unit.entity';
import { toPage, PageUnderArgs, PageOf, type Page } from '../../../shared/pagination';
import { assertPrefix, prefixRange, jurisdictionPrefix } from '../../../shared/codes';
import { scopeOpens } from '../../../shared/auth/role-scope';
import { RegionCode } from '../../../shared/scalars';
import { writeTransaction } from '../../../shared/tx';
import { REGION_STAFF, WriteRule, argPlace } from '../../../shared/auth/write-rule';
import { idempotent, IdempotencyKeyField } from '../../../shared/idempotency';
import type { PartyContext } from '../context';
import { Input } from '../../../shared/input-fields';

export const PartyUnitPage = PageOf(PartyUnit, '驻区单位分页 a page of resident units');

@ArgsType()
export class UnitFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 units registered under this code, or with a standing dual report (双报到) under it',
) {}

@InputType({ description: '登记驻区单位 a resident unit to register' })
export class RegisterUnitInput {
  @Input.text('名称 name', { length: [1, 100] })
  name!: string;

  @Input.of(() => PartyUnitKind, '类别 kind')
  kind!: PartyUnitKind;

  @Input.of(
    () => RegionCode,
    '所在区划 the region where the unit sits (district, street or community)',
  )
  regionCode!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@Resolver(() => PartyUnit)
export class PartyUnitListResolver {
  @Query(() => PartyUnitPage, {
    description:
      '驻区单位 units registered under a region, and the units registered elsewhere (e.g. at the district) that report there',
  })
  async units(@Args() args: UnitFilterArgs, @Ctx() ctx: PartyContext): Promise<Page<PartyUnit>> {
    const { lo, hi } = prefixRange(jurisdictionPrefix(assertPrefix(args.under, 'under')));
    // A department or analyst lists no units (shared/auth/role-scope): this list bypasses underPrefixSql for its OR.
    if (!scopeOpens(ctx.viewer, 'PartyUnit')) return toPage([], 0, args);
    const [items, total] = await ctx.dataSource
      .getRepository(PartyUnit)
      .createQueryBuilder('u')
      .where('(u.region_code >= :lo AND u.region_code < :hi)', { lo, hi })
      .orWhere(
        'u.id IN (SELECT r.unit_id FROM party_dual_reports r WHERE r.unit_id IS NOT NULL AND r.ended_on IS NULL AND r.region_code >= :lo AND r.region_code < :hi)',
      )
      .orderBy('u.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return toPage(items, total, args);
  }

  @WriteRule({ roles: REGION_STAFF, place: argPlace('input.regionCode') })
  @Mutation(() => PartyUnit, {
    description:
      "登记驻区单位 register a resident unit in the caller's jurisdiction, so that it can report (双报到) and join alliances",
  })
  registerUnit(
    @Arg('input', { description: '单位 the unit' }) input: RegisterUnitInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyUnit> {
    return writeTransaction(ctx.dataSource, (em) =>
      idempotent(
        em,
        'registerUnit',
        input.idempotencyKey,
        (id) => em.findOneBy(PartyUnit, { id }),
        () =>
          em.save(
            PartyUnit,
            em.create(PartyUnit, {
              name: input.name,
              kind: input.kind,
              regionCode: input.regionCode,
            }),
          ),
      ),
    );
  }
}
