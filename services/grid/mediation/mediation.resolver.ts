import { Arg, ArgsType, Ctx, InputType, Mutation, Resolver } from 'type-graphql';
import { In, type DataSource } from 'typeorm';
import { CaseMediation, DisputeClass, MediationMethod } from './case-mediation.entity';
import { Case, CaseCategory } from '../case/case.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { assertWithin } from '../../../shared/auth/policy';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/errors';
import { uniquely } from '../../../shared/db-errors';
import { parseId } from '../../../shared/ids';
import { actorOf } from '../../../shared/viewer';
import { writeTransaction } from '../../../shared/tx';
import type { GridContext } from '../context';
import { fieldOrNull, link, listUnder, Resolving } from '../../../shared/queries';
import { WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { LocalDate, assertNotFuture } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

export const createMediationLoaders = (ds: DataSource, options: LoaderOptions) => ({
  mediationByCaseId: keyedLoader<number, CaseMediation>(
    (ids) => ds.getRepository(CaseMediation).findBy({ caseId: In([...ids]) }),
    (m) => m.caseId,
    options,
  ),
});

/** Those who mediate for the grid: grid workers and the community, street and city offices. */
const MEDIATORS = ['GRID_WORKER', 'COMMUNITY_STAFF', 'STREET_STAFF', 'CITY_ADMIN', 'SERVICE'];

@ArgsType()
class MediationArgs extends PageUnderArgs(
  '区划或网格编码前缀 every mediation under this region or grid code',
) {
  @Input.of(() => DisputeClass, '纠纷类别 only this class', { nullable: true })
  disputeClass?: DisputeClass;
}

@InputType({ description: '记录调解 the mediation of a dispute case' })
export class RecordMediationInput {
  @Input.id('事项编号 the dispute case')
  caseId!: string;

  @Input.of(() => DisputeClass, '纠纷类别 family, neighbours or compound governance')
  disputeClass!: DisputeClass;

  @Input.text('调解人或调解队 mediator or team, e.g. 家长里短调解队', { length: [1, 64] })
  mediator!: string;

  @Input.of(() => MediationMethod, '调解方式 method')
  method!: MediationMethod;

  @Input.text('调解结果 outcome', { length: [1, 500] })
  outcome!: string;

  @Input.bool('是否达成协议 agreement reached')
  agreementReached!: boolean;

  @Input.of(() => LocalDate, '调解日期 mediated on (YYYY-MM-DD)')
  mediatedOn!: string;
}

@Resolver(() => Case)
export class CaseMediationResolver extends Resolving<Case, GridContext>(Case, {
  fields: {
    disputeClass: fieldOrNull(
      DisputeClass,
      '纠纷类别 the class of a dispute case (家庭矛盾, 邻里纠纷, 小区治理), once mediated',
      async (c, ctx) => (await ctx.loaders.mediationByCaseId.load(c.id))?.disputeClass ?? null,
    ),
    mediation: link(
      CaseMediation,
      '调解记录 the mediation record of a dispute case',
      'mediationByCaseId',
      'id',
    ),
  },
  queries: {
    mediations: listUnder(
      ['CaseMediationPage', '调解记录分页 a page of mediation records'],
      MediationArgs,
      {
        description:
          "矛盾纠纷调解 mediation records of dispute cases under a region, by class (三治融合), cut to the caller's jurisdiction",
        of: CaseMediation,
        under: 'r.grid_code',
        where: { disputeClass: 'r.dispute_class = :disputeClass' },
      },
    ),
  },
}) {
  @WriteRule({
    roles: ['GRID_WORKER', 'COMMUNITY_STAFF', 'STREET_STAFF', 'CITY_ADMIN'],
    place: rowPlace(Case, 'input.caseId'),
  })
  @Mutation(() => CaseMediation, {
    description:
      "记录调解 record the mediation of a DISPUTE case. Who: GRID_WORKER, COMMUNITY_STAFF, STREET_STAFF, CITY_ADMIN over the case's grid. Writes: case_mediations (grid); CONFLICT when the case already has one",
  })
  recordMediation(
    @Arg('input') input: RecordMediationInput,
    @Ctx() ctx: GridContext,
  ): Promise<CaseMediation> {
    const caseId = parseId(input.caseId, 'caseId');
    assertNotFuture(input.mediatedOn, 'mediatedOn');
    return writeTransaction(ctx.dataSource, async (em) => {
      if (!MEDIATORS.includes(ctx.viewer.role))
        throw new ForbiddenError(`role ${ctx.viewer.role} may not record a mediation`);
      const c = await em.findOneBy(Case, { id: caseId });
      if (!c) throw new NotFoundError('Case', caseId);
      assertWithin(ctx.viewer, c.gridCode, `case ${caseId}`);
      if (c.category !== CaseCategory.DISPUTE)
        throw new BadUserInputError(`case ${caseId} is ${c.category}, not a DISPUTE`, {
          field: 'caseId',
        });
      const { identifiers } = await uniquely(
        () =>
          em.insert(CaseMediation, {
            ...input,
            caseId,
            gridCode: c.gridCode,
            recordedBy: actorOf(ctx.viewer),
          }),
        `case ${caseId} already has a mediation record`,
      );
      return (await em.findOneBy(CaseMediation, { id: Number(identifiers[0].id) }))!;
    });
  }
}
