import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { gridService } from './service';

void runSubgraph(gridService);
