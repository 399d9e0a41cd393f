import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const DualReportTarget = defineEnum(
  'DualReportTarget',
  '报到层级 where a dual report goes',
  {
    COMMUNITY: '到社区 to a community',
    GRID: '进网格 to a grid (since Binzhou)',
    BUILDING: '进楼栋 to a building in a grid',
  },
);
export type DualReportTarget = EnumValue<typeof DualReportTarget>;

export const DualReporterKind = defineEnum('DualReporterKind', '报到主体 who reports', {
  MEMBER: '在职党员 an in-service member',
  UNIT: '单位 a unit',
});
export type DualReporterKind = EnumValue<typeof DualReporterKind>;

/** 双报到: an in-service member or a unit reports to a community, grid or building with what it offers. */
@Entity('party_dual_reports')
// Covers the dual-report roll-up (standing reports by target and reporter).
@Index(['regionCode', 'endedOn', 'target', 'reporterKind'])
@Index(['gridCode', 'endedOn'])
@ObjectType({
  description:
    '双报到 Dual report: an in-service member or a unit reporting to a community, grid or building',
})
@Place('gridCode', 'regionCode')
export class DualReport {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => DualReporterKind, { description: '报到主体 member or unit' })
  reporterKind!: DualReporterKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  memberId!: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  unitId!: number | null;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => DualReportTarget, { description: '报到层级 community, grid or building' })
  target!: DualReportTarget;

  @Column({ type: 'varchar', length: 12 })
  @Field({
    description: '报到社区 the community (12-digit code) reported to, or the one the grid lies in',
  })
  regionCode!: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '报到网格 the grid reported to (grid and building reports)',
  })
  gridCode!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '报到楼栋 the building reported to (e.g. 3号楼)',
  })
  buildingLabel!: string | null;

  @Column({ type: 'date' })
  @Field({ description: '报到日期 reported on (YYYY-MM-DD)' })
  reportedOn!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '结束日期 ended on; null while the report stands',
  })
  endedOn!: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '资源清单 what it offers (resources, services, skills)' })
  offers!: string[];
}
