import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { Place, PersonRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const GridWorkerRole = defineEnum(
  'GridWorkerRole',
  '网格员角色 grid worker role, including the "three heads" (三长)',
  {
    GRID_HEAD: '网格长 grid head',
    FULL_TIME: '专职网格员 full-time grid worker',
    MICRO_GRID: '微网格员 micro-grid worker',
    BUILDING_HEAD: '楼栋长 building head',
    UNIT_HEAD: '单元长 unit head',
  },
);
export type GridWorkerRole = EnumValue<typeof GridWorkerRole>;

@Entity('grid_workers')
@Place('gridCode')
@PersonRecord()
// Covers the roll-up (workers serving on a day, by role) so it reads the index alone.
@Index(['gridCode', 'role', 'startedOn', 'endedOn'])
@ObjectType({ description: '网格员 Grid worker or one of the three heads, assigned to a grid' })
export class GridWorker {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '姓名 name (personal data)' })
  @PersonalData('name')
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: '电话 phone (personal data)' })
  @PersonalData('phone')
  phone!: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => GridWorkerRole, { description: '角色 role' })
  role!: GridWorkerRole;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '所在网格编码 grid code' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '楼栋/单元 building or unit label, for building and unit heads',
  })
  buildingLabel!: string | null;

  @Column({ type: 'date' })
  @Field({ description: '任职日期 assigned on (YYYY-MM-DD)' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '离任日期 retired or moved on; null while serving',
  })
  endedOn!: string | null;
}
