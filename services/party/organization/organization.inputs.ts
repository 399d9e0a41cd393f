import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Length } from 'class-validator';
import { PageArgs } from '../../../shared/pagination';
import { PartyGridKind, PartyOrganizationLevel } from './organization.entity';
import { GridCode, RegionCode } from '../../../shared/scalars';

@InputType({ description: '新建党组织 a new party organisation' })
export class CreatePartyOrganizationInput {
  @Field({ description: '名称 name' })
  @Length(2, 100)
  name!: string;

  @Field(() => PartyOrganizationLevel, { description: '层级 level or kind' })
  level!: PartyOrganizationLevel;

  @Field(() => ID, {
    nullable: true,
    description: '上级党组织 parent organisation (none only for a city committee)',
  })
  parentId?: string;

  @Field(() => RegionCode, {
    nullable: true,
    description:
      "所在区划代码 region code (6/9/12 digits); grid-tied levels take their grid's community",
  })
  regionCode?: string;

  @Field(() => GridCode, {
    nullable: true,
    description: '所在网格编码 grid code (15 digits), for grid branches and building groups',
  })
  gridCode?: string;

  @Field(() => PartyGridKind, {
    nullable: true,
    description: '网格类别 kind of grid served (default RESIDENTIAL for grid-tied levels)',
  })
  gridKind?: PartyGridKind;

  @Field({ nullable: true, description: '楼栋 buildings covered, for building groups' })
  @Length(1, 50)
  buildingLabel?: string;

  @Field({ nullable: true, description: '书记 secretary (personal data)' })
  @Length(1, 50)
  secretary?: string;
}

@ArgsType()
export class PartyOrganizationFilterArgs extends PageArgs {
  @Field({
    description:
      '区划或网格编码 every organisation under this region code (6/9/12) or in this grid (15)',
  })
  under!: string;

  @Field(() => PartyOrganizationLevel, {
    nullable: true,
    description: '层级 only this level or kind',
  })
  level?: PartyOrganizationLevel;

  @Field({ nullable: true, description: '名称包含 name contains' })
  @Length(1, 50)
  name?: string;
}

@ArgsType()
export class PartySubtreeArgs extends PageArgs {
  @Field(() => ID, { description: '根组织 the organisation whose descendants are listed' })
  id!: string;

  @Field(() => PartyOrganizationLevel, {
    nullable: true,
    description: '层级 only this level or kind',
  })
  level?: PartyOrganizationLevel;
}

@ArgsType()
export class MovePartyOrganizationArgs {
  @Field(() => ID, { description: '要调整的党组织 the organisation to move (with its subtree)' })
  id!: string;

  @Field(() => ID, { description: '新上级 the new parent' })
  newParentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '预期版本 the version the caller saw; a stale version is refused with CONFLICT',
  })
  expectedVersion?: number;
}
