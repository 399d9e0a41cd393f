import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { Inspection, InspectionFinding } from './inspection.entity';

export function createInspectionLoaders(ds: DataSource, options: LoaderOptions) {
  const inspections = ds.getRepository(Inspection);
  const findings = ds.getRepository(InspectionFinding);
  return {
    inspectionById: keyedLoader<number, Inspection>(
      (ids) => inspections.findBy({ id: In([...ids]) }),
      (r) => r.id,
      options,
    ),
    inspectionsByGridCode: groupedLoader<string, Inspection>(
      (codes) =>
        inspections.find({
          where: { gridCode: In([...codes]) },
          order: { inspectedOn: 'DESC', id: 'DESC' },
        }),
      (r) => r.gridCode,
      options,
    ),
    findingsByInspectionId: groupedLoader<number, InspectionFinding>(
      (ids) => findings.find({ where: { inspectionId: In([...ids]) }, order: { id: 'ASC' } }),
      (r) => r.inspectionId,
      options,
    ),
    findingsByComponentId: groupedLoader<number, InspectionFinding>(
      (ids) => findings.find({ where: { componentId: In([...ids]) }, order: { id: 'ASC' } }),
      (r) => r.componentId,
      options,
    ),
  };
}
