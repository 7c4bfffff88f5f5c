/**
 * Performance internals (not user-visible): many mounts and unmounts leave no memory behind.
 * Behaviour under many mounts (no leaked listeners, no errors) is in test/isolation.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import { TAGS, create } from '../fixtures.js';

// The heap probe needs CDP, which only Chromium has: elsewhere the test is reported as skipped.
const chromiumOnly = navigator.userAgent.includes('Chrome') ? it : it.skip;

describe('memory over many mounts', () => {
  chromiumOnly(
    '1,000 mount/unmount cycles grow the JS heap by less than 1 MB (Chromium, CDP heap after GC)',
    async function (this: Mocha.Context) {
      this.timeout(120000);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const cycle = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const el = create(TAGS[i % TAGS.length]!);
          host.append(el);
          if (i % 50 === 49) await el.updateComplete;
          el.remove();
        }
        await new Promise((r) => setTimeout(r, 50));
      };
      await cycle(40); // warm-up: lazy chunks, locale, style sheets, JIT
      const before = (await executeServerCommand('heap-used')) as number;
      await cycle(1000);
      const after = (await executeServerCommand('heap-used')) as number;
      expect(before, 'heap probe').to.be.a('number');
      expect(after - before, `heap growth ${after - before} bytes`).to.be.below(1024 * 1024);
    },
  );
});
