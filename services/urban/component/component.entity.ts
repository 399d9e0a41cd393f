import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const UrbanComponentKind = defineEnum(
  'UrbanComponentKind',
  '部件类型 kind of city component',
  {
    MANHOLE_COVER: '井盖 manhole cover',
    STREETLIGHT: '路灯 street light',
    BIN: '垃圾箱 litter bin',
    BENCH: '座椅 bench',
    HYDRANT: '消防栓 fire hydrant',
    SIGN: '标识牌 sign',
    OTHER: '其他 other',
  },
);
export type UrbanComponentKind = EnumValue<typeof UrbanComponentKind>;

export const UrbanComponentCondition = defineEnum(
  'UrbanComponentCondition',
  '部件状况 condition of a component',
  {
    GOOD: '完好 good',
    DAMAGED: '破损 damaged',
    MISSING: '缺失 missing',
  },
);
export type UrbanComponentCondition = EnumValue<typeof UrbanComponentCondition>;

/** Stores its grid code, so a street or a city is a range scan on an index (shared/codes). */
@Entity('urban_components')
@Place('gridCode')
@ObjectType({
  description:
    '城管部件 UrbanComponent: a piece of street furniture in the city-management inventory of a grid',
})
@Directive('@key(fields: "id")')
export class UrbanComponent {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '网格编码 the 15-digit grid it stands on' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => UrbanComponentKind, { description: '类型 kind' })
  kind!: UrbanComponentKind;

  // `condition` is a reserved word in MySQL, so the column says what it is.
  @Column({ type: 'varchar', length: 16, name: 'current_condition' })
  @Field(() => UrbanComponentCondition, { description: '状况 condition at the latest inspection' })
  condition!: UrbanComponentCondition;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '位置 location label, e.g. 小区南门' })
  locationLabel!: string;

  @Column({ type: 'date' })
  @Field({ description: '安装日期 installed on (YYYY-MM-DD)' })
  installedOn!: string;
}
