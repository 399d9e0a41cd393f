import { ArgsType, InputType } from 'type-graphql';
import { MicroWishState } from './micro-wish.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { GridCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: "发布微心愿 a resident's new micro-wish in a grid" })
export class PostMicroWishInput {
  @Input.of(() => GridCode, '网格编码 the 15-digit grid')
  gridCode!: string;

  @Input.text('心愿 what the resident wishes for', { length: [2, 200] })
  title!: string;

  @Input.text("居民姓名 the resident's name (personal data, shown masked)", { length: [1, 50] })
  residentName!: string;
}

@InputType({
  description:
    '认领微心愿 who claims a wish: a party member, or a dual-reporting unit with its name',
})
export class ClaimMicroWishInput {
  @Input.id('微心愿编号 the wish')
  wishId!: string;

  @Input.id('党员编号 the claiming party member (party subgraph)', { nullable: true })
  partyMemberId?: string;

  @Input.id('单位编号 the claiming dual-reporting unit (party subgraph)', { nullable: true })
  unitId?: string;

  @Input.text(
    "单位名称 the unit's name; the party subgraph's registered name is stored, and a different one is refused",
    { nullable: true, length: [2, 100] },
  )
  unitName?: string;
}

@ArgsType()
export class MicroWishFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 wishes under this region or grid code',
) {
  @Input.of(() => MicroWishState, '状态 only wishes in this state', { nullable: true })
  state?: MicroWishState;
}
