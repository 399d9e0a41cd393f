import { IdempotencyKeyField } from '../../../shared/idempotency';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsLatitude, IsLongitude, IsOptional, IsUrl, Length, Matches } from 'class-validator';
import { CaseCategory, CaseSource } from './case.entity';
import { GridCode } from '../../../shared/scalars';
import { Input, numericId } from '../../../shared/input-fields';

@InputType({ description: '收集事项 a new case collected on a grid' })
export class ReportCaseInput {
  @Input.of(() => GridCode, '网格编码 the 15-digit grid where it was found')
  gridCode!: string;

  @Input.text('标题 title', { length: [2, 200] })
  title!: string;

  @Input.text('描述 description', { nullable: true, optional: true, length: [0, 2000] })
  description?: string;

  @Input.of(() => CaseCategory, '类别 category')
  category!: CaseCategory;

  @Input.of(() => CaseSource, '来源 source')
  source!: CaseSource;

  @Input.text("反映人 reporter's name (personal data)", {
    nullable: true,
    optional: true,
    length: [1, 50],
  })
  reporterName?: string;

  @Input.text("反映人电话 reporter's phone (personal data)", {
    nullable: true,
    optional: true,
    matches: /^\+?\d[\d-]{5,19}$/,
    message: 'reporterPhone must be a phone number',
  })
  reporterPhone?: string;

  @Input.text('详细地址 exact address (personal data)', {
    nullable: true,
    optional: true,
    length: [1, 200],
  })
  address?: string;

  @Field(() => Float, {
    nullable: true,
    description: '纬度 latitude, WGS-84 decimal degrees (-90 to 90); given with longitude',
  })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number;

  @Field(() => Float, {
    nullable: true,
    description: '经度 longitude, WGS-84 decimal degrees (-180 to 180); given with latitude',
  })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number;

  @Field({ nullable: true, description: '图片链接 an http(s) link to a photo of the problem' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'mediaUrl must be an http(s) URL' },
  )
  @Length(1, 500)
  mediaUrl?: string;

  @IdempotencyKeyField({
    optional: true,
    description:
      "幂等键 a key of the caller's choosing; a retry with the same key returns the case already made",
  })
  idempotencyKey?: string;

  @Input.id(
    '涉及小区 the compound concerned (property subgraph id)',
    numericId('compoundId', { nullable: true, optional: true }),
  )
  compoundId?: string;
}

@InputType({
  description: '事项流转 a transition: the case, the version the caller saw, and a note',
})
export class CaseTransitionInput {
  @Field(() => ID, { description: '事项编号 case id' })
  @Matches(/^\d{1,10}$/, { message: 'id must be a numeric case id' })
  id!: string;

  @Input.int('版本 the version the caller last read; a stale version is a CONFLICT', { min: 1 })
  version!: number;

  @Input.text('备注 note kept in the event log', {
    nullable: true,
    optional: true,
    length: [0, 500],
  })
  note?: string;
}

@InputType({ description: '吹哨 dispatch to a department' })
export class DispatchCaseInput extends CaseTransitionInput {
  @Input.text("部门代码 the department's code, e.g. CG", { length: [1, 32] })
  departmentCode!: string;
}

@InputType({ description: "评价 the resident's rating, once, after the case is closed off" })
export class RateCaseInput extends CaseTransitionInput {
  @Input.int('满意度 satisfaction 1–5', { min: 1, max: 5 })
  satisfaction!: number;
}
