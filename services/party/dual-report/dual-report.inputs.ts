import { ArgsType, Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { PageUnderArgs } from '../../../shared/pagination';
import { DualReporterKind, DualReportTarget } from './dual-report.entity';
import { GridCode, LocalDate, RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({
  description: '双报到 a member or a unit reports to a community, a grid or a building',
})
export class ReportDualReportInput {
  @Input.id('在职党员 the in-service member reporting (or unitId)', { nullable: true })
  memberId?: string;

  @Input.id('单位 the unit reporting (or memberId)', { nullable: true })
  unitId?: string;

  @Field(() => RegionCode, {
    nullable: true,
    description: '社区代码 the community reported to (12 digits), for a community report',
  })
  @Matches(/^\d{12}$/)
  communityCode?: string;

  @Input.of(
    () => GridCode,
    '网格编码 the grid reported to (15 digits), for a grid or building report',
    { nullable: true },
  )
  gridCode?: string;

  @Input.text('楼栋 the building in that grid, for a building report (e.g. 3号楼)', {
    nullable: true,
    length: [1, 50],
  })
  buildingLabel?: string;

  @Field(() => LocalDate, { description: '报到日期 reported on (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  reportedOn!: string;

  @Input.of(() => [String], '资源清单 what it offers', { items: [1, 20], eachLength: [1, 50] })
  offers!: string[];
}

@ArgsType()
export class DualReportFilterArgs extends PageUnderArgs(
  '社区或网格 reports to this community or region (6/9/12 digits) or to this grid (15 digits, with its buildings)',
) {
  @Input.of(() => DualReportTarget, '报到层级 only community, grid or building reports', {
    nullable: true,
  })
  target?: DualReportTarget;

  @Input.of(() => DualReporterKind, '报到主体 only members or only units', { nullable: true })
  reporterKind?: DualReporterKind;

  @Field({ defaultValue: true, description: '仅在报 only reports that still stand' })
  standing: boolean = true;
}
