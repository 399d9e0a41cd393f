import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { GridWorkerRole } from './grid-worker.entity';
import { Place, PersonRecord } from '../../../shared/auth/policy';
import { Col, WithRecordId } from '../../../shared/columns';

@Entity('grid_worker_assignments')
@Place('gridCode')
@PersonRecord()
@Index(['workerId', 'startedOn'])
@ObjectType({
  description:
    '任职记录 one period a worker served a grid in a role: the history kept across moves and retirement',
})
export class GridWorkerAssignment extends WithRecordId {
  @Column({ type: 'int' })
  workerId!: number;

  @Col.text(15, '网格编码 grid code', { index: true })
  gridCode!: string;

  @Col.text(16, '角色 role', { type: () => GridWorkerRole })
  role!: GridWorkerRole;

  @Col.text(50, '楼栋/单元 building or unit label', { nullable: true })
  buildingLabel!: string | null;

  @Col.date('起 from (YYYY-MM-DD)')
  startedOn!: string;

  @Col.date('止 until; null for the current assignment', { nullable: true })
  endedOn!: string | null;

  @Col.text(16, '结束原因 MOVED or RETIRED', { nullable: true })
  endReason!: string | null;
}
