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

  it('loading the define module twice does not throw', async () => {
    await import('../src/define/kratom-legal-badge.js');
    // A second evaluation of the module body (as a second copy would do) is the same call again.
    expect(() => KratomLegalBadge.define('kratom-legal-badge')).to.not.throw();
    expect(customElements.get('kratom-legal-badge')).to.equal(KratomLegalBadge);
  });
});
