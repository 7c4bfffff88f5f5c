/**
 * Localised names for the receptor and action ids of the content model (`RECEPTORS`,
 * `RECEPTOR_ACTIONS` in src/content/types.ts). Each is a `msg()` call looked up on every call, so
 * the text follows the active locale.
 */
import { msg } from '@lit/localize';
import type { ReceptorAction, ReceptorId } from '../../content/types.js';

/** Reader-facing name of a receptor or enzyme. */
export function receptorLabel(id: ReceptorId): string {
  switch (id) {
    case 'mu-opioid':
      return msg('Mu-opioid receptor', {
        id: 'alkaloidExplainer.receptor.mu-opioid',
        desc: 'Name of the mu (μ) opioid receptor, heading of a row in "What it acts on". Keep "mu" or use "μ". Max ~30 characters.',
      });
    case 'delta-opioid':
      return msg('Delta-opioid receptor', {
        id: 'alkaloidExplainer.receptor.delta-opioid',
        desc: 'Name of the delta (δ) opioid receptor, heading of a row in "What it acts on". Max ~30 characters.',
      });
    case 'kappa-opioid':
      return msg('Kappa-opioid receptor', {
        id: 'alkaloidExplainer.receptor.kappa-opioid',
        desc: 'Name of the kappa (κ) opioid receptor, heading of a row in "What it acts on". Max ~30 characters.',
      });
    case 'adrenergic-alpha2':
      return msg('Alpha-2 adrenergic receptor', {
        id: 'alkaloidExplainer.receptor.adrenergic-alpha2',
        desc: 'Name of the alpha-2 adrenergic (adrenaline/noradrenaline) receptor. Max ~32 characters.',
      });
    case 'adrenergic':
      return msg('Adrenergic receptors', {
        id: 'alkaloidExplainer.receptor.adrenergic',
        desc: 'Name of the adrenergic (adrenaline/noradrenaline) receptors as a group. Max ~30 characters.',
      });
    case 'serotonin-5ht1a':
      return msg('Serotonin 5-HT1A receptor', {
        id: 'alkaloidExplainer.receptor.serotonin-5ht1a',
        desc: 'Name of the serotonin 5-HT1A receptor. Keep "5-HT1A" exactly. Max ~30 characters.',
      });
    case 'serotonin-5ht2b':
      return msg('Serotonin 5-HT2B receptor', {
        id: 'alkaloidExplainer.receptor.serotonin-5ht2b',
        desc: 'Name of the serotonin 5-HT2B receptor. Keep "5-HT2B" exactly. Max ~30 characters.',
      });
    case 'cyp2d6':
      return msg('CYP2D6 (liver enzyme)', {
        id: 'alkaloidExplainer.receptor.cyp2d6',
        desc: 'Name of the liver enzyme CYP2D6, shown where receptors are listed. Keep "CYP2D6" exactly. Max ~30 characters.',
      });
    case 'cyp3a4':
      return msg('CYP3A4 (gut and liver enzyme)', {
        id: 'alkaloidExplainer.receptor.cyp3a4',
        desc: 'Name of the enzyme CYP3A4, found in the gut wall and the liver, shown where receptors are listed. Keep "CYP3A4" exactly. Max ~32 characters.',
      });
  }
}

/** Reader-facing name of what an alkaloid does at a receptor, with the technical term. */
export function actionLabel(action: ReceptorAction): string {
  switch (action) {
    case 'partial-agonist':
      return msg('Partial agonist: partly switches it on', {
        id: 'alkaloidExplainer.action.partial-agonist',
        desc: 'What an alkaloid does at a receptor: partial agonist. Technical term, then a plain explanation. Max ~45 characters.',
      });
    case 'agonist':
      return msg('Agonist: switches it on', {
        id: 'alkaloidExplainer.action.agonist',
        desc: 'What an alkaloid does at a receptor: (full) agonist. Technical term, then a plain explanation. Max ~45 characters.',
      });
    case 'antagonist':
      return msg('Antagonist: blocks it', {
        id: 'alkaloidExplainer.action.antagonist',
        desc: 'What an alkaloid does at a receptor: antagonist. Technical term, then a plain explanation. Max ~45 characters.',
      });
    case 'binds':
      return msg('Binds to it', {
        id: 'alkaloidExplainer.action.binds',
        desc: 'What an alkaloid does at a receptor: it binds, and what follows is less clear. Neutral; do not suggest an effect. Max ~45 characters.',
      });
    case 'inhibitor':
      return msg('Inhibitor: slows the enzyme', {
        id: 'alkaloidExplainer.action.inhibitor',
        desc: 'What an alkaloid does to a liver enzyme: inhibitor (slows it down). Technical term, then a plain explanation. Max ~45 characters.',
      });
    case 'conflicting':
      return msg('Studies disagree', {
        id: 'alkaloidExplainer.action.conflicting',
        desc: 'What an alkaloid does at a receptor: studies give conflicting results (e.g. one found it switches the receptor on a little, another that it blocks it). Neutral. Max ~45 characters.',
      });
    case 'unclear':
      return msg('Unclear: too little data', {
        id: 'alkaloidExplainer.action.unclear',
        desc: 'What an alkaloid does at a receptor: not clear, because there is too little good data (e.g. only a short conference report). Neutral. Max ~45 characters.',
      });
    case 'no-data':
      return msg('No data found', {
        id: 'alkaloidExplainer.action.no-data',
        desc: 'Shown instead of an action when no data on this receptor were found. Absence of evidence, not "no effect". Max ~45 characters.',
      });
  }
}
