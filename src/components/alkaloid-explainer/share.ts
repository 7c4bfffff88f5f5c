/**
 * Pure helpers for the figures the explainer shows: a leaf share as a bar on a 0–100 % axis and as
 * localised text, percentages, and chemical formulas. No `this`, no state: the panel, the chart and
 * its table all read a share through these, so they always agree.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../shared/format.js';
import { ALKALOIDS } from '../../content/alkaloids.js';
import type { LeafShare } from '../../content/types.js';

/** Splits a Hill formula (`C23H30N2O4`) into element symbols and counts. */
export function formulaParts(formula: string): [string, string][] {
  return [...formula.matchAll(/([A-Z][a-z]?)(\d*)/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

/** A percentage (0–100) formatted in the active locale. */
export function percent(value: number): string {
  return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));

/** The bar a share draws on a 0–100 % axis, or `undefined` when it has no figure to draw. */
export function shareBar(share: LeafShare): { from: number; to: number; openStart: boolean } | undefined {
  if (share.kind === 'range' && (share.min !== null || share.max !== null)) {
    const from = clamp(share.min ?? share.max ?? 0);
    const to = clamp(share.max ?? share.min ?? 0);
    return { from: Math.min(from, to), to: Math.max(from, to), openStart: false };
  }
  if (share.kind === 'trace' && share.max !== null) return { from: 0, to: clamp(share.max), openStart: true };
  return undefined;
}

/** Short, localised text for a share: a range, "up to", "not in the leaf" or "no reliable figure". */
export function shareValue(share: LeafShare): string {
  const noFigure = () =>
    msg('No reliable figure', {
      id: 'alkaloidExplainer.share.unknown',
      desc: 'Share of total leaf alkaloids when no reliable figure exists. Shown in the chart, its table and the detail panel. Max ~30 characters.',
    });
  switch (share.kind) {
    case 'range': {
      if (share.min !== null && share.max !== null) {
        const min = percent(share.min);
        const max = percent(share.max);
        return msg(str`${min} to ${max}`, {
          id: 'alkaloidExplainer.share.range',
          desc: 'A reported range of shares, e.g. "12% to 66%". Placeholders: two formatted percentages (lowest, highest). Keep it short.',
        });
      }
      if (share.max !== null) {
        const max = percent(share.max);
        return msg(str`Up to ${max}`, {
          id: 'alkaloidExplainer.share.upTo',
          desc: 'A share known only as an upper bound, e.g. "Up to 2%". Placeholder: a formatted percentage.',
        });
      }
      if (share.min !== null) {
        const min = percent(share.min);
        return msg(str`At least ${min}`, {
          id: 'alkaloidExplainer.share.atLeast',
          desc: 'A share known only as a lower bound, e.g. "At least 5%". Placeholder: a formatted percentage.',
        });
      }
      return noFigure();
    }
    case 'trace': {
      if (share.max === null)
        return msg('Trace only', {
          id: 'alkaloidExplainer.share.trace',
          desc: 'A share that is only a trace (a tiny amount) with no upper figure. Max ~30 characters.',
        });
      const max = percent(share.max);
      return msg(str`Trace only: up to ${max}`, {
        id: 'alkaloidExplainer.share.traceUpTo',
        desc: 'A share that is only a trace, with its upper bound, e.g. "Trace only: up to 2%". Placeholder: a formatted percentage.',
      });
    }
    case 'not-in-leaf':
      return msg('Not a natural part of the leaf', {
        id: 'alkaloidExplainer.share.notInLeaf',
        desc: 'Share text for a substance that does not occur naturally in kratom leaf (it forms in the body or lab). Max ~35 characters.',
      });
    case 'unknown':
      return noFigure();
  }
}

/** `true` when the share shows a figure (a range or a trace bound). */
function showsFigure(share: LeafShare): boolean {
  return shareBar(share) !== undefined;
}

/** A note on how far a shown figure can be trusted, or `''`. */
export function shareNote(share: LeafShare): string {
  if (!showsFigure(share) || share.verified) return '';
  return msg('Figure from secondary or vendor pages only; not checked in the original studies.', {
    id: 'alkaloidExplainer.share.unverified',
    desc: 'Caveat under a share figure that rests on secondary or vendor web pages only. Keep "not checked".',
  });
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Every source id the chart uses (the leaf-share sources of all alkaloids). */
export function chartSourceIds(): string[] {
  return unique(ALKALOIDS.flatMap((a) => a.share.sources));
}
