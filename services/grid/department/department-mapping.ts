import { InputType, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Input } from '../../../shared/input-fields';
import { Out } from '../../../shared/output-fields';

export type MappingProblemReason = EnumValue<typeof MappingProblemReason>;

export const MappingProblemReason = defineEnum(
  'MappingProblemReason',
  '映射问题 why a row of a bulk mapping does not map',
  {
    UNKNOWN_BASIC_GRID: '基础网格不存在 the basic grid code is unknown',
    NOT_A_BASIC_GRID: '不是基础网格 the target exists but is not a BASIC grid',
    MAPPED_TWICE: '重复映射 the department grid code appears more than once in this batch',
    OTHER_DEPARTMENTS_CODE: '他部门编码 the code already belongs to another department',
  },
);

@InputType({ description: '部门网格映射行 one department grid and the basic grid it folds into' })
export class DepartmentGridMappingRow {
  @Input.text("部门网格编码 the department's own grid code", {
    matches: /^[0-9A-Za-z-]{4,32}$/,
    message: 'code must be 4–32 letters, digits or dashes',
  })
  code!: string;

  @Input.text('名称 name; kept as it is when omitted for an existing grid', {
    nullable: true,
    optional: true,
    length: [1, 100],
  })
  name?: string;

  @Input.text('基础网格编码 the 15-digit basic grid it maps onto')
  basicGridCode!: string;
}

@ObjectType({ description: '映射问题 a row that does not map' })
export class MappingProblem {
  @Out.int('行号 0-based row index in the batch')
  row!: number;

  @Out.text('部门网格编码 the department grid code of that row')
  code!: string;

  @Out.of(() => MappingProblemReason, '原因 reason')
  reason!: MappingProblemReason;

  @Out.text('说明 readable explanation')
  message!: string;
}

@ObjectType({
  description: '批量映射结果 the outcome of a bulk mapping: all rows written, or none',
})
export class MappingResult {
  @Out.bool('是否成功 true when every row mapped and was written')
  ok!: boolean;

  @Out.int('新建 department grids created')
  created!: number;

  @Out.int('更新 existing department grids (re)mapped')
  updated!: number;

  @Out.of(() => [MappingProblem], '问题行 rows that do not map; when not empty nothing was written')
  problems!: MappingProblem[];
}
