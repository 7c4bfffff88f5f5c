import { expect } from '@open-wc/testing';
import { estimateEm, graphemes, wrapText } from '../src/shared/text-wrap.js';

describe('text-wrap (src/shared/text-wrap.ts)', () => {
  it('splits text into user-perceived characters, keeping combining marks, emoji and clusters whole', () => {
    expect(graphemes('Kratom')).to.deep.equal(['K', 'r', 'a', 't', 'o', 'm']);
    expect(graphemes('e\u0301a')).to.deep.equal(['e\u0301', 'a']);
    expect(graphemes('👍🏽🇩🇪')).to.deep.equal(['👍🏽', '🇩🇪']);
    expect(graphemes('क्षि')).to.have.length.below(4);
    expect(graphemes('')).to.deep.equal([]);
  });

  it('estimates wide scripts wider than Latin, narrow letters narrower, and adds up piece by piece', () => {
    expect(estimateEm('')).to.equal(0);
    expect(estimateEm('中文')).to.equal(2);
    expect(estimateEm('ii')).to.be.below(estimateEm('aa'));
    expect(estimateEm('aa')).to.be.below(estimateEm('MM'));
    expect(estimateEm('MM')).to.be.below(estimateEm('中文'));
    // A combining accent does not make a letter wider than the letter with its accent precomposed.
    expect(estimateEm('e\u0301')).to.equal(estimateEm('é'));
    expect(estimateEm('mu-opioid receptor')).to.be.closeTo(estimateEm('mu-opioid') + estimateEm(' receptor'), 1e-9);
  });

  it('keeps every word and every line within the width when the text fits in the lines', () => {
    const text = 'Mitragynine binds to the mu-opioid receptor in cells and rodents';
    const { lines, truncated } = wrapText(text, 12, 10);
    expect(truncated).to.equal(false);
    expect(lines.join(' ')).to.equal(text);
    for (const line of lines) expect(estimateEm(line), line).to.be.at.most(12);
    // A single short line stays as it is, trimmed and with collapsed spaces.
    expect(wrapText('  Opioid   pathway ', 20, 3)).to.deep.equal({ lines: ['Opioid pathway'], truncated: false });
  });

  it('cuts at the last allowed line with an ellipsis that still fits', () => {
    const { lines, truncated } = wrapText('one two three four five six seven eight nine ten', 5, 2);
    expect(truncated).to.equal(true);
    expect(lines).to.have.length(2);
    expect(lines[1]!.endsWith('…')).to.equal(true);
    for (const line of lines) expect(estimateEm(line), line).to.be.at.most(5);
  });

  it('breaks a Chinese phrase (no spaces) into lines within the width', () => {
    const { lines, truncated } = wrapText('阿片类受体在大脑中的作用', 4, 5, 'zh');
    expect(truncated).to.equal(false);
    expect(lines.join('')).to.equal('阿片类受体在大脑中的作用');
    for (const line of lines) expect(estimateEm(line), line).to.be.at.most(4);
  });
});
