import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CaseState } from './case.entity';

@Entity('case_events')
@Index(['caseId', 'id'])
@Index(['action', 'at'])
@ObjectType({
  description:
    '事项流转记录 one transition of a case, written in the same transaction as the state change',
})
export class CaseEvent {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 24 })
  @Field({ description: '动作 the transition (report, accept, escalate, dispatch, ...)' })
  action!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => CaseState, {
    nullable: true,
    description: '原状态 state before; null when the case was collected',
  })
  fromState!: CaseState | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CaseState, { description: '新状态 state after' })
  toState!: CaseState;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: '操作人 who did it (account id of the caller)' })
  actor!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '备注 note' })
  note!: string | null;

  /** The department holding the case at this step (dispatch, check-in, return, resolve), for 吹哨报到 performance. */
  @Column({ type: 'int', nullable: true })
  departmentId!: number | null;

  @Column({ type: 'datetime' })
  @Field({ description: '时间 when' })
  at!: Date;
}
