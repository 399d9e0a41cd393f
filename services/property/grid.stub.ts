import { Directive, Field, ObjectType } from 'type-graphql';
import { Place } from '../../shared/auth/policy';

@ObjectType({
  description: '网格 Grid, owned by the grid subgraph; this subgraph adds its compounds',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15-digit grid code' })
  code!: string;
}

@ObjectType({
  description:
    '行政区划 Region, owned by the grid subgraph; this subgraph adds its property indicators',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: '区划代码 6-, 9- or 12-digit division code' })
  code!: string;
}

export const gridRef = (code: string): Grid => Object.assign(new Grid(), { code });
