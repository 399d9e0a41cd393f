/** Ports the OS says are free now, for tests that start real processes (the one copy is scripts/processes.ts). */
export { freePorts } from '../../scripts/processes';

export async function isListening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`);
    return true;
  } catch {
    return false;
  }
}
