import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

export enum TaskKind {
  TASK = 'TASK',
  RESPONSIBILITY_LETTER = 'RESPONSIBILITY_LETTER',
  EVALUATION = 'EVALUATION',
  CERTIFICATE = 'CERTIFICATE',
}
export enum AdmissionStatus {
  REQUESTED = 'REQUESTED',
  ADMITTED = 'ADMITTED',
  REFUSED = 'REFUSED',
}

registerEnumType(TaskKind, {
  name: 'CommunityTaskKind',
  description: '事项类型 what a department asks to hand communities',
  valuesConfig: {
    TASK: { description: '工作任务 a task' },
    RESPONSIBILITY_LETTER: { description: '目标责任书 a target-responsibility letter' },
    EVALUATION: { description: '考核评比 an evaluation or ranking' },
    CERTIFICATE: { description: '证明事项 a certificate to issue' },
  },
});
registerEnumType(AdmissionStatus, {
  name: 'AdmissionStatus',
  description: "准入状态 the district's decision",
  valuesConfig: {
    REQUESTED: { description: '待审核 requested' },
    ADMITTED: { description: '准入 admitted: may reach communities' },
    REFUSED: { description: '不予准入 refused' },
  },
});

/** 社区事务准入制: no department hands communities a task without the district admitting it. */
@Entity('task_admissions')
@Place('districtCode')
@ObjectType({
  description:
    "社区事务准入 a department's request to hand communities a task, a target-responsibility letter or an evaluation, and the district's decision; only admitted tasks reach communities (Yangquan)",
})
export class TaskAdmission {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  @Field({ description: '区县代码 the district that decides (6 digits)' })
  districtCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: '部门代码 the requesting department (grid subgraph Department.code)' })
  departmentCode!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '事项名称 title' })
  title!: string;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => TaskKind, { description: '事项类型 kind' })
  kind!: TaskKind;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: '申请理由 why the department asks' })
  reason!: string;

  @Column({ type: 'date' })
  @Field({ description: '申请日期 requested on (YYYY-MM-DD)' })
  requestedOn!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AdmissionStatus, { description: '准入状态 status' })
  status!: AdmissionStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '决定日期 decided on' })
  decidedOn!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: "审核意见 the district's note" })
  decisionNote!: string | null;
}
