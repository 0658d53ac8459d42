/** `sift eval …`: measured evaluations against shared datasets (placeholder). */
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program.command('eval').description('Evaluate Sift against labelled data');
}
