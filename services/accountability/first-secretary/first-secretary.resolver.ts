import { Arg, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { FirstSecretaryAssignment, HomeLevel } from './first-secretary.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { ConflictError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { assertNotBefore, authorize, CITY, guardedWrite } from '../support';
import { listUnder, placeAsRegionCode, Resolving } from '../../../shared/queries';
import type { AccountabilityContext } from '../context';
import { WriteRule, argPlace } from '../../../shared/auth/write-rule';
import { RegionCode } from '../../../shared/scalars';
import { Input, isoDate } from '../../../shared/input-fields';

@ArgsType()
class FirstSecretaryArgs extends PageUnderArgs(
  '区划编码前缀 every assignment to a community under this region code',
) {
  @Input.text(
    '在任日期 only assignments whose term covers this date (YYYY-MM-DD)',
    isoDate('servingOn', { nullable: true, optional: true }),
  )
  servingOn?: string;
}

@InputType({
  description:
    '选派第一书记 post a cadre to a community as its first secretary, with a work team (工作队下沉)',
})
export class AssignFirstSecretaryInput {
  @Field({ description: '第一书记 the cadre' })
  @Length(1, 32)
  cadreName!: string;

  @Field(() => ID, {
    nullable: true,
    description: '党员编号 the cadre as a party member (party subgraph)',
  })
  @IsOptional()
  partyMemberId?: string;

  @Field({ description: '派出单位 home unit' })
  @Length(1, 100)
  homeUnit!: string;

  @Field(() => HomeLevel, { description: '派出单位层级 city or district body' })
  homeLevel!: HomeLevel;

  @Field(() => RegionCode, { description: '社区代码 the community (12 digits)' })
  @Matches(/^\d{12}$/, { message: 'communityCode must be 12 digits' })
  communityCode!: string;

  @Input.text('任期开始 term start (YYYY-MM-DD)', isoDate('termStart'))
  termStart!: string;

  @Input.text('任期结束 term end (YYYY-MM-DD)', isoDate('termEnd'))
  termEnd!: string;

  @Field(() => [String], {
    description: '工作队队员 the other members of the work team (up to 10)',
  })
  @ArrayMaxSize(10)
  @Length(1, 32, { each: true })
  teamMembers!: string[];

  @Field(() => Int, { defaultValue: 0, description: '解决问题数 problems solved so far' })
  @Min(0)
  @Max(100000)
  problemsSolved: number = 0;
}

@Resolver(() => FirstSecretaryAssignment)
export class FirstSecretaryResolver extends Resolving<
  FirstSecretaryAssignment,
  AccountabilityContext
>(FirstSecretaryAssignment, {
  fields: {
    regionCode: placeAsRegionCode('posting', 'community', (row) => row.communityCode),
  },
  queries: {
    firstSecretaryAssignments: listUnder(
      ['FirstSecretaryPage', '第一书记分页 a page of first-secretary assignments'],
      FirstSecretaryArgs,
      {
        description:
          "第一书记 first secretaries posted to communities under a region (工作队下沉), cut to the caller's jurisdiction",
        under: 'r.community_code',
        where: { servingOn: 'r.term_start <= :servingOn AND r.term_end >= :servingOn' },
        roleScoped: true,
      },
    ),
  },
}) {
  @WriteRule({ roles: CITY, place: argPlace('input.communityCode') })
  @Mutation(() => FirstSecretaryAssignment, {
    description:
      '选派第一书记 post a first secretary and work team. Who: CITY_ADMIN (the organisation department) over the community. Writes: first_secretary_assignments (accountability); CONFLICT when the community already has one whose term overlaps',
  })
  assignFirstSecretary(
    @Arg('input') input: AssignFirstSecretaryInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<FirstSecretaryAssignment> {
    return guardedWrite(
      ctx,
      async (em) => {
        authorize(ctx, CITY, input.communityCode, 'the community', 'post a first secretary');
        assertNotBefore(input.termEnd, input.termStart, 'termEnd');
        const overlapping = await em
          .createQueryBuilder(FirstSecretaryAssignment, 'a')
          .where('a.community_code = :c AND a.term_start <= :end AND a.term_end >= :start', {
            c: input.communityCode,
            start: input.termStart,
            end: input.termEnd,
          })
          .getCount();
        if (overlapping > 0)
          throw new ConflictError(
            `community ${input.communityCode} already has a first secretary in that term`,
          );
        return input.partyMemberId == null ? null : parseId(input.partyMemberId, 'partyMemberId');
      },
      async (em, partyMemberId) => {
        const { identifiers } = await em.insert(FirstSecretaryAssignment, {
          cadreName: input.cadreName,
          partyMemberId,
          homeUnit: input.homeUnit,
          homeLevel: input.homeLevel,
          communityCode: input.communityCode,
          termStart: input.termStart,
          termEnd: input.termEnd,
          teamMembers: input.teamMembers,
          problemsSolved: input.problemsSolved,
        });
        return (await em.findOneBy(FirstSecretaryAssignment, { id: Number(identifiers[0].id) }))!;
      },
    );
  }
}
