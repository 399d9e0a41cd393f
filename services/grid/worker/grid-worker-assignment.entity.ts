import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GridWorkerRole } from './grid-worker.entity';
import { Place, PersonRecord } from '../../../shared/auth/policy';

@Entity('grid_worker_assignments')
@Place('gridCode')
@PersonRecord()
@Index(['workerId', 'startedOn'])
@ObjectType({
  description:
    '任职记录 one period a worker served a grid in a role: the history kept across moves and retirement',
})
export class GridWorkerAssignment {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'int' })
  workerId!: number;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '网格编码 grid code' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => GridWorkerRole, { description: '角色 role' })
  role!: GridWorkerRole;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '楼栋/单元 building or unit label' })
  buildingLabel!: string | null;

  @Column({ type: 'date' })
  @Field({ description: '起 from (YYYY-MM-DD)' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '止 until; null for the current assignment' })
  endedOn!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: '结束原因 MOVED or RETIRED' })
  endReason!: string | null;
}
