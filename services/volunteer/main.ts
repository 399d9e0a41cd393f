import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { volunteerService } from './service';

void runSubgraph(volunteerService);
