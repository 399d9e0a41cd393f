import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { CaseState } from './case.entity';
import { Col, WithRecordId } from '../../../shared/columns';

@Entity('case_events')
@Index(['caseId', 'id'])
@Index(['action', 'at'])
@ObjectType({
  description:
    '事项流转记录 one transition of a case, written in the same transaction as the state change',
})
export class CaseEvent extends WithRecordId {
  @Column({ type: 'int' })
  caseId!: number;

  @Col.text(24, '动作 the transition (report, accept, escalate, dispatch, ...)')
  action!: string;

  @Col.text(16, '原状态 state before; null when the case was collected', {
    nullable: true,
    type: () => CaseState,
  })
  fromState!: CaseState | null;

  @Col.text(16, '新状态 state after', { type: () => CaseState })
  toState!: CaseState;

  @Col.text(64, '操作人 who did it (account id of the caller)')
  actor!: string;

  @Col.text(500, '备注 note', { nullable: true })
  note!: string | null;

  /** The department holding the case at this step (dispatch, check-in, return, resolve), for 吹哨报到 performance. */
  @Column({ type: 'int', nullable: true })
  departmentId!: number | null;

  @Col.datetime('时间 when')
  at!: Date;
}
