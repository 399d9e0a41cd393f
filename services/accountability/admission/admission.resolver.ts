import { Arg, ArgsType, Ctx, InputType, Mutation, Resolver } from 'type-graphql';
import { AdmissionStatus, TaskAdmission, TaskKind } from './task-admission.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import {
  assertNotBefore,
  authorize,
  CITY,
  guardedWrite,
  requireRow,
  updateWhere,
} from '../support';
import type { AccountabilityContext } from '../context';
import { WriteRule, argPlace, rowPlace } from '../../../shared/auth/write-rule';
import { RegionCode } from '../../../shared/scalars';
import { Input, isoDate } from '../../../shared/input-fields';
import { listUnder, placeAsRegionCode, Resolving } from '../../../shared/queries';

@ArgsType()
class TaskAdmissionArgs extends PageUnderArgs(
  '区划编码前缀 every request to a district under this code (a city or a district)',
) {
  @Input.of(
    () => AdmissionStatus,
    '准入状态 only this status; ADMITTED is the admitted list (准入清单)',
    { nullable: true },
  )
  status?: AdmissionStatus;
}

@InputType({ description: "申请准入 a department asks to hand the district's communities a task" })
export class RequestTaskAdmissionInput {
  @Input.of(() => RegionCode, '区县代码 the district (6 digits)', {
    matches: /^\d{6}$/,
    message: 'districtCode must be 6 digits',
  })
  districtCode!: string;

  @Input.text('部门代码 the department; a DEPARTMENT caller always asks for its own', {
    nullable: true,
    optional: true,
    length: [1, 16],
  })
  departmentCode?: string;

  @Input.text('事项名称 title', { length: [1, 200] })
  title!: string;

  @Input.of(() => TaskKind, '事项类型 kind')
  kind!: TaskKind;

  @Input.text('申请理由 why', { length: [1, 500] })
  reason!: string;

  @Input.text('申请日期 requested on (YYYY-MM-DD)', isoDate('requestedOn'))
  requestedOn!: string;
}

@InputType({ description: '准入审核 the district admits or refuses a request' })
export class DecideTaskAdmissionInput {
  @Input.id('申请编号 the request')
  admissionId!: string;

  @Input.bool('是否准入 true admits, false refuses')
  admit!: boolean;

  @Input.text('决定日期 decided on (YYYY-MM-DD)', isoDate('decidedOn'))
  decidedOn!: string;

  @Input.text('审核意见 the note', { length: [1, 500] })
  note!: string;
}

@Resolver(() => TaskAdmission)
export class TaskAdmissionResolver extends Resolving<TaskAdmission, AccountabilityContext>(
  TaskAdmission,
  {
    fields: {
      regionCode: placeAsRegionCode('request', 'district', (row) => row.districtCode),
    },
    queries: {
      taskAdmissions: listUnder(
        ['TaskAdmissionPage', '准入申请分页 a page of task admissions'],
        TaskAdmissionArgs,
        {
          description:
            "社区事务准入 departments' requests to hand communities tasks and the districts' decisions (社区事务准入制); status ADMITTED gives the admitted list",
          under: 'r.district_code',
          where: { status: 'r.status = :status' },
          // A department system sees only its own requests (the README's role table: what concerns it).
          also: (qb, _args, ctx) => {
            if (ctx.viewer.role === 'DEPARTMENT')
              qb.andWhere('r.department_code = :viewerDept', {
                viewerDept: ctx.viewer.departmentCode ?? '',
              });
          },
          order: { 'r.id': 'ASC' },
          roleScoped: true,
        },
      ),
    },
  },
) {
  @WriteRule({ roles: ['DEPARTMENT', ...CITY], place: argPlace('input.districtCode') })
  @Mutation(() => TaskAdmission, {
    description:
      '申请准入 request admission for a task. Who: DEPARTMENT (for itself), CITY_ADMIN; within the district. Writes: task_admissions (accountability)',
  })
  requestTaskAdmission(
    @Arg('input') input: RequestTaskAdmissionInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<TaskAdmission> {
    return guardedWrite(
      ctx,
      () => {
        authorize(
          ctx,
          ['DEPARTMENT', ...CITY],
          input.districtCode,
          'the district',
          'request a task admission',
        );
        const dept =
          ctx.viewer.role === 'DEPARTMENT' ? ctx.viewer.departmentCode : input.departmentCode;
        if (
          ctx.viewer.role === 'DEPARTMENT' &&
          input.departmentCode &&
          input.departmentCode !== dept
        )
          throw new ForbiddenError(
            `a department system asks only for its own department (${dept})`,
          );
        if (!dept)
          throw new BadUserInputError('departmentCode is required', { field: 'departmentCode' });
        return dept;
      },
      async (em, departmentCode) => {
        const { identifiers } = await em.insert(TaskAdmission, {
          districtCode: input.districtCode,
          departmentCode,
          title: input.title,
          kind: input.kind,
          reason: input.reason,
          requestedOn: input.requestedOn,
          status: AdmissionStatus.REQUESTED,
          decidedOn: null,
          decisionNote: null,
        });
        return (await em.findOneBy(TaskAdmission, { id: Number(identifiers[0].id) }))!;
      },
    );
  }

  @WriteRule({ roles: CITY, place: rowPlace(TaskAdmission, 'input.admissionId') })
  @Mutation(() => TaskAdmission, {
    description:
      '准入审核 the district admits or refuses a request. Who: CITY_ADMIN over the district. Writes: the request (accountability); CONFLICT when it was already decided',
  })
  decideTaskAdmission(
    @Arg('input') input: DecideTaskAdmissionInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<TaskAdmission> {
    const id = parseId(input.admissionId, 'admissionId');
    return guardedWrite(
      ctx,
      async (em) => {
        const a = await requireRow(em, TaskAdmission, id, 'admissionId', 'task admission');
        authorize(ctx, CITY, a.districtCode, 'the district', 'decide a task admission');
        if (a.status !== AdmissionStatus.REQUESTED)
          throw new ConflictError(`task admission ${id} was already ${a.status}`);
        assertNotBefore(input.decidedOn, a.requestedOn, 'decidedOn');
      },
      async (em) => {
        await updateWhere(
          em,
          TaskAdmission,
          'id = :id AND status = :requested',
          { id, requested: AdmissionStatus.REQUESTED },
          {
            status: input.admit ? AdmissionStatus.ADMITTED : AdmissionStatus.REFUSED,
            decidedOn: input.decidedOn,
            decisionNote: input.note,
          },
          `task admission ${id} was decided meanwhile`,
        );
        return (await em.findOneBy(TaskAdmission, { id }))!;
      },
    );
  }
}
