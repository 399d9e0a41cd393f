import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { Inspection, InspectionFinding } from './inspection.entity';

export function createInspectionLoaders(ds: DataSource, options: LoaderOptions) {
  const inspections = ds.getRepository(Inspection);
  const findings = ds.getRepository(InspectionFinding);
  return {
    inspectionById: rowBy(inspections, 'id', options),
    inspectionsByGridCode: rowsBy(inspections, 'gridCode', options, {
      inspectedOn: 'DESC',
      id: 'DESC',
    }),
    findingsByInspectionId: rowsBy(findings, 'inspectionId', options, { id: 'ASC' }),
    findingsByComponentId: rowsBy(findings, 'componentId', options, { id: 'ASC' }),
  };
}
