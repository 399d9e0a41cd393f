import { SecretaryProject } from './project/secretary-project.entity';
import { ProjectReview } from './project/project-review.entity';
import { FirstSecretaryAssignment } from './first-secretary/first-secretary.entity';
import { PackageResponsibility, PackageVisit } from './package/package-responsibility.entity';
import { CoBuildingAgreement } from './agreement/co-building-agreement.entity';
import { TaskAdmission } from './admission/task-admission.entity';
import { Reception } from './reception/reception.entity';
import { InitAccountability1796158383058 } from './migrations/1796158383058-init-accountability';
import { AccountabilityRecords1796160000000 } from './migrations/1796160000000-accountability-records';

export const entities = [SecretaryProject, ProjectReview, FirstSecretaryAssignment, PackageResponsibility, PackageVisit, CoBuildingAgreement, TaskAdmission, Reception];
export const migrations = [InitAccountability1796158383058, AccountabilityRecords1796160000000];
