import { expect } from '@open-wc/testing';
import { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers.js';

describe('guarded registration', () => {
  it('defines once and is a silent no-op for the same class', async () => {
    class Fresh extends KratomLegalBadge {}
    const warnings = await captureWarnings(() => {
      Fresh.define('kratom-test-badge-a');
      Fresh.define('kratom-test-badge-a');
    });
    expect(customElements.get('kratom-test-badge-a')).to.equal(Fresh);
    expect(warnings).to.have.length(0);
  });

  it('registers a class that already owns another tag under the new tag too', () => {
    class Twice extends KratomLegalBadge {}
    Twice.define('kratom-test-badge-c');
    expect(() => Twice.define('kratom-test-badge-d')).to.not.throw();
    expect(document.createElement('kratom-test-badge-d')).to.be.instanceOf(Twice);
  });

  it('does not throw when another version already owns the tag, and warns once', async () => {
    class OtherCopy extends KratomLegalBadge {
      static override readonly version = '0.0.1-other';
    }
    OtherCopy.define('kratom-test-badge-b');
    const warnings = await captureWarnings(() => {
      expect(() => KratomLegalBadge.define('kratom-test-badge-b')).to.not.throw();
      expect(() => KratomLegalBadge.define('kratom-test-badge-b')).to.not.throw();
    });
    expect(customElements.get('kratom-test-badge-b')).to.equal(OtherCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-other').and.contain(VERSION);
  });

  it('a second copy of the same version (the library loaded twice) keeps the first, without a warning', async () => {
    class FirstCopy extends KratomLegalBadge {}
    class SecondCopy extends KratomLegalBadge {}
    FirstCopy.define('kratom-test-badge-e');
    const warnings = await captureWarnings(() => {
      expect(() => SecondCopy.define('kratom-test-badge-e')).to.not.throw();
    });
    expect(customElements.get('kratom-test-badge-e')).to.equal(FirstCopy);
    expect(document.createElement('kratom-test-badge-e')).to.be.instanceOf(FirstCopy);
    expect(warnings).to.have.length(0);
  });

  // Scoped registries (`new CustomElementRegistry()`) are not in every engine yet: skipped where absent.
  const scoped = (() => {
    try {
      return new CustomElementRegistry() !== undefined;
    } catch {
      return false;
    }
  })();
  (scoped ? it : it.skip)(
    'registers in a second (scoped) registry as well, once, leaving the global one alone',
    async () => {
      class Scoped extends KratomLegalBadge {}
      const tag = 'kratom-test-badge-f';
      Scoped.define(tag);
      const registry = new CustomElementRegistry();
      const warnings = await captureWarnings(() => {
        Scoped.define(tag, registry);
        Scoped.define(tag, registry);
      });
      const registered = registry.get(tag)!;
      expect(registered === Scoped || registered.prototype instanceof Scoped, 'the class or its subclass').to.equal(
        true,
      );
      expect(customElements.get(tag)).to.equal(Scoped);
      expect(warnings).to.have.length(0);
    },
  );
});
