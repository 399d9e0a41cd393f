import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithRecordId } from '../../../shared/columns';

export type DualReportTarget = EnumValue<typeof DualReportTarget>;
export type DualReporterKind = EnumValue<typeof DualReporterKind>;

export const DualReportTarget = defineEnum(
  'DualReportTarget',
  '报到层级 where a dual report goes',
  {
    COMMUNITY: '到社区 to a community',
    GRID: '进网格 to a grid (since Binzhou)',
    BUILDING: '进楼栋 to a building in a grid',
  },
);

export const DualReporterKind = defineEnum('DualReporterKind', '报到主体 who reports', {
  MEMBER: '在职党员 an in-service member',
  UNIT: '单位 a unit',
});

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
export class DualReport extends WithRecordId {
  @Col.text(8, '报到主体 member or unit', { type: () => DualReporterKind })
  reporterKind!: DualReporterKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  memberId!: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  unitId!: number | null;

  @Col.text(12, '报到层级 community, grid or building', { type: () => DualReportTarget })
  target!: DualReportTarget;

  @Col.text(12, '报到社区 the community (12-digit code) reported to, or the one the grid lies in')
  regionCode!: string;

  @Col.text(15, '报到网格 the grid reported to (grid and building reports)', { nullable: true })
  gridCode!: string | null;

  @Col.text(50, '报到楼栋 the building reported to (e.g. 3号楼)', { nullable: true })
  buildingLabel!: string | null;

  @Col.date('报到日期 reported on (YYYY-MM-DD)')
  reportedOn!: string;

  @Col.date('结束日期 ended on; null while the report stands', { nullable: true })
  endedOn!: string | null;

  @Col.json(() => [String], '资源清单 what it offers (resources, services, skills)')
  offers!: string[];
}
