import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../../shared/migration';

/** Boundaries become GeoJSON geometries on grids and regions; the old grids.boundary string was never filled. */
export class GridBoundaries1796150000000 implements MigrationInterface {
  name = 'GridBoundaries1796150000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn(
      'grids',
      new TableColumn(col.text('boundary_geojson', { isNullable: true })),
    );
    await qr.addColumn(
      'regions',
      new TableColumn(col.text('boundary_geojson', { isNullable: true })),
    );
    await qr.dropColumn('grids', 'boundary');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.addColumn('grids', new TableColumn(col.text('boundary', { isNullable: true })));
    await qr.dropColumn('regions', 'boundary_geojson');
    await qr.dropColumn('grids', 'boundary_geojson');
  }
}
