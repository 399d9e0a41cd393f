import { Arg, ArgsType, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import {
  DutyState,
  PackageDutyKind,
  PackageResponsibility,
  PackageTarget,
  PackageVisit,
} from './package-responsibility.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { BadUserInputError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import {
  assertNotBefore,
  authorize,
  guardedWrite,
  OFFICES,
  requireRow,
  updateWhere,
} from '../support';
import { compoundRef, ResidentialCompound } from '../place.stub';
import type { AccountabilityContext } from '../context';
import { WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { LocalDate, assertNotFuture } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';
import { field, fieldOrNull, listUnder, Resolving } from '../../../shared/queries';

@ArgsType()
class PackageArgs extends PageUnderArgs(
  '区划或网格编码前缀 every package responsibility under this region or grid code',
) {
  @Input.of(() => PackageTarget, '包保对象 only compounds or only single buildings', {
    nullable: true,
  })
  target?: PackageTarget;
}

@InputType({ description: "任务进度 a duty's new state" })
export class DutyUpdateInput {
  @Input.of(() => PackageDutyKind, '任务 the duty')
  duty!: PackageDutyKind;

  @Input.of(() => DutyState, '进度 its new state')
  state!: DutyState;
}

@InputType({ description: '记录包保走访 a visit to the packaged compound, with what changed' })
export class RecordPackageVisitInput {
  @Input.id('包保责任编号 the package responsibility')
  packageId!: string;

  @Input.of(() => LocalDate, '走访日期 visited on (YYYY-MM-DD)')
  visitedOn!: string;

  @Input.text('走访记录 what was done', { length: [1, 500] })
  note!: string;

  @Field(() => [DutyUpdateInput], {
    nullable: true,
    description: '任务进度 duties whose state changed',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  duties?: DutyUpdateInput[];
}

@Resolver(() => PackageResponsibility)
export class PackageResponsibilityResolver extends Resolving<
  PackageResponsibility,
  AccountabilityContext
>(PackageResponsibility, {
  queries: {
    packageResponsibilities: listUnder(
      ['PackageResponsibilityPage', '包保责任分页 a page of package responsibilities'],
      PackageArgs,
      {
        description:
          "包保责任 who answers for each old or abandoned compound and single building (包保, 五包保) under a region, cut to the caller's jurisdiction",
        under: 'r.grid_code',
        where: { target: 'r.target = :target' },
        roleScoped: true,
      },
    ),
  },
  fields: {
    visits: field([PackageVisit], '走访记录 visits, oldest first', (p, ctx) =>
      ctx.loaders.visitsByPackageId.load(p.id),
    ),
    lastVisitedOn: fieldOrNull(String, '最近走访 the date of the latest visit', async (p, ctx) => {
      const visits = await ctx.loaders.visitsByPackageId.load(p.id);
      return visits.reduce<string | null>(
        (last, v) => (last == null || v.visitedOn > last ? v.visitedOn : last),
        null,
      );
    }),
    compound: field(ResidentialCompound, '小区 the compound or building (property subgraph)', (p) =>
      compoundRef(p.compoundId),
    ),
  },
}) {
  @WriteRule({ roles: OFFICES, place: rowPlace(PackageResponsibility, 'input.packageId') })
  @Mutation(() => PackageResponsibility, {
    description:
      "记录包保走访 record a visit and the duties it moved. Who: CITY_ADMIN, STREET_STAFF, COMMUNITY_STAFF over the compound's grid. Writes: package_visits and the duties (accountability)",
  })
  recordPackageVisit(
    @Arg('input') input: RecordPackageVisitInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<PackageResponsibility> {
    const id = parseId(input.packageId, 'packageId');
    assertNotFuture(input.visitedOn, 'visitedOn');
    return guardedWrite(
      ctx,
      async (em) => {
        const p = await requireRow(
          em,
          PackageResponsibility,
          id,
          'packageId',
          'package responsibility',
        );
        authorize(ctx, OFFICES, p.gridCode, 'the compound', 'record a package visit');
        assertNotBefore(input.visitedOn, p.startedOn, 'visitedOn');
        for (const d of input.duties ?? []) {
          if (!p.duties.some((x) => x.duty === d.duty))
            throw new BadUserInputError(`duty ${d.duty} is not part of package ${id}`, {
              field: 'duties',
            });
        }
        return p;
      },
      async (em, p) => {
        await em.insert(PackageVisit, {
          packageId: id,
          gridCode: p.gridCode,
          visitedOn: input.visitedOn,
          note: input.note,
        });
        if (input.duties?.length) {
          const duties = p.duties.map((x) => ({
            duty: x.duty,
            state: input.duties!.find((d) => d.duty === x.duty)?.state ?? x.state,
          }));
          await updateWhere(
            em,
            PackageResponsibility,
            'id = :id',
            { id },
            { duties },
            `package responsibility ${id} changed meanwhile`,
          );
        }
        return (await em.findOneBy(PackageResponsibility, { id }))!;
      },
    );
  }
}
