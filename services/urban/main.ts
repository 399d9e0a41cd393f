import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { urbanService } from './service';

void runSubgraph(urbanService);
