import { Args, ArgsType, Ctx, Query, Resolver, Root } from 'type-graphql';
import { toPage, PageUnderArgs, PageOf } from '../../../shared/pagination';
import { assertPrefix, jurisdictionPrefix, underPrefixSql } from '../../../shared/codes';
import { Region } from '../region/region.entity';
import type { GridContext } from '../context';
import {
  IntegrityKindCount,
  IntegrityRegionCount,
  IntegrityReport,
  IntegrityViolation,
} from './integrity.entity';
import { latestIntegrityRun } from './integrity.store';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

export const IntegrityViolationPage = PageOf(
  IntegrityViolation,
  '一致性问题分页 a page of integrity violations',
);

@ArgsType()
class IntegrityReportArgs {
  @Input.text('区划或网格编码前缀 the region reported on')
  under!: string;
}

@ArgsType()
class IntegrityViolationArgs extends PageUnderArgs(
  '区划或网格编码前缀 the region whose violations are listed',
) {
  @Input.text('问题类型 only violations of this kind', { nullable: true, length: [1, 40] })
  kind?: string;
}

const kindCounts = (counts: Map<string, number>): IntegrityKindCount[] =>
  [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => Object.assign(new IntegrityKindCount(), { kind, count }));

/**
 * The integrity report of the merged networks, as the last audit run stored it in this subgraph's
 * own database (integrity.store). Who may read it is the read policy's (shared/auth/role-scope
 * ROLE_ONLY: CITY_ADMIN), asked through the list filter below before anything is read.
 */
@Resolver(() => IntegrityRegionCount)
export class IntegrityResolver {
  @Query(() => IntegrityReport, {
    description:
      '数据一致性报告 the federated integrity report under a region: per street the violations per kind, with when the audit ran (CITY_ADMIN only; other roles are refused)',
  })
  async integrityReport(
    @Args() { under }: IntegrityReportArgs,
    @Ctx() ctx: GridContext,
  ): Promise<IntegrityReport> {
    const prefix = assertPrefix(under, 'under');
    const [range, params] = underPrefixSql('v.code', prefix, 'p', IntegrityViolation.name);
    const run = await latestIntegrityRun(ctx.dataSource);
    const rows: { regionCode: string; kind: string; n: string | number }[] = run
      ? await ctx.dataSource
          .getRepository(IntegrityViolation)
          .createQueryBuilder('v')
          .select('v.region_code', 'regionCode')
          .addSelect('v.kind', 'kind')
          .addSelect('COUNT(*)', 'n')
          .where('v.run_id = :run', { run: run.id })
          .andWhere(range, params)
          .groupBy('v.region_code')
          .addGroupBy('v.kind')
          .getRawMany()
      : [];
    const all = new Map<string, number>();
    const perRegion = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const n = Number(r.n);
      all.set(r.kind, (all.get(r.kind) ?? 0) + n);
      const mine =
        perRegion.get(r.regionCode) ?? perRegion.set(r.regionCode, new Map()).get(r.regionCode)!;
      mine.set(r.kind, n);
    }
    return Object.assign(new IntegrityReport(), {
      regionCode: jurisdictionPrefix(prefix),
      computedAt: run?.computedAt ?? null,
      total: [...all.values()].reduce((a, b) => a + b, 0),
      kinds: kindCounts(all),
      regions: [...perRegion]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([regionCode, kinds]) =>
          Object.assign(new IntegrityRegionCount(), {
            regionCode,
            total: [...kinds.values()].reduce((a, b) => a + b, 0),
            kinds: kindCounts(kinds),
          }),
        ),
    });
  }

  @Query(() => IntegrityViolationPage, {
    description:
      '数据一致性问题清单 every violation under a region the last audit run found, in code order, optionally of one kind (CITY_ADMIN only; other roles are refused)',
  })
  async integrityViolations(@Args() args: IntegrityViolationArgs, @Ctx() ctx: GridContext) {
    const [range, params] = underPrefixSql(
      'v.code',
      assertPrefix(args.under, 'under'),
      'p',
      IntegrityViolation.name,
    );
    const run = await latestIntegrityRun(ctx.dataSource);
    if (!run) return toPage([], 0, args);
    const qb = ctx.dataSource
      .getRepository(IntegrityViolation)
      .createQueryBuilder('v')
      .where('v.run_id = :run', { run: run.id })
      .andWhere(range, params);
    if (args.kind) qb.andWhere('v.kind = :kind', { kind: args.kind });
    const [items, total] = await qb
      .orderBy('v.code', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    for (const v of items) v.computedAt = run.computedAt;
    return toPage(items, total, args);
  }

  @FieldOrNull(
    () => Region,
    '区划 the region itself; null when the code names no region (an unknown code)',
  )
  region(@Root() row: IntegrityRegionCount, @Ctx() ctx: GridContext): Promise<Region | null> {
    return ctx.loaders.regionByCode.load(row.regionCode);
  }
}
