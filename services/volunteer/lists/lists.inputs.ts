import { ArgsType, Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { VolunteerCategory } from '../team/team.entity';
import { NeedState } from './three-lists.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { GridCode, RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({
  description: '登记群众需求 a resident need for a community, optionally pinned to a grid',
})
export class RecordNeedInput {
  @Input.text('需求内容 what is needed', { length: [2, 200] })
  title!: string;

  @Input.of(() => VolunteerCategory, '服务类别 kind of service needed')
  category!: VolunteerCategory;

  @Field(() => RegionCode, { description: '社区代码 the 12-digit community' })
  @Matches(/^\d{12}$/, { message: 'regionCode must be a 12-digit community code' })
  regionCode!: string;

  @Input.of(() => GridCode, '网格编码 the 15-digit grid, inside the community', { nullable: true })
  gridCode?: string;
}

@InputType({ description: '登记单位资源 what a unit offers a community' })
export class OfferResourceInput {
  @Input.id('单位编号 the dual-reporting unit (party subgraph), if known', { nullable: true })
  unitId?: string;

  @Input.text('单位名称 unit name', { length: [2, 100] })
  unitName!: string;

  @Input.text('资源内容 what is offered', { length: [2, 200] })
  title!: string;

  @Input.of(() => VolunteerCategory, '服务类别 kind of service offered')
  category!: VolunteerCategory;

  @Input.of(() => RegionCode, '社区代码 the 12-digit community it is offered to', {
    matches: /^\d{12}$/,
    message: 'regionCode must be a 12-digit community code',
  })
  regionCode!: string;
}

@InputType({
  description:
    '需求对接 a service project that matches a need to a resource in the same street and category',
})
export class MatchNeedInput {
  @Input.id('需求编号 the need')
  needId!: string;

  @Input.id('资源编号 the resource')
  resourceId!: string;

  @Input.text('项目名称 project title', { length: [2, 200] })
  title!: string;

  @Input.id('承接服务队 the volunteer team carrying it out, if one', { nullable: true })
  teamId?: string;
}

@ArgsType()
export class ListFilterArgs extends PageUnderArgs(
  '区划代码前缀 rows under this 6-, 9- or 12-digit region code',
) {}

@ArgsType()
export class NeedFilterArgs extends ListFilterArgs {
  @Input.of(() => NeedState, '状态 only needs in this state', { nullable: true })
  state?: NeedState;
}
