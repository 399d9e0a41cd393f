import { InputType } from 'type-graphql';
import { GridWorkerRole } from './grid-worker.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { Input, isoDate, numericId } from '../../../shared/input-fields';

@InputType({ description: '任命网格员 assign a worker or one of the three heads to a grid' })
export class AssignGridWorkerInput {
  @Input.text('姓名 name (personal data)', { length: [1, 50] })
  name!: string;

  @Input.text('电话 phone (personal data)', {
    matches: /^\+?\d[\d-]{5,19}$/,
    message: 'phone must be a phone number',
  })
  phone!: string;

  @Input.of(() => GridWorkerRole, '角色 role')
  role!: GridWorkerRole;

  @Input.of(() => GridCode, '网格编码 the grid served')
  gridCode!: string;

  @Input.text('楼栋/单元 building or unit label; required for building and unit heads', {
    nullable: true,
    optional: true,
    length: [1, 50],
  })
  buildingLabel?: string;

  @Input.of(() => LocalDate, '任职日期 from (YYYY-MM-DD)', isoDate('startedOn'))
  startedOn!: string;
}

@InputType({ description: '调整网格员 move a serving worker to another grid or building' })
export class MoveGridWorkerInput {
  @Input.id('网格员编号 worker id', numericId('id'))
  id!: string;

  @Input.of(() => GridCode, '新网格编码 the grid moved to')
  gridCode!: string;

  @Input.text('新楼栋/单元 building or unit label at the new grid', {
    nullable: true,
    optional: true,
    length: [1, 50],
  })
  buildingLabel?: string;

  @Input.of(() => LocalDate, '调整日期 effective date (YYYY-MM-DD)', isoDate('on'))
  on!: string;
}

@InputType({ description: '网格员离任 retire a serving worker' })
export class RetireGridWorkerInput {
  @Input.id('网格员编号 worker id', numericId('id'))
  id!: string;

  @Input.of(() => LocalDate, '离任日期 effective date (YYYY-MM-DD)', isoDate('on'))
  on!: string;
}
