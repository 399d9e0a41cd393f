import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { partyService } from './service';

void runSubgraph(partyService);
