import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { insertAll } from '../../shared/seed-writer';
import { ResidentialCompound } from './compound/compound.entity';
import { CompoundManagementChange } from './compound/management-change.entity';
import { PropertyCompany } from './company/company.entity';
import { OwnersCommittee, OwnersCommitteeMember } from './committee/committee.entity';
import { LinkageDecision, LinkageMeeting } from './linkage/linkage.entity';
import { ServiceEvaluation } from './evaluation/evaluation.entity';
import { FeeDisclosure } from './disclosure/fee-disclosure.entity';

/** Writes the demo city's property rows with their generated ids (the grid subgraph's cases name compound ids). */
export async function seedProperty(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const p = city.property;
  await insertAll(ds, PropertyCompany, p.companies, progress, 'property companies');
  await insertAll(ds, ResidentialCompound, p.compounds, progress, 'compounds');
  await insertAll(
    ds,
    CompoundManagementChange,
    p.managementChanges,
    progress,
    'management changes',
  );
  await insertAll(ds, OwnersCommittee, p.committees, progress, 'owners committees');
  await insertAll(ds, OwnersCommitteeMember, p.committeeMembers, progress, 'committee members');
  await insertAll(ds, LinkageMeeting, p.meetings, progress, 'linkage meetings');
  await insertAll(ds, LinkageDecision, p.decisions, progress, 'linkage decisions');
  await insertAll(ds, ServiceEvaluation, p.evaluations, progress, 'service evaluations');
  await insertAll(ds, FeeDisclosure, p.disclosures, progress, 'fee disclosures');
}
