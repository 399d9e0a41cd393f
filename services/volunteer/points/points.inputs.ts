import { ArgsType } from 'type-graphql';
import { RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@ArgsType()
export class RedeemPointsArgs {
  @Input.id('志愿者编号 the volunteer spending points')
  volunteerId!: string;

  @Input.int('兑换积分 points to spend, a positive whole number', { min: 1, max: 100000 })
  points!: number;

  @Input.text('兑换物品 what is taken from the points shop (爱心积分超市)', { length: [1, 200] })
  item!: string;
}

@ArgsType()
export class ReversePointsEntryArgs {
  @Input.id('流水编号 the entry to reverse')
  entryId!: string;

  @Input.text('冲正原因 why it is corrected', { length: [2, 200] })
  reason!: string;
}

@ArgsType()
export class SetPointsRateArgs {
  @Input.of(
    () => RegionCode,
    '区划代码 a 6-, 9- or 12-digit region code; its longest configured prefix applies',
  )
  regionCode!: string;

  @Input.int('每小时积分 points per verified hour', { min: 0, max: 1000 })
  pointsPerHour!: number;
}
