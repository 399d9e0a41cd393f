import { Column, Entity, Index } from 'typeorm';
import { Place } from '../../../shared/auth/policy';
import { ID, ObjectType } from 'type-graphql';
import { Col, WithRecordId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type DeliveryState = EnumValue<typeof DeliveryState>;

export const DeliveryState = defineEnum(
  'WebhookDeliveryState',
  '推送状态 state of one webhook delivery',
  {
    PENDING: '待推送 waiting for its (next) attempt',
    DELIVERED: '已送达 the endpoint answered 2xx',
    DEAD: '死信 given up after the maximum number of attempts',
  },
);

@Entity('webhook_endpoints')
@ObjectType({
  description:
    "部门推送地址 a department system's webhook endpoint: signed case events are POSTed to it",
})
@Place('regionCode')
export class WebhookEndpoint extends WithRecordId {
  @Index()
  @Column({ type: 'int' })
  departmentId!: number;

  @Col.text(
    15,
    '覆盖区划 the region code prefix it covers: only events of cases under it are delivered ("" = everywhere)',
    { default: '' },
  )
  regionCode!: string;

  @Col.text(500, '地址 the https (or http) URL deliveries are POSTed to')
  url!: string;

  /** The HMAC-SHA256 key; never readable through the graph once registered. */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Col.bool('启用 whether new events are delivered to it', { default: true })
  active!: boolean;

  @Col.text(64, '登记人 account that registered it')
  createdBy!: string;

  @Col.datetime('登记时间 registered at')
  createdAt!: Date;
}

/** The transactional outbox: one row per (case event, endpoint), written in the case event's transaction. */
@Entity('webhook_deliveries')
@Index(['state', 'nextAttemptAt'])
@Index(['endpointId', 'eventId'], { unique: true })
@ObjectType({
  description: '推送记录 one case event on its way to one endpoint, with its attempts',
})
export class WebhookDelivery extends WithRecordId {
  @Col.int('推送地址 the endpoint', { type: () => ID })
  endpointId!: number;

  @Col.int('事件编号 the event id (CaseEvent.id): the receiver deduplicates on it', {
    type: () => ID,
  })
  eventId!: number;

  @Col.text(
    32,
    '事件类型 case.dispatched, case.overdue, case.returned, case.reopened, case.closed or case.rated',
  )
  eventType!: string;

  @Col.longText(
    "内容 the JSON body exactly as POSTed: the case's grid, category, title, states and deadline, never its reporter",
  )
  payload!: string;

  @Col.text(16, '状态 state', { type: () => DeliveryState })
  state!: DeliveryState;

  @Col.int('尝试次数 attempts so far', { default: 0 })
  attempts!: number;

  @Col.datetime('下次尝试 when the next attempt is due (or the claim expires)')
  nextAttemptAt!: Date;

  @Col.int('最近状态码 HTTP status of the last attempt; null when it did not connect', {
    nullable: true,
  })
  lastStatus!: number | null;

  @Col.text(300, '最近错误 why the last attempt failed', { nullable: true })
  lastError!: string | null;

  @Col.datetime('入队时间 written with the case event at')
  createdAt!: Date;

  @Col.datetime('送达时间 delivered at', { nullable: true })
  deliveredAt!: Date | null;
}
