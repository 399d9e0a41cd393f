import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { entities, migrations } from './entities';
import { createServer } from './server';

void runSubgraph('accountability', { entities, migrations }, createServer);
