import { Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place, PersonRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithRecordId } from '../../../shared/columns';

export type GridWorkerRole = EnumValue<typeof GridWorkerRole>;

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

@Entity('grid_workers')
@Place('gridCode')
@PersonRecord()
// Covers the roll-up (workers serving on a day, by role) so it reads the index alone.
@Index(['gridCode', 'role', 'startedOn', 'endedOn'])
@ObjectType({ description: '网格员 Grid worker or one of the three heads, assigned to a grid' })
export class GridWorker extends WithRecordId {
  @Col.text(50, '姓名 name (personal data)', { personal: 'name' })
  name!: string;

  @Col.text(20, '电话 phone (personal data)', { personal: 'phone' })
  phone!: string;

  @Col.text(16, '角色 role', { index: true, type: () => GridWorkerRole })
  role!: GridWorkerRole;

  @Col.text(15, '所在网格编码 grid code')
  gridCode!: string;

  @Col.text(50, '楼栋/单元 building or unit label, for building and unit heads', { nullable: true })
  buildingLabel!: string | null;

  @Col.date('任职日期 assigned on (YYYY-MM-DD)')
  startedOn!: string;

  @Col.date('离任日期 retired or moved on; null while serving', { nullable: true })
  endedOn!: string | null;
}
