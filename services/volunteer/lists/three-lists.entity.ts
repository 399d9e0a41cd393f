import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { VolunteerCategory } from '../team/team.entity';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const NeedState = defineEnum(
  'ResidentNeedState',
  '需求状态 whether a resident need has been matched to a resource',
  {
    OPEN: '待对接 not yet matched',
    MATCHED: '已对接 matched by a service project',
  },
);
export type NeedState = EnumValue<typeof NeedState>;

/** 群众需求清单: what residents of a community need. */
@Entity('resident_needs')
@Index(['regionCode', 'state'])
@ObjectType({ description: '群众需求 Resident need (first of the three lists 三个清单)' })
@Place('gridCode', 'regionCode')
export class ResidentNeed {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '需求内容 what is needed' })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => VolunteerCategory, { description: '服务类别 kind of service needed' })
  category!: VolunteerCategory;

  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '社区代码 the 12-digit community' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: '网格编码 the grid, if one' })
  gridCode!: string | null;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => NeedState, { description: '状态 state' })
  state!: NeedState;

  @Column({ type: 'datetime' })
  @Field({ description: '登记时间 recorded at' })
  recordedAt!: Date;
}

/** 单位资源清单: what a resident or dual-reporting unit offers a community. */
@Entity('unit_resources')
@ObjectType({ description: '单位资源 Unit resource (second of the three lists 三个清单)' })
@Place('regionCode')
export class UnitResource {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: '单位编号 the dual-reporting unit (party subgraph id), if known',
  })
  unitId!: number | null;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '单位名称 unit name' })
  unitName!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '资源内容 what is offered' })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => VolunteerCategory, { description: '服务类别 kind of service offered' })
  category!: VolunteerCategory;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '社区代码 the 12-digit community it is offered to' })
  regionCode!: string;

  @Column({ type: 'datetime' })
  @Field({ description: '登记时间 offered at' })
  offeredAt!: Date;
}

/** 服务项目清单: a project that links one need to one resource. */
@Entity('service_projects')
@ObjectType({
  description:
    '服务项目 Service project linking a need to a resource (third of the three lists 三个清单)',
})
@Place('regionCode')
export class ServiceProject {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '项目名称 title' })
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

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: "社区代码 the need's community" })
  regionCode!: string;

  @Column({ type: 'datetime' })
  @Field({ description: '立项时间 created at' })
  createdAt!: Date;
}
