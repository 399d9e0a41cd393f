import { AccountabilityProject } from './project/project.entity';
import { InitAccountability1796158383058 } from './migrations/1796158383058-init-accountability';

export const entities = [AccountabilityProject];
export const migrations = [InitAccountability1796158383058];
