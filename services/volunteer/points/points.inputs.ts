import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { RegionCode } from '../../../shared/scalars';

@ArgsType()
export class RedeemPointsArgs {
  @Field(() => ID, { description: '志愿者编号 the volunteer spending points' })
  volunteerId!: string;

  @Field(() => Int, { description: '兑换积分 points to spend, a positive whole number' })
  @Min(1)
  @Max(100000)
  points!: number;

  @Field({ description: '兑换物品 what is taken from the points shop (爱心积分超市)' })
  @Length(1, 200)
  item!: string;
}

@ArgsType()
export class ReversePointsEntryArgs {
  @Field(() => ID, { description: '流水编号 the entry to reverse' })
  entryId!: string;

  @Field({ description: '冲正原因 why it is corrected' })
  @Length(2, 200)
  reason!: string;
}

@ArgsType()
export class SetPointsRateArgs {
  @Field(() => RegionCode, {
    description: '区划代码 a 6-, 9- or 12-digit region code; its longest configured prefix applies',
  })
  regionCode!: string;

  @Field(() => Int, { description: '每小时积分 points per verified hour' })
  @Min(0)
  @Max(1000)
  pointsPerHour!: number;
}
