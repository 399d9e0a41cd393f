import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { GridWorkerRole } from './grid-worker.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '任命网格员 assign a worker or one of the three heads to a grid' })
export class AssignGridWorkerInput {
  @Field({ description: '姓名 name (personal data)' })
  @Length(1, 50)
  name!: string;

  @Field({ description: '电话 phone (personal data)' })
  @Matches(/^\+?\d[\d-]{5,19}$/, { message: 'phone must be a phone number' })
  phone!: string;

  @Field(() => GridWorkerRole, { description: '角色 role' })
  role!: GridWorkerRole;

  @Field(() => GridCode, { description: '网格编码 the grid served' })
  gridCode!: string;

  @Field({
    nullable: true,
    description: '楼栋/单元 building or unit label; required for building and unit heads',
  })
  @IsOptional()
  @Length(1, 50)
  buildingLabel?: string;

  @Field(() => LocalDate, { description: '任职日期 from (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'startedOn must be YYYY-MM-DD' })
  startedOn!: string;
}

@InputType({ description: '调整网格员 move a serving worker to another grid or building' })
export class MoveGridWorkerInput {
  @Field(() => ID, { description: '网格员编号 worker id' })
  @Matches(/^\d{1,10}$/, { message: 'id must be a numeric id' })
  id!: string;

  @Field(() => GridCode, { description: '新网格编码 the grid moved to' })
  gridCode!: string;

  @Field({ nullable: true, description: '新楼栋/单元 building or unit label at the new grid' })
  @IsOptional()
  @Length(1, 50)
  buildingLabel?: string;

  @Field(() => LocalDate, { description: '调整日期 effective date (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'on must be YYYY-MM-DD' })
  on!: string;
}

@InputType({ description: '网格员离任 retire a serving worker' })
export class RetireGridWorkerInput {
  @Field(() => ID, { description: '网格员编号 worker id' })
  @Matches(/^\d{1,10}$/, { message: 'id must be a numeric id' })
  id!: string;

  @Field(() => LocalDate, { description: '离任日期 effective date (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'on must be YYYY-MM-DD' })
  on!: string;
}
