import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

export enum UrbanComponentKind {
  MANHOLE_COVER = 'MANHOLE_COVER',
  STREETLIGHT = 'STREETLIGHT',
  BIN = 'BIN',
  BENCH = 'BENCH',
  HYDRANT = 'HYDRANT',
  SIGN = 'SIGN',
  OTHER = 'OTHER',
}

export enum UrbanComponentCondition {
  GOOD = 'GOOD',
  DAMAGED = 'DAMAGED',
  MISSING = 'MISSING',
}

registerEnumType(UrbanComponentKind, {
  name: 'UrbanComponentKind',
  description: '部件类型 kind of city component',
  valuesConfig: {
    MANHOLE_COVER: { description: '井盖 manhole cover' },
    STREETLIGHT: { description: '路灯 street light' },
    BIN: { description: '垃圾箱 litter bin' },
    BENCH: { description: '座椅 bench' },
    HYDRANT: { description: '消防栓 fire hydrant' },
    SIGN: { description: '标识牌 sign' },
    OTHER: { description: '其他 other' },
  },
});
registerEnumType(UrbanComponentCondition, {
  name: 'UrbanComponentCondition',
  description: '部件状况 condition of a component',
  valuesConfig: {
    GOOD: { description: '完好 good' },
    DAMAGED: { description: '破损 damaged' },
    MISSING: { description: '缺失 missing' },
  },
});

/** Stores its grid code, so a street or a city is a range scan on an index (shared/codes). */
@Entity('urban_components')
@Place('gridCode')
@ObjectType({ description: '城管部件 UrbanComponent: a piece of street furniture in the city-management inventory of a grid' })
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
