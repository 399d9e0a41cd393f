import { Column, Entity, Index } from 'typeorm';
import { ID, ObjectType } from 'type-graphql';
import { VolunteerCategory } from '../team/team.entity';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type NeedState = EnumValue<typeof NeedState>;

export const NeedState = defineEnum(
  'ResidentNeedState',
  '需求状态 whether a resident need has been matched to a resource',
  {
    OPEN: '待对接 not yet matched',
    MATCHED: '已对接 matched by a service project',
  },
);

/** 群众需求清单: what residents of a community need. */
@Entity('resident_needs')
@Index(['regionCode', 'state'])
@ObjectType({ description: '群众需求 Resident need (first of the three lists 三个清单)' })
@Place('gridCode', 'regionCode')
export class ResidentNeed extends WithId {
  @Col.text(200, '需求内容 what is needed')
  title!: string;

  @Col.text(20, '服务类别 kind of service needed', { type: () => VolunteerCategory })
  category!: VolunteerCategory;

  @Col.text(12, '社区代码 the 12-digit community')
  regionCode!: string;

  @Col.text(15, '网格编码 the grid, if one', { nullable: true })
  gridCode!: string | null;

  @Col.text(10, '状态 state', { type: () => NeedState })
  state!: NeedState;

  @Col.datetime('登记时间 recorded at')
  recordedAt!: Date;
}

/** 单位资源清单: what a resident or dual-reporting unit offers a community. */
@Entity('unit_resources')
@ObjectType({ description: '单位资源 Unit resource (second of the three lists 三个清单)' })
@Place('regionCode')
export class UnitResource extends WithId {
  @Col.int('单位编号 the dual-reporting unit (party subgraph id), if known', {
    nullable: true,
    type: () => ID,
  })
  unitId!: number | null;

  @Col.text(100, '单位名称 unit name')
  unitName!: string;

  @Col.text(200, '资源内容 what is offered')
  title!: string;

  @Col.text(20, '服务类别 kind of service offered', { type: () => VolunteerCategory })
  category!: VolunteerCategory;

  @Col.text(12, '社区代码 the 12-digit community it is offered to', { index: true })
  regionCode!: string;

  @Col.datetime('登记时间 offered at')
  offeredAt!: Date;
}

/** 服务项目清单: a project that links one need to one resource. */
@Entity('service_projects')
@ObjectType({
  description:
    '服务项目 Service project linking a need to a resource (third of the three lists 三个清单)',
})
@Place('regionCode')
export class ServiceProject extends WithId {
  @Col.text(200, '项目名称 title')
  title!: string;

  // Unique: a need is matched by one project.
  @Index({ unique: true })
  @Column({ type: 'int' })
  needId!: number;

  @Index()
  @Column({ type: 'int' })
  resourceId!: number;

  @Column({ type: 'int', nullable: true })
  teamId!: number | null;

  @Col.text(12, "社区代码 the need's community", { index: true })
  regionCode!: string;

  @Col.datetime('立项时间 created at')
  createdAt!: Date;
}
