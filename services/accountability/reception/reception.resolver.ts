import { Arg, ArgsType, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, Length, Matches, Max, Min } from 'class-validator';
import { Reception, RepresentativeKind } from './reception.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { BadUserInputError } from '../../../shared/errors';
import { authorize, guardedWrite, OFFICES } from '../support';
import { listUnder, placeAsRegionCode, Resolving } from '../../../shared/queries';
import type { AccountabilityContext } from '../context';
import { WriteRule, argPlace } from '../../../shared/auth/write-rule';
import { LocalDate, RegionCode, assertNotFuture } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@ArgsType()
class ReceptionArgs extends PageUnderArgs(
  '区划编码前缀 every reception in a community under this region code',
) {
  @Input.of(() => RepresentativeKind, '身份 only this kind of representative', { nullable: true })
  kind?: RepresentativeKind;
}

@InputType({
  description: '记录接待 a deputy or CPPCC member received residents at the community studio',
})
export class RecordReceptionInput {
  @Field(() => RegionCode, { description: '社区代码 the community (12 digits)' })
  @Matches(/^\d{12}$/, { message: 'communityCode must be 12 digits' })
  communityCode!: string;

  @Field({ description: '代表委员 the deputy or member' })
  @Length(1, 32)
  representativeName!: string;

  @Field(() => RepresentativeKind, { description: '身份 kind' })
  representativeKind!: RepresentativeKind;

  @Field(() => LocalDate, { description: '接待日期 received on (YYYY-MM-DD)' })
  receivedOn!: string;

  @Field(() => Int, { description: '接待群众 residents received' })
  @Min(0)
  @Max(10000)
  residents!: number;

  @Field(() => Int, { description: '收集问题 problems raised' })
  @Min(0)
  @Max(10000)
  problemsRaised!: number;

  @Field(() => Int, { description: '解决问题 problems solved (at most those raised)' })
  @Min(0)
  @Max(10000)
  problemsSolved!: number;

  @Field(() => [String], { description: '反映事项 topics' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  topics!: string[];
}

@Resolver(() => Reception)
export class ReceptionResolver extends Resolving<Reception, AccountabilityContext>(Reception, {
  fields: {
    regionCode: placeAsRegionCode('reception', 'community', (row) => row.communityCode),
  },
  queries: {
    receptions: listUnder(['ReceptionPage', '接待记录分页 a page of receptions'], ReceptionArgs, {
      description:
        '两代表一委员接待 receptions by deputies and CPPCC members (两代表一委员工作室) in communities under a region',
      under: 'r.community_code',
      where: { kind: 'r.representative_kind = :kind' },
      roleScoped: true,
    }),
  },
}) {
  @WriteRule({ roles: OFFICES, place: argPlace('input.communityCode') })
  @Mutation(() => Reception, {
    description:
      '记录接待 record a reception. Who: CITY_ADMIN, STREET_STAFF, COMMUNITY_STAFF over the community. Writes: receptions (accountability)',
  })
  recordReception(
    @Arg('input') input: RecordReceptionInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<Reception> {
    assertNotFuture(input.receivedOn, 'receivedOn');
    return guardedWrite(
      ctx,
      () => {
        authorize(ctx, OFFICES, input.communityCode, 'the community', 'record a reception');
        if (input.problemsSolved > input.problemsRaised)
          throw new BadUserInputError('problemsSolved cannot exceed problemsRaised', {
            field: 'problemsSolved',
          });
      },
      async (em) => {
        const { identifiers } = await em.insert(Reception, { ...input });
        return (await em.findOneBy(Reception, { id: Number(identifiers[0].id) }))!;
      },
    );
  }
}
