import { GraphQLScalarType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Col } from './columns';

/** The GeoJSON geometries a boundary (边界) may be (RFC 7946, WGS84 [lon, lat]). */
export type Position = [number, number];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type BoundaryGeometry = PolygonGeometry | MultiPolygonGeometry;

/** graphql-scalars' JSONObject, with a description an analyst can read in the explorer. */
export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description:
    'JSON 对象 a JSON object (ECMA-404); boundaries (边界) carry GeoJSON geometries in it',
});

/**
 * The boundary of a place (a region, a grid): a nullable GeoJSON geometry in the column
 * boundary_geojson, the field `boundary: JSONObject`.
 */
export const BoundaryCol = (): PropertyDecorator =>
  Col.json(
    () => JSONObjectScalar,
    '边界 boundary: a GeoJSON geometry (Polygon or MultiPolygon, WGS84 [lon, lat]); null when not surveyed',
    { nullable: true, name: 'boundary_geojson' },
  );
