import { Arg, Ctx, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ServiceEvaluation } from './evaluation.entity';
import { RecordEvaluationInput } from './evaluation.inputs';
import { PropertyCompany } from '../company/company.entity';
import { ResidentialCompound } from '../compound/compound.entity';
import { CompoundManagementChange } from '../compound/management-change.entity';
import { assertQuarter, quarterOf, today } from '../calendar';
import { assertEvaluatorRole } from './evaluator-roles';
import { rankByComposite } from './composite';
import { parseId } from '../../../shared/ids';
import { isUniqueViolation } from '../../../shared/db-errors';
import { assertPrefix, jurisdictionRange } from '../../../shared/codes';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { MAX_PAGE_SIZE } from '../../../shared/pagination';
import type { PropertyContext } from '../context';
import { link, Resolving } from '../../../shared/queries';
import { writeTransaction } from '../../../shared/tx';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { Out } from '../../../shared/output-fields';

@ObjectType({ description: "物业企业排名 a company's place in a region for one quarter" })
export class PropertyCompanyRank {
  @Out.int('名次 rank, 1 = best; equal averages share a rank')
  rank!: number;

  @Out.of(() => PropertyCompany, '物业企业 the company', { nullable: true })
  company!: PropertyCompany | null;

  @Out.int('考核次数 evaluations in the region that quarter')
  evaluations!: number;

  @Out.float('平均分 average score over all evaluations')
  averageScore!: number;

  @Out.float(
    "综合得分 composite score: each evaluator kind's average, weighted by EVALUATION_WEIGHTS (多方考核)",
  )
  compositeScore!: number;
}

@Resolver(() => ServiceEvaluation)
export class EvaluationResolver extends Resolving<ServiceEvaluation, PropertyContext>(
  ServiceEvaluation,
  {
    fields: {
      company: link(PropertyCompany, '物业企业 the company scored', 'companyById', 'companyId'),
      compound: link(ResidentialCompound, '小区 the compound served', 'compoundById', 'compoundId'),
    },
  },
) {
  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(ResidentialCompound, 'input.compoundId') })
  @Mutation(() => ServiceEvaluation, {
    description:
      '录入物业考核 record a quarterly score; one per evaluator kind for the same company, compound and quarter (CONFLICT otherwise)',
  })
  recordServiceEvaluation(
    @Arg('input', { description: '考核 the evaluation' }) input: RecordEvaluationInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const companyId = parseId(input.companyId, 'companyId');
    const compoundId = parseId(input.compoundId, 'compoundId');
    const quarter = assertQuarter(input.quarter, 'quarter');
    if (quarter > quarterOf(today()))
      throw new BadUserInputError(`quarter ${quarter} has not begun`, { field: 'quarter' });
    assertEvaluatorRole(ctx.viewer, input.evaluatorKind);
    const duplicate = () =>
      new ConflictError(
        `company ${companyId} is already evaluated by ${input.evaluatorKind} for compound ${compoundId} in ${quarter}`,
        { field: 'evaluatorKind' },
      );
    return writeTransaction(ctx.dataSource, async (em) => {
      const compound = await em.findOneBy(ResidentialCompound, { id: compoundId });
      if (!compound) throw new NotFoundError('ResidentialCompound', compoundId);
      if (!(await em.existsBy(PropertyCompany, { id: companyId })))
        throw new NotFoundError('PropertyCompany', companyId);
      if (!(await em.existsBy(CompoundManagementChange, { compoundId, companyId }))) {
        throw new BadUserInputError(
          `company ${companyId} has never managed compound ${compoundId}`,
          { field: 'companyId' },
        );
      }
      if (
        await em.existsBy(ServiceEvaluation, {
          companyId,
          compoundId,
          quarter,
          evaluatorKind: input.evaluatorKind,
        })
      )
        throw duplicate();
      try {
        return await em.save(
          ServiceEvaluation,
          em.create(ServiceEvaluation, {
            companyId,
            compoundId,
            gridCode: compound.gridCode,
            quarter,
            score: input.score,
            evaluatorKind: input.evaluatorKind,
            evaluator: input.evaluator,
            evaluatedOn: today(),
          }),
        );
      } catch (err) {
        // The unique index decides between two concurrent requests that both passed the check.
        if (isUniqueViolation(err)) throw duplicate();
        throw err;
      }
    });
  }

  @Query(() => [PropertyCompanyRank], {
    description:
      '物业企业排名 companies ranked by composite score (weighted by evaluator kind, EVALUATION_WEIGHTS) in a region for one quarter',
  })
  async propertyCompanyRanking(
    @Arg('under', { description: '区划或网格编码前缀 region or grid code prefix' }) under: string,
    @Arg('quarter', { description: '季度 quarter, e.g. 2026Q3' }) quarter: string,
    @Arg('limit', () => Int, {
      defaultValue: 20,
      description: `名次数 how many places, 1–${MAX_PAGE_SIZE}`,
    })
    limit: number,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyCompanyRank[]> {
    const { lo, hi } = jurisdictionRange(assertPrefix(under, 'under'), 'PropertyCompanyRank');
    assertQuarter(quarter, 'quarter');
    if (limit < 1 || limit > MAX_PAGE_SIZE)
      throw new BadUserInputError(`limit must be 1–${MAX_PAGE_SIZE}`, { field: 'limit' });
    const rows: { company_id: number; kind: string; n: number | string; total: number | string }[] =
      await ctx.dataSource.query(
        `SELECT company_id, evaluator_kind AS kind, COUNT(*) AS n, SUM(score) AS total FROM service_evaluations
       WHERE grid_code >= ? AND grid_code < ? AND quarter = ? GROUP BY company_id, evaluator_kind`,
        [lo, hi, quarter],
      );
    const weights = ctx.config?.evaluationWeights ?? {};
    const ranked = rankByComposite(
      rows.map((r) => ({
        companyId: Number(r.company_id),
        kind: r.kind,
        n: Number(r.n),
        total: Number(r.total),
      })),
      weights,
      limit,
    );
    return Promise.all(
      ranked.map(async ({ companyId, ...r }) => ({
        ...r,
        company: await ctx.loaders.companyById.load(companyId),
      })),
    );
  }
}
