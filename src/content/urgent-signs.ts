/**
 * Emergency signs (research §5, "Emergency signs", with the content audit 2026-12: F-M9, F-m10,
 * F-m11) and what to do while waiting for help (F-C3, F-M15).
 *
 * No phone numbers here: the component adds the local emergency number and, for the US only,
 * the helplines (see helplines.ts).
 */
import { msg } from '@lit/localize';
import type { Claim, UrgentSign } from './types.js';

export const URGENT_SIGNS: readonly UrgentSign[] = [
  {
    id: 'unresponsive',
    urgency: 'emergency',
    text: () =>
      msg("The person can't be woken up, is very hard to wake, or passes out.", {
        id: 'content.urgent.unresponsive.text',
        desc: 'Emergency sign in the "call for help now" list. The widget adds the emergency number; do not add a phone number. Plain, urgent tone; do not soften.',
      }),
    sources: ['R13', 'C5'],
  },
  {
    id: 'breathing',
    urgency: 'emergency',
    text: () =>
      msg('Breathing is slow, shallow or has stopped. Or there are choking, snoring or gurgling sounds.', {
        id: 'content.urgent.breathing.text',
        desc: 'Emergency sign in the "call for help now" list: signs of an opioid overdose. Do not add a phone number. Plain, urgent tone; do not soften.',
      }),
    sources: ['R13'],
  },
  {
    id: 'skin-colour',
    urgency: 'emergency',
    text: () =>
      msg('Lips or fingertips look blue, gray or pale, or the skin is cold and clammy.', {
        id: 'content.urgent.skin-colour.text',
        desc: 'Emergency sign in the "call for help now" list: signs of an opioid overdose. "Clammy" means damp and sticky. Do not add a phone number. Do not soften.',
      }),
    sources: ['R13'],
  },
  {
    id: 'pupils-limp',
    urgency: 'emergency',
    text: () =>
      msg('The pupils are tiny, like pinpoints, or the body is limp.', {
        id: 'content.urgent.pupils-limp.text',
        desc: 'Emergency sign in the "call for help now" list: signs of an opioid overdose. Pupils are the black centres of the eyes. Do not add a phone number. Do not soften.',
      }),
    sources: ['R13'],
  },
  {
    id: 'seizure',
    urgency: 'emergency',
    text: () =>
      msg('The person has a seizure (a shaking fit).', {
        id: 'content.urgent.seizure.text',
        desc: 'Emergency sign in the "call for help now" list. Use the everyday word for a seizure in brackets. Do not add a phone number.',
      }),
    sources: ['C2', 'C3', 'C13', 'P34'],
  },
  {
    id: 'heart',
    urgency: 'emergency',
    text: () =>
      msg('The person has chest pain, a racing or very uneven heartbeat, or faints.', {
        id: 'content.urgent.heart.text',
        desc: 'Emergency sign in the "call for help now" list: heart problems. Do not add a phone number. Do not soften.',
      }),
    sources: ['P38', 'C4'],
  },
  {
    id: 'confusion',
    urgency: 'emergency',
    text: () =>
      msg("The person is very confused or very agitated, or sees or hears things that aren't there.", {
        id: 'content.urgent.confusion.text',
        desc: 'Emergency sign in the "call for help now" list: severe confusion, hallucinations or agitation. Use neutral, non-stigmatising words. Do not add a phone number.',
      }),
    sources: ['C11', 'R6', 'P34'],
  },
  {
    id: 'child-swallowed',
    urgency: 'emergency',
    text: () =>
      msg(
        'A child swallowed a kratom or 7-OH product, like a gummy, candy, tablet or powder. Call now, even if the child seems fine.',
        {
          id: 'content.urgent.child-swallowed.text',
          desc: 'Emergency sign in the "call for help now" list: a child may have swallowed kratom or a 7-OH product. Keep "even if the child seems fine". In the US the widget also shows the Poison Help number. Do not add a phone number. Do not soften.',
        },
      ),
    sources: ['R24', 'R8', 'P34'],
  },
  {
    id: 'newborn-danger',
    urgency: 'emergency',
    text: () =>
      msg('A newborn has trouble breathing, has a seizure, or will not feed.', {
        id: 'content.urgent.newborn-danger.text',
        desc: 'Emergency sign in the "call for help now" list: danger signs in a newborn baby (for example one whose mother used kratom). Do not add a phone number. Do not soften.',
      }),
    sources: ['C7', 'C9', 'C10', 'M2'],
  },
  {
    id: 'liver-failure',
    urgency: 'emergency',
    text: () =>
      msg(
        'The skin or eyes are yellow, and the person is also confused or very sleepy. Or they bleed or bruise easily, or keep throwing up.',
        {
          id: 'content.urgent.liver-failure.text',
          desc: 'Emergency sign in the "call for help now" list: signs that liver injury has become liver failure. Do not add a phone number. Do not soften.',
        },
      ),
    sources: ['R7', 'P37', 'M1'],
  },
  {
    id: 'newborn',
    urgency: 'same-day',
    text: () =>
      msg('A newborn whose mother used kratom is very jittery, stiff or fussy, or sucks all the time.', {
        id: 'content.urgent.newborn.text',
        desc: 'Sign that needs urgent care the same day (not an emergency call): signs of withdrawal in a newborn baby. Do not add a phone number. Do not soften.',
      }),
    sources: ['C7', 'C9', 'C10', 'P34'],
  },
  {
    id: 'jaundice',
    urgency: 'same-day',
    text: () =>
      msg('The skin or the whites of the eyes turn yellow, and the urine is dark.', {
        id: 'content.urgent.jaundice.text',
        desc: 'Sign that needs urgent care the same day (not an emergency call): possible liver injury. Do not add a phone number. Do not soften.',
      }),
    sources: ['R7', 'P36', 'P37'],
  },
];

/**
 * What to do while waiting for help, in this order: naloxone; rescue breaths or CPR; a second dose;
 * naloxone wears off, so medical care is still needed; stay with the person; why naloxone is still
 * worth giving; kratom alone can also cause a life-threatening overdose. Standard lay naloxone
 * guidance (SAMHSA toolkit, NIDA, the naloxone nasal spray label) plus the kratom-specific sources.
 */
export const NALOXONE_GUIDANCE: readonly Claim[] = [
  {
    id: 'content.urgent.naloxone-give.text',
    text: () =>
      msg('If it might be an opioid overdose, give naloxone if you have it.', {
        id: 'content.urgent.naloxone-give.text',
        desc: 'While-waiting-for-help advice. Naloxone is a drug that reverses opioid overdose; use the local name if one is common (e.g. a brand name in brackets). Direct instruction; do not soften. Do not add a phone number.',
      }),
    level: 'regulator',
    sources: ['R13', 'R21'],
  },
  {
    id: 'content.urgent.rescue-breaths.text',
    text: () =>
      msg('If the person is not breathing, give rescue breaths or CPR. The emergency call taker can tell you how.', {
        id: 'content.urgent.rescue-breaths.text',
        desc: 'While-waiting-for-help advice. Rescue breaths means breathing into the person\'s mouth; CPR is chest pushes with rescue breaths (use the local name for CPR). "Emergency call taker" is the dispatcher who answers the emergency number. Direct instruction; do not soften.',
      }),
    level: 'regulator',
    sources: ['R21'],
  },
  {
    id: 'content.urgent.second-dose.text',
    text: () =>
      msg('If they do not wake up or breathe better after 2 to 3 minutes, give a second dose of naloxone.', {
        id: 'content.urgent.second-dose.text',
        desc: 'While-waiting-for-help advice: when to give a second naloxone dose. Keep "2 to 3 minutes". Direct instruction; do not soften.',
      }),
    level: 'regulator',
    sources: ['R23', 'R22'],
  },
  {
    id: 'content.urgent.wears-off.text',
    text: () =>
      msg(
        'Naloxone wears off in 30 to 90 minutes, but kratom can last much longer. So the person still needs medical care, even if they wake up.',
        {
          id: 'content.urgent.wears-off.text',
          desc: 'While-waiting-for-help advice: naloxone stops working before kratom does, so the person must still get medical care. Keep the numbers and "even if they wake up". Do not soften.',
        },
      ),
    level: 'regulator',
    sources: ['R22', 'P53'],
  },
  {
    id: 'content.urgent.naloxone-stay.text',
    text: () =>
      msg('Stay with the person. If they are breathing, lay them on their side.', {
        id: 'content.urgent.naloxone-stay.text',
        desc: 'While-waiting-for-help advice. Direct instruction. Do not add a phone number.',
      }),
    level: 'regulator',
    sources: ['R13', 'R21'],
  },
  {
    id: 'content.urgent.naloxone-mixed.text',
    text: () =>
      msg(
        'Naloxone is still worth giving. In case reports, it helped some people after kratom but did little for others.',
        {
          id: 'content.urgent.naloxone-mixed.text',
          desc: 'While-waiting-for-help advice: why to give naloxone even if it may not fully work after kratom. Keep "still worth giving" first.',
        },
      ),
    level: 'human-case-reports',
    sources: ['C5', 'C6'],
  },
  {
    id: 'content.urgent.naloxone-fentanyl.text',
    text: () =>
      msg(
        'Fentanyl, a strong opioid, was also found in many deaths linked to kratom. But kratom alone has also caused life-threatening poisoning.',
        {
          id: 'content.urgent.naloxone-fentanyl.text',
          desc: 'While-waiting-for-help advice: another reason to act fast. Fentanyl is a drug name; keep it. Keep the second sentence: kratom alone can also be life-threatening.',
        },
      ),
    level: 'regulator',
    sources: ['R1', 'P34', 'C5'],
  },
];
