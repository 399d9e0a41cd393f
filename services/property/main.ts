import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { propertyService } from './service';

void runSubgraph(propertyService);
