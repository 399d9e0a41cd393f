import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { accountabilityService } from './service';

void runSubgraph(accountabilityService);
