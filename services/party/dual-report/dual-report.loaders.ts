import { In, IsNull, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { DualReport } from './dual-report.entity';
import { PartyUnit } from './unit.entity';

export function createDualReportLoaders(ds: DataSource, options: LoaderOptions) {
  const reports = ds.getRepository(DualReport);
  const units = ds.getRepository(PartyUnit);
  return {
    partyUnitById: keyedLoader<number, PartyUnit>(
      (ids) => units.findBy({ id: In([...ids]) }),
      (u) => u.id,
      options,
    ),
    activeDualReportsByGridCode: groupedLoader<string, DualReport>(
      (codes) =>
        reports.find({
          where: { gridCode: In([...codes]), endedOn: IsNull() },
          order: { reportedOn: 'ASC', id: 'ASC' },
        }),
      (r) => r.gridCode!,
      options,
    ),
    dualReportsByMemberId: groupedLoader<number, DualReport>(
      (ids) =>
        reports.find({
          where: { memberId: In([...ids]) },
          order: { reportedOn: 'ASC', id: 'ASC' },
        }),
      (r) => r.memberId!,
      options,
    ),
    dualReportsByUnitId: groupedLoader<number, DualReport>(
      (ids) =>
        reports.find({ where: { unitId: In([...ids]) }, order: { reportedOn: 'ASC', id: 'ASC' } }),
      (r) => r.unitId!,
      options,
    ),
  };
}
