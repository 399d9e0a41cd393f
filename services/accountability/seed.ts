import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { Rng } from '../../shared/demo/random';
import { insertAll } from '../../shared/seed-writer';
import { demoSecretaryProjects } from './demo-projects';
import {
  demoAdmissions,
  demoAgreements,
  demoFirstSecretaries,
  demoPackages,
  demoReceptions,
} from './demo-records';
import { SecretaryProject } from './project/secretary-project.entity';
import { ProjectReview } from './project/project-review.entity';
import { FirstSecretaryAssignment } from './first-secretary/first-secretary.entity';
import { PackageResponsibility, PackageVisit } from './package/package-responsibility.entity';
import { CoBuildingAgreement } from './agreement/co-building-agreement.entity';
import { TaskAdmission } from './admission/task-admission.entity';
import { Reception } from './reception/reception.entity';

/**
 * The accountability part of the demo city, laid over the same regions, party organisations, members,
 * units and compounds (same seed, same city), in the seeds' proportions; each mechanism from its own stream.
 */
export function demoAccountability(city: DemoCity) {
  const rng = new Rng(city.seed).fork('accountability');
  return {
    ...demoSecretaryProjects(city, rng.fork('projects')),
    firstSecretaries: demoFirstSecretaries(city, rng.fork('first-secretaries')),
    ...demoPackages(city, rng.fork('packages')),
    agreements: demoAgreements(city, rng.fork('agreements')),
    admissions: demoAdmissions(city, rng.fork('admissions')),
    receptions: demoReceptions(city, rng.fork('receptions')),
  };
}

export async function seedAccountability(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const d = demoAccountability(city);
  await insertAll(ds, SecretaryProject, d.projects, progress, 'secretary_projects');
  await insertAll(ds, ProjectReview, d.reviews, progress, 'project_reviews');
  await insertAll(
    ds,
    FirstSecretaryAssignment,
    d.firstSecretaries,
    progress,
    'first_secretary_assignments',
  );
  await insertAll(ds, PackageResponsibility, d.packages, progress, 'package_responsibilities');
  await insertAll(ds, PackageVisit, d.visits, progress, 'package_visits');
  await insertAll(ds, CoBuildingAgreement, d.agreements, progress, 'co_building_agreements');
  await insertAll(ds, TaskAdmission, d.admissions, progress, 'task_admissions');
  await insertAll(ds, Reception, d.receptions, progress, 'receptions');
}
