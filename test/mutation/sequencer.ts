/**
 * Test files in a given order for the mutation-testing vitest configs: a mutant stops at its first
 * failing test, so the cheap tests get the first chance to kill it. Files not named run after
 * these, in vitest's own order.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export function inOrder(order: readonly string[]): typeof BaseSequencer {
  return class InOrder extends BaseSequencer {
    async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const rank = (f: TestSpecification) => {
        const i = order.indexOf(relative(this.ctx.config.root, f.moduleId).split('\\').join('/'));
        return i < 0 ? order.length : i;
      };
      const rest = await super.sort(files);
      return rest
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(({ f }) => f);
    }
  };
}
