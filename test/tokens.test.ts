/**
 * Every colour token meets WCAG contrast against the surfaces it is drawn on, in light and dark:
 * 4.5:1 for text colours, 3:1 for non-text (borders, focus ring, status icons).
 */
import { expect } from '@open-wc/testing';
import { DARK_COLORS, LIGHT_COLORS, type ColorToken } from '../src/shared/tokens.js';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: ColorToken[] = [
  '--kratom-color-text',
  '--kratom-color-text-muted',
  '--kratom-color-link',
  '--kratom-color-legal',
  '--kratom-color-regulated',
  '--kratom-color-restricted',
  '--kratom-color-banned',
  '--kratom-color-unclear',
  '--kratom-color-urgent',
  '--kratom-color-prompt',
  '--kratom-color-before-use',
  '--kratom-color-caution',
];
const NON_TEXT: ColorToken[] = ['--kratom-color-border', '--kratom-color-focus', '--kratom-color-accent'];

for (const [scheme, palette] of [
  ['light', LIGHT_COLORS],
  ['dark', DARK_COLORS],
] as const) {
  describe(`design tokens (${scheme})`, () => {
    for (const surface of ['--kratom-color-surface', '--kratom-color-surface-raised'] as const) {
      it(`text colours reach 4.5:1 on ${surface}`, () => {
        for (const token of TEXT) {
          const ratio = contrast(palette[token], palette[surface]);
          expect(ratio, `${token} ${palette[token]} on ${palette[surface]}`).to.be.at.least(4.5);
        }
      });
      it(`non-text colours reach 3:1 on ${surface}`, () => {
        for (const token of NON_TEXT) {
          const ratio = contrast(palette[token], palette[surface]);
          expect(ratio, `${token} ${palette[token]} on ${palette[surface]}`).to.be.at.least(3);
        }
      });
    }
  });
}
