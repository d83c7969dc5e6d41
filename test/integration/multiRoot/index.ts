import { runSuite } from '../helpers/runSuite';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
