import { ArgsType, InputType } from 'type-graphql';
import { PageArgs, PageUnderArgs } from '../../../shared/pagination';
import { PartyGridKind, PartyOrganizationLevel } from './organization.entity';
import { GridCode, RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '新建党组织 a new party organisation' })
export class CreatePartyOrganizationInput {
  @Input.text('名称 name', { length: [2, 100] })
  name!: string;

  @Input.of(() => PartyOrganizationLevel, '层级 level or kind')
  level!: PartyOrganizationLevel;

  @Input.id('上级党组织 parent organisation (none only for a city committee)', { nullable: true })
  parentId?: string;

  @Input.of(
    () => RegionCode,
    "所在区划代码 region code (6/9/12 digits); grid-tied levels take their grid's community",
    { nullable: true },
  )
  regionCode?: string;

  @Input.of(
    () => GridCode,
    '所在网格编码 grid code (15 digits), for grid branches and building groups',
    { nullable: true },
  )
  gridCode?: string;

  @Input.of(
    () => PartyGridKind,
    '网格类别 kind of grid served (default RESIDENTIAL for grid-tied levels)',
    { nullable: true },
  )
  gridKind?: PartyGridKind;

  @Input.text('楼栋 buildings covered, for building groups', { nullable: true, length: [1, 50] })
  buildingLabel?: string;

  @Input.text('书记 secretary (personal data)', { nullable: true, length: [1, 50] })
  secretary?: string;
}

@ArgsType()
export class PartyOrganizationFilterArgs extends PageUnderArgs(
  '区划或网格编码 every organisation under this region code (6/9/12) or in this grid (15)',
) {
  @Input.of(() => PartyOrganizationLevel, '层级 only this level or kind', { nullable: true })
  level?: PartyOrganizationLevel;

  @Input.text('名称包含 name contains', { nullable: true, length: [1, 50] })
  name?: string;
}

@ArgsType()
export class PartySubtreeArgs extends PageArgs {
  @Input.id('根组织 the organisation whose descendants are listed')
  id!: string;

  @Input.of(() => PartyOrganizationLevel, '层级 only this level or kind', { nullable: true })
  level?: PartyOrganizationLevel;
}

@ArgsType()
export class MovePartyOrganizationArgs {
  @Input.id('要调整的党组织 the organisation to move (with its subtree)')
  id!: string;

  @Input.id('新上级 the new parent')
  newParentId!: string;

  @Input.int('预期版本 the version the caller saw; a stale version is refused with CONFLICT', {
    nullable: true,
  })
  expectedVersion?: number;
}
