import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { OnSiteRecord, UrbanTicket } from './case-record.entity';

export function createCaseRecordLoaders(ds: DataSource, options: LoaderOptions) {
  const tickets = ds.getRepository(UrbanTicket);
  const records = ds.getRepository(OnSiteRecord);
  return {
    ticketByCaseId: keyedLoader<number, UrbanTicket>(
      (ids) => tickets.findBy({ caseId: In([...ids]) }),
      (t) => t.caseId,
      options,
    ),
    onSiteRecordsByCaseId: groupedLoader<number, OnSiteRecord>(
      (ids) => records.find({ where: { caseId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (r) => r.caseId,
      options,
    ),
  };
}
