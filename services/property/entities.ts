import { ResidentialCompound } from './compound/compound.entity';
import { CompoundManagementChange } from './compound/management-change.entity';
import { PropertyCompany } from './company/company.entity';
import { OwnersCommittee, OwnersCommitteeMember } from './committee/committee.entity';
import { LinkageDecision, LinkageMeeting } from './linkage/linkage.entity';
import { ServiceEvaluation } from './evaluation/evaluation.entity';
import { FeeDisclosure } from './disclosure/fee-disclosure.entity';
import { InitProperty1733000000000 } from './migrations/1733000000000-init-property';
import { IdempotencyKeysProperty1796000000000 } from './migrations/1796000000000-idempotency-keys';
import { EvaluationPerKind1796000000001 } from './migrations/1796000000001-evaluation-per-kind';
import { IdempotencyKey } from '../../shared/idempotency';

export const entities = [
  ResidentialCompound, CompoundManagementChange, PropertyCompany, OwnersCommittee, OwnersCommitteeMember,
  LinkageMeeting, LinkageDecision, ServiceEvaluation, FeeDisclosure, IdempotencyKey,
];
export const migrations = [InitProperty1733000000000, IdempotencyKeysProperty1796000000000, EvaluationPerKind1796000000001];
