import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CaseCategory, CaseSource } from './case.entity';
import { GridCode } from '../../../shared/scalars';

@InputType({ description: '收集事项 a new case collected on a grid' })
export class ReportCaseInput {
  @Field(() => GridCode, { description: '网格编码 the 15-digit grid where it was found' })
  gridCode!: string;

  @Field({ description: '标题 title' })
  @Length(2, 200)
  title!: string;

  @Field({ nullable: true, description: '描述 description' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => CaseCategory, { description: '类别 category' })
  category!: CaseCategory;

  @Field(() => CaseSource, { description: '来源 source' })
  source!: CaseSource;

  @Field({ nullable: true, description: "反映人 reporter's name (personal data)" })
  @IsOptional()
  @Length(1, 50)
  reporterName?: string;

  @Field({ nullable: true, description: "反映人电话 reporter's phone (personal data)" })
  @IsOptional()
  @Matches(/^\+?\d[\d-]{5,19}$/, { message: 'reporterPhone must be a phone number' })
  reporterPhone?: string;

  @Field({ nullable: true, description: '详细地址 exact address (personal data)' })
  @IsOptional()
  @Length(1, 200)
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

  @Field({
    nullable: true,
    description:
      "幂等键 a key of the caller's choosing; a retry with the same key returns the case already made",
  })
  @IsOptional()
  @Matches(/^[\w:.-]{1,100}$/, { message: 'idempotencyKey: 1–100 letters, digits and : . - _' })
  idempotencyKey?: string;

  @Field(() => ID, {
    nullable: true,
    description: '涉及小区 the compound concerned (property subgraph id)',
  })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: 'compoundId must be a numeric id' })
  compoundId?: string;
}

@InputType({
  description: '事项流转 a transition: the case, the version the caller saw, and a note',
})
export class CaseTransitionInput {
  @Field(() => ID, { description: '事项编号 case id' })
  @Matches(/^\d{1,10}$/, { message: 'id must be a numeric case id' })
  id!: string;

  @Field(() => Int, {
    description: '版本 the version the caller last read; a stale version is a CONFLICT',
  })
  @Min(1)
  version!: number;

  @Field({ nullable: true, description: '备注 note kept in the event log' })
  @IsOptional()
  @Length(0, 500)
  note?: string;
}

@InputType({ description: '吹哨 dispatch to a department' })
export class DispatchCaseInput extends CaseTransitionInput {
  @Field({ description: "部门代码 the department's code, e.g. CG" })
  @Length(1, 32)
  departmentCode!: string;
}

@InputType({ description: "评价 the resident's rating, once, after the case is closed off" })
export class RateCaseInput extends CaseTransitionInput {
  @Field(() => Int, { description: '满意度 satisfaction 1–5' })
  @Min(1)
  @Max(5)
  satisfaction!: number;
}
