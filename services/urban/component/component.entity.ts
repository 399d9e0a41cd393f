import { Entity } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type UrbanComponentKind = EnumValue<typeof UrbanComponentKind>;
export type UrbanComponentCondition = EnumValue<typeof UrbanComponentCondition>;

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

export const UrbanComponentCondition = defineEnum(
  'UrbanComponentCondition',
  '部件状况 condition of a component',
  {
    GOOD: '完好 good',
    DAMAGED: '破损 damaged',
    MISSING: '缺失 missing',
  },
);

/** Stores its grid code, so a street or a city is a range scan on an index (shared/codes). */
@Entity('urban_components')
@Place('gridCode')
@ObjectType({
  description:
    '城管部件 UrbanComponent: a piece of street furniture in the city-management inventory of a grid',
})
@Directive('@key(fields: "id")')
export class UrbanComponent extends WithId {
  @Col.text(15, '网格编码 the 15-digit grid it stands on', { index: true })
  gridCode!: string;

  @Col.text(16, '类型 kind', { type: () => UrbanComponentKind })
  kind!: UrbanComponentKind;

  // `condition` is a reserved word in MySQL, so the column says what it is.
  @Col.text(16, '状况 condition at the latest inspection', {
    name: 'current_condition',
    type: () => UrbanComponentCondition,
  })
  condition!: UrbanComponentCondition;

  @Col.text(100, '位置 location label, e.g. 小区南门')
  locationLabel!: string;

  @Col.date('安装日期 installed on (YYYY-MM-DD)')
  installedOn!: string;
}
