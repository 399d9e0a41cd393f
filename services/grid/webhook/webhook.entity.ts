import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Place } from '../../../shared/auth/policy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeliveryState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}

registerEnumType(DeliveryState, {
  name: 'WebhookDeliveryState',
  description: '推送状态 state of one webhook delivery',
  valuesConfig: {
    PENDING: { description: '待推送 waiting for its (next) attempt' },
    DELIVERED: { description: '已送达 the endpoint answered 2xx' },
    DEAD: { description: '死信 given up after the maximum number of attempts' },
  },
});

@Entity('webhook_endpoints')
@ObjectType({
  description:
    "部门推送地址 a department system's webhook endpoint: signed case events are POSTed to it",
})
@Place('regionCode')
export class WebhookEndpoint {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  departmentId!: number;

  @Column({ type: 'varchar', length: 15, default: '' })
  @Field({
    description:
      '覆盖区划 the region code prefix it covers: only events of cases under it are delivered ("" = everywhere)',
  })
  regionCode!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: '地址 the https (or http) URL deliveries are POSTed to' })
  url!: string;

  /** The HMAC-SHA256 key; never readable through the graph once registered. */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  @Field({ description: '启用 whether new events are delivered to it' })
  active!: boolean;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: '登记人 account that registered it' })
  createdBy!: string;

  @Column({ type: 'datetime' })
  @Field({ description: '登记时间 registered at' })
  createdAt!: Date;
}

/** The transactional outbox: one row per (case event, endpoint), written in the case event's transaction. */
@Entity('webhook_deliveries')
@Index(['state', 'nextAttemptAt'])
@Index(['endpointId', 'eventId'], { unique: true })
@ObjectType({
  description: '推送记录 one case event on its way to one endpoint, with its attempts',
})
export class WebhookDelivery {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'int' })
  @Field(() => ID, { description: '推送地址 the endpoint' })
  endpointId!: number;

  @Column({ type: 'int' })
  @Field(() => ID, {
    description: '事件编号 the event id (CaseEvent.id): the receiver deduplicates on it',
  })
  eventId!: number;

  @Column({ type: 'varchar', length: 32 })
  @Field({
    description:
      '事件类型 case.dispatched, case.overdue, case.returned, case.reopened, case.closed or case.rated',
  })
  eventType!: string;

  @Column({ type: 'text' })
  @Field({
    description:
      "内容 the JSON body exactly as POSTed: the case's grid, category, title, states and deadline, never its reporter",
  })
  payload!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => DeliveryState, { description: '状态 state' })
  state!: DeliveryState;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '尝试次数 attempts so far' })
  attempts!: number;

  @Column({ type: 'datetime' })
  @Field({ description: '下次尝试 when the next attempt is due (or the claim expires)' })
  nextAttemptAt!: Date;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: '最近状态码 HTTP status of the last attempt; null when it did not connect',
  })
  lastStatus!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: '最近错误 why the last attempt failed' })
  lastError!: string | null;

  @Column({ type: 'datetime' })
  @Field({ description: '入队时间 written with the case event at' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: '送达时间 delivered at' })
  deliveredAt!: Date | null;
}
