/**
 * US helplines shown in the risk checklist's emergency block (only for `region="US"`), each with
 * the official page that gives its number (content audit 2026-12, F-m19; research open item 9).
 *
 * Pure content: no views, no locale state. Names are text functions (looked up in the active
 * locale when called).
 */
import { msg } from '@lit/localize';
import type { Text } from './types.js';

export interface Helpline {
  /** Stable id (also `data-helpline` in the view). */
  readonly id: 'poison-help' | 'lifeline-988' | 'samhsa';
  /** The number as shown. */
  readonly display: string;
  /** The number for the `tel:` link. */
  readonly tel: string;
  /** Name and what it is for; ends with a colon (the number follows). */
  readonly name: Text;
  /** Bibliography ids of the official pages that give the number. */
  readonly sources: readonly string[];
}

export const US_HELPLINES: readonly Helpline[] = [
  {
    id: 'poison-help',
    display: '1-800-222-1222',
    tel: '+18002221222',
    name: () =>
      msg('Poison Help (questions about poisoning, also if a child swallowed something):', {
        id: 'riskChecklist.helpline.poisonHelp',
        desc: 'Name of the US poison control line, shown only to US readers. "Poison Help" is its US name; keep it in English and explain it in brackets. Ends with a colon; the phone number follows.',
      }),
    sources: ['R24'],
  },
  {
    id: 'lifeline-988',
    display: '988',
    tel: '988',
    name: () =>
      msg('988 Suicide & Crisis Lifeline (call or text in a mental health or drug use crisis):', {
        id: 'riskChecklist.helpline.lifeline988',
        desc: 'Name of the US 988 Suicide & Crisis Lifeline, shown only to US readers. Keep "988 Suicide & Crisis Lifeline" in English and explain it in brackets. Ends with a colon; the phone number follows.',
      }),
    sources: ['R25'],
  },
  {
    id: 'samhsa',
    display: '1-800-662-4357',
    tel: '+18006624357',
    name: () =>
      msg('SAMHSA National Helpline (help finding treatment for drug use):', {
        id: 'riskChecklist.helpline.samhsa',
        desc: 'Name of the US Substance Abuse and Mental Health Services Administration helpline, shown only to US readers. Keep "SAMHSA National Helpline" in English; explain it in brackets. Ends with a colon; the phone number follows.',
      }),
    sources: ['R26'],
  },
];
