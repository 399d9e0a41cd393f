import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type OnSiteAction = EnumValue<typeof OnSiteAction>;

export const OnSiteAction = defineEnum('OnSiteAction', '现场处置 what the department did on site', {
  ARRIVED: '到场 arrived and checked',
  REPAIRED: '维修 repaired',
  REPLACED: '更换 replaced',
  CLEANED: '清理 cleaned up',
  RECTIFIED: '责令整改 ordered to rectify',
  OTHER: '其他 other',
});

/** The department's own ticket for a grid Case dispatched to it (吹哨报到): one per case. */
@Entity('urban_tickets')
@Place('gridCode')
export class UrbanTicket {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 15 })
  gridCode!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  ticketNo!: string;

  @Column({ type: 'datetime' })
  openedAt!: Date;
}

@Entity('urban_on_site_records')
@Place('gridCode')
@ObjectType({
  description: "现场处置记录 OnSiteRecord: one step of the department's handling on site",
})
export class OnSiteRecord extends WithId {
  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Col.text(15, '网格编码 the grid of the case')
  gridCode!: string;

  @Col.text(16, '处置 action', { type: () => OnSiteAction })
  action!: OnSiteAction;

  @Col.text(50, '处置人 the officer on site (personal data)', { personal: 'name' })
  handlerName!: string;

  @Col.text(500, '说明 note')
  note!: string;

  @Col.datetime('时间 at')
  at!: Date;
}
