import { Args, ArgsType, Ctx, Query, Resolver } from 'type-graphql';
import { DepartmentPerformance, computeDepartmentPerformance } from './department-performance';
import {
  GridWorkerAssessment,
  GridWorkerAssessmentPage,
  assessGridWorkers,
} from './worker-assessment';
import { PageUnderArgs } from '../../../shared/pagination';
import { assertPrefix, jurisdictionPrefix } from '../../../shared/codes';
import { BadUserInputError } from '../../../shared/errors';
import { CaseState } from '../case/case.entity';
import type { GridContext } from '../context';
import { Input } from '../../../shared/input-fields';

@ArgsType()
class PeriodArgs {
  @Input.text('区划或网格编码前缀 the region assessed')
  under!: string;

  @Input.of(() => Date, '起 from (inclusive)')
  from!: Date;

  @Input.of(
    () => Date,
    '止 to (exclusive); also the moment open dispatches are judged against their deadline',
  )
  to!: Date;
}

@ArgsType()
class AssessmentArgs extends PageUnderArgs('区划或网格编码前缀 the region assessed') {
  @Input.of(() => Date, '起 from (inclusive)')
  from!: Date;

  @Input.of(() => Date, '止 to (exclusive)')
  to!: Date;
}

function period(under: string, from: Date, to: Date): string {
  if (!(from < to)) throw new BadUserInputError('from must be before to', { field: 'from' });
  return jurisdictionPrefix(assertPrefix(under, 'under'));
}

const LOCAL_LOOP = [
  CaseState.REPORTED,
  CaseState.ACCEPTED,
  CaseState.IN_PROGRESS,
  CaseState.RESOLVED,
];

@Resolver()
export class PerformanceResolver {
  @Query(() => [DepartmentPerformance], {
    description:
      "吹哨报到考核 each department's answer to the whistle under a region in a period: dispatched, checked in within the deadline, overdue, returned, resolved, median hours to check-in, satisfaction and rank; a DEPARTMENT caller sees its own row (ranked among all)",
  })
  async departmentPerformance(
    @Args() args: PeriodArgs,
    @Ctx() ctx: GridContext,
  ): Promise<DepartmentPerformance[]> {
    const prefix = period(args.under, args.from, args.to);
    const asOf = new Date(Math.min(args.to.getTime(), Date.now()));
    const rows = await computeDepartmentPerformance(
      ctx.dataSource,
      prefix,
      args.from,
      args.to,
      asOf,
      ctx.config.deadlines.DISPATCHED ?? 24,
    );
    return ctx.viewer.role === 'DEPARTMENT'
      ? rows.filter((r) => r.departmentCode === ctx.viewer.departmentCode)
      : rows;
  }

  @Query(() => GridWorkerAssessmentPage, {
    description:
      '网格员量化考核 full-time grid workers under a region scored for a period from the cases collected on their grid and closed off on time (量化+闭环), best first',
  })
  gridWorkerAssessments(@Args() args: AssessmentArgs, @Ctx() ctx: GridContext) {
    const prefix = period(args.under, args.from, args.to);
    const onTime = LOCAL_LOOP.reduce((s, st) => s + (ctx.config.deadlines[st] ?? 0), 0) * 3600;
    return assessGridWorkers(ctx.dataSource, prefix, args.from, args.to, new Date(), onTime, args);
  }
}

export { GridWorkerAssessment };
