import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type TaskKind = EnumValue<typeof TaskKind>;
export type AdmissionStatus = EnumValue<typeof AdmissionStatus>;

export const TaskKind = defineEnum(
  'CommunityTaskKind',
  '事项类型 what a department asks to hand communities',
  {
    TASK: '工作任务 a task',
    RESPONSIBILITY_LETTER: '目标责任书 a target-responsibility letter',
    EVALUATION: '考核评比 an evaluation or ranking',
    CERTIFICATE: '证明事项 a certificate to issue',
  },
);
export const AdmissionStatus = defineEnum('AdmissionStatus', "准入状态 the district's decision", {
  REQUESTED: '待审核 requested',
  ADMITTED: '准入 admitted: may reach communities',
  REFUSED: '不予准入 refused',
});

/** 社区事务准入制: no department hands communities a task without the district admitting it. */
@Entity('task_admissions')
@Place('districtCode')
@ObjectType({
  description:
    "社区事务准入 a department's request to hand communities a task, a target-responsibility letter or an evaluation, and the district's decision; only admitted tasks reach communities (Yangquan)",
})
export class TaskAdmission extends WithId {
  @Col.text(6, '区县代码 the district that decides (6 digits)', { index: true })
  districtCode!: string;

  @Col.text(16, '部门代码 the requesting department (grid subgraph Department.code)')
  departmentCode!: string;

  @Col.text(200, '事项名称 title')
  title!: string;

  @Col.text(24, '事项类型 kind', { type: () => TaskKind })
  kind!: TaskKind;

  @Col.text(500, '申请理由 why the department asks')
  reason!: string;

  @Col.date('申请日期 requested on (YYYY-MM-DD)')
  requestedOn!: string;

  @Col.text(16, '准入状态 status', { type: () => AdmissionStatus })
  status!: AdmissionStatus;

  @Col.date('决定日期 decided on', { nullable: true })
  decidedOn!: string | null;

  @Col.text(500, "审核意见 the district's note", { nullable: true })
  decisionNote!: string | null;
}
