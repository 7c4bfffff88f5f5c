#!/usr/bin/env node
/**
 * `npm run content:review`: writes the clinician review packet, ONE self-contained HTML file (no
 * script, no external resources) that a publisher's medical reviewer can read and sign. It lists every
 * reader-facing claim, caveat, risk item, urgent sign, first-aid step, correction and evidence level,
 * grouped as the reader sees them, each with its evidence level, full citations with links, where it
 * appears (element and section), the content version and review dates, and ends with a sign-off table.
 * See docs/content-review.md.
 *
 *   node scripts/content-review.mjs [--out review/kratom-content-review.html] [--locale de] [--pdf [file.pdf]]
 *                                   [--since 2026.11.0]
 *
 * --locale xx  shows each text side by side with its translation, from the built locale module
 *              src/generated/locales/xx.ts (built first with `node scripts/locales-build.mjs` when
 *              missing). A text the locale does not translate yet is marked.
 * --since X    starts the packet with what changed since content version X (content-data/history.json),
 *              for a publisher whose reviewer approved X; says so plainly when X is unknown or current.
 * --pdf        also prints the HTML to PDF with headless Chromium (/usr/bin/chromium, or CHROME_PATH);
 *              default file name: the HTML's with .pdf.
 *
 * The content is loaded from the TypeScript modules exactly as `npm run content:check` does
 * (`loadContent()` in scripts/check-content.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadContent } from './check-content.mjs';
import { importTs } from './lib/import-ts.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { changesSince, latestVersion as latestOf, loadHistory } from './content-history.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = 'review/kratom-content-review.html';

// ---- Small helpers ----

export function escapeHtml(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
const e = escapeHtml;

function httpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link whose text is the address itself, so a printed copy still shows where it points. */
function link(url) {
  const href = httpUrl(url);
  return href ? `<a href="${e(href)}">${e(href)}</a>` : e(url);
}

/** Links for a DOI ("10.…") or PMID ("PMID 123"). */
function identifierLink(id) {
  if (!id) return '';
  const pmid = /^PMID:?\s*(\d+)$/i.exec(id.trim());
  if (pmid) return `PMID <a href="https://pubmed.ncbi.nlm.nih.gov/${pmid[1]}/">${e(pmid[1])}</a>`;
  if (/^10\.\S+\/\S+$/.test(id.trim())) return `doi: <a href="https://doi.org/${e(id.trim())}">${e(id.trim())}</a>`;
  return e(id);
}

/**
 * The English text of a component's `msg('…', { id })` (labels the widgets show that live in the
 * components, not the content: severity words, lane names, section headings), read from the element
 * file or the other modules of its folder (templates, messages); `null` when the call is not a plain string.
 */
export function componentMessage(file, id) {
  const dir = path.dirname(path.join(ROOT, file));
  const files = [file, ...readdirSync(dir).map((f) => path.relative(ROOT, path.join(dir, f)))];
  const re = new RegExp(
    String.raw`msg\(\s*(['"\`])((?:\\.|(?!\1)[\s\S])*?)\1\s*,\s*\{\s*id:\s*'${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`,
  );
  for (const f of files.filter((f) => f.endsWith('.ts'))) {
    const m = re.exec(readFileSync(path.join(ROOT, f), 'utf8'));
    if (m) return m[2].replace(/\\(['"`\\])/g, '$1');
  }
  return null;
}

// ---- Options ----

export function parseArgs(argv) {
  const opts = { out: DEFAULT_OUT, locale: null, pdf: null, since: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a.startsWith('--out=')) opts.out = a.slice(6);
    else if (a === '--locale') opts.locale = argv[++i];
    else if (a.startsWith('--locale=')) opts.locale = a.slice(9);
    else if (a === '--since') opts.since = argv[++i];
    else if (a.startsWith('--since=')) opts.since = a.slice(8);
    else if (a === '--pdf') opts.pdf = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
    else if (a.startsWith('--pdf=')) opts.pdf = a.slice(6);
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.out) throw new Error('--out needs a file name');
  if (opts.since === undefined || opts.since === '') throw new Error('--since needs a content version, e.g. 2026.11.0');
  if (opts.locale === 'en') opts.locale = null;
  if (opts.pdf === true) opts.pdf = opts.out.replace(/\.html?$/i, '') + '.pdf';
  return opts;
}

// ---- Locale ----

/** Templates of the built locale module src/generated/locales/<locale>.ts. */
async function localeTemplates(locale) {
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(locale)) throw new Error(`--locale: "${locale}" is not a locale code`);
  const file = path.join(ROOT, 'src/generated/locales', `${locale}.ts`);
  if (!existsSync(file)) {
    execFileSync(process.execPath, ['scripts/locales-build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(file))
      throw new Error(`--locale ${locale}: no locale module src/generated/locales/${locale}.ts (see locales/)`);
  }
  return (await importTs(file, { root: ROOT })).templates;
}

/** Switches the loaded content's `msg()` to `locale` (lit-localize runtime mode; Node has no window). */
async function useLocale(c, locale, templates) {
  if (typeof globalThis.window === 'undefined') globalThis.window = new EventTarget();
  const { setLocale } = c.configureLocalization({
    sourceLocale: 'en',
    targetLocales: [locale],
    loadLocale: async () => ({ templates }),
  });
  await setLocale(locale);
}

// ---- The content model of the packet (one pass per language) ----

const FILES = {
  explainer: 'src/components/alkaloid-explainer/alkaloid-explainer.ts',
  diagram: 'src/components/mechanism-diagram/mechanism-diagram.ts',
  checklist: 'src/components/risk-checklist/risk-checklist.ts',
};

/** A component label in the active pass: the locale's template when it has one, else the English. */
function labelFor(file, id, templates) {
  if (!id) return '';
  const t = templates?.[id];
  if (typeof t === 'string') return t;
  return componentMessage(file, id) ?? id;
}

const SEVERITY_IDS = {
  urgent: 'riskChecklist.severity.urgent',
  prompt: 'riskChecklist.severity.prompt',
  'before-use': 'riskChecklist.severity.beforeUse',
  caution: 'riskChecklist.severity.caution',
};
const GROUP_IDS = {
  substances: 'riskChecklist.group.substances',
  conditions: 'riskChecklist.group.conditions',
  'life-stage': 'riskChecklist.group.lifeStage',
  use: 'riskChecklist.group.use',
  product: 'riskChecklist.group.product',
};

const shareText = (s) => {
  if (s.kind === 'trace') return 'trace (below about 2% of leaf alkaloids)';
  if (s.kind === 'not-in-leaf') return 'not a natural part of the leaf';
  if (s.kind === 'unknown' || (s.min === null && s.max === null)) return 'no reliable figure';
  if (s.min === s.max) return `about ${s.max}% of leaf alkaloids`;
  return `${s.min ?? '?'}–${s.max ?? '?'}% of leaf alkaloids`;
};

/**
 * Every reader-facing item in reading order, with its texts in the active language. Keys are stable
 * so the English and the locale pass can be put side by side.
 */
function collect(c, templates) {
  const L = (file, id) => labelFor(file, id, templates);
  const claimItem = (key, claim, where, area, extra = {}) => ({
    key,
    kind: 'claim',
    text: claim.text(),
    caveat: claim.caveat ? claim.caveat() : undefined,
    level: claim.level,
    levelLabel: c.evidenceLevelLabel(claim.level),
    sources: claim.sources,
    where,
    area,
    nextReview: claim.nextReview,
    pendingRegulatory: claim.pendingRegulatory,
    ...extra,
  });
  const sections = [];
  const ex = '<kratom-alkaloid-explainer>';

  // 1. Alkaloid cards.
  const shareHeading = L(FILES.explainer, 'alkaloidExplainer.share.heading');
  const receptorsHeading = L(FILES.explainer, 'alkaloidExplainer.receptors.heading');
  const caveatHeading = L(FILES.explainer, 'alkaloidExplainer.caveat.heading');
  for (const a of c.ALKALOIDS) {
    const items = [
      claimItem(`alk.${a.id}.role`, a.role, `${ex} › ${a.name} › role (first line of the card)`, 'alkaloids', {
        label: 'Role',
      }),
      {
        key: `alk.${a.id}.share`,
        kind: 'share',
        label: shareHeading,
        text: `${shareText(a.share)}. ${a.share.basis()}`,
        note: a.share.verified ? undefined : 'Figure rests on secondary or vendor pages only (the card says so).',
        sources: a.share.sources,
        where: `${ex} › ${a.name} › ${shareHeading}; also the leaf-share chart`,
        area: 'alkaloids',
      },
      ...a.receptors.map((r) =>
        claimItem(`alk.${a.id}.rec.${r.receptor}`, r.claim, `${ex} › ${a.name} › ${receptorsHeading}`, 'alkaloids', {
          label: `${c.receptorLabel(r.receptor)}: ${c.actionLabel(r.action)}`,
        }),
      ),
      claimItem(`alk.${a.id}.caveat`, a.caveat, `${ex} › ${a.name} › ${caveatHeading}`, 'alkaloids', {
        label: caveatHeading,
      }),
    ];
    sections.push({
      id: `alkaloid-${a.id}`,
      group: 'Alkaloid cards',
      title: `${a.name} (${a.formula}, ${a.molarMass} g/mol)`,
      items,
    });
  }

  // 2. Popular claims, checked; pain evidence.
  const popularLabel = L(FILES.explainer, 'alkaloidExplainer.corrections.popularLabel');
  const answerLabel = L(FILES.explainer, 'alkaloidExplainer.corrections.answerLabel');
  const correctionsSection = L(FILES.explainer, 'alkaloidExplainer.corrections.toggle');
  sections.push({
    id: 'corrections',
    group: 'Corrections and pain evidence',
    title: `Popular claims and corrections (“${correctionsSection}”)`,
    items: c.CORRECTIONS.flatMap((k) => [
      {
        key: `cor.${k.id}.popular`,
        kind: 'popular',
        label: popularLabel,
        text: k.popular(),
        note: 'The popular claim as quoted to readers (not an endorsement).',
        sources: [],
        where: `${ex} › ${correctionsSection} › ${k.id}`,
        area: 'alkaloids',
      },
      claimItem(`cor.${k.id}.answer`, k.correction, `${ex} › ${correctionsSection} › ${k.id}`, 'alkaloids', {
        label: answerLabel,
      }),
      ...k.points.map((p, i) =>
        claimItem(
          `cor.${k.id}.point.${i}`,
          p,
          `${ex} › ${correctionsSection} › ${k.id} (point ${i + 1})`,
          'alkaloids',
          {
            label: `Point ${i + 1}`,
          },
        ),
      ),
    ]),
  });
  const painHeading = L(FILES.explainer, 'alkaloidExplainer.pain.heading');
  sections.push({
    id: 'pain',
    group: 'Corrections and pain evidence',
    title: painHeading,
    items: c.PAIN_EVIDENCE.map((p, i) => claimItem(`pain.${i}`, p, `${ex} › ${painHeading}`, 'alkaloids')),
  });

  // 3. Pathway steps, per lane.
  for (const lane of ['opioid', 'inflammation']) {
    const laneName = L(FILES.diagram, `mechanismDiagram.lane.${lane}`);
    sections.push({
      id: `pathway-${lane}`,
      group: 'Pathway steps',
      title: laneName,
      items: c.PATHWAY_STEPS.filter((s) => s.pathway === lane).map((s) =>
        claimItem(`path.${s.id}`, s.claim, `<kratom-mechanism-diagram> › ${laneName} › ${s.kind} step`, 'mechanism', {
          label: `${s.label()}${s.edgeLabel ? ` (arrow: ${s.edgeLabel()})` : ''}`,
          scope: `${L(FILES.diagram, `mechanismDiagram.scope.${s.scope}`)} (${s.scope})`,
        }),
      ),
    });
  }

  // 4. Risk items, per group, as the checklist lists them.
  const rc = '<kratom-risk-checklist>';
  const bare = (label) => label.replace(/\s*[:：]\s*$/u, '');
  const whyLabel = bare(L(FILES.checklist, 'riskChecklist.item.why'));
  const actionLabel = bare(L(FILES.checklist, 'riskChecklist.item.action'));
  for (const g of ['substances', 'conditions', 'life-stage', 'use', 'product']) {
    const risks = c.RISKS.filter((r) => r.group === g);
    if (risks.length === 0) continue;
    const groupName = L(FILES.checklist, GROUP_IDS[g]);
    sections.push({
      id: `risks-${g}`,
      group: 'Risk items',
      title: groupName,
      items: risks.map((r) => ({
        key: `risk.${r.id}`,
        kind: 'risk',
        label: r.id,
        question: r.question(),
        why: r.why.text(),
        caveat: r.why.caveat ? r.why.caveat() : undefined,
        action: r.action(),
        severity: `${L(FILES.checklist, SEVERITY_IDS[r.severity])} (${r.severity})`,
        combines: r.combines,
        level: r.why.level,
        levelLabel: c.evidenceLevelLabel(r.why.level),
        sources: r.why.sources,
        nextReview: r.why.nextReview,
        pendingRegulatory: r.why.pendingRegulatory,
        where: `${rc} › ${groupName} › item “${r.id}” (statement; ${whyLabel}; ${actionLabel})`,
        area: 'risks',
        headers: [whyLabel, actionLabel],
      })),
    });
  }

  // 5. Urgent signs and while-you-wait steps.
  const urgentHeading = L(FILES.checklist, 'riskChecklist.urgent.heading');
  const sameDayIntro = L(FILES.checklist, 'riskChecklist.urgent.sameDayIntro');
  const waitHeading = L(FILES.checklist, 'riskChecklist.urgent.waitHeading');
  sections.push({
    id: 'urgent',
    group: 'Urgent signs and first aid',
    title: urgentHeading,
    items: c.URGENT_SIGNS.map((s) => ({
      key: `urgent.${s.id}`,
      kind: 'urgent',
      label: s.urgency === 'emergency' ? 'Call the emergency number now' : sameDayIntro,
      text: s.text(),
      sources: s.sources,
      where: `${rc} › ${urgentHeading} › ${s.urgency === 'emergency' ? 'emergency signs' : `“${sameDayIntro}”`}`,
      area: 'risks',
    })),
  });
  sections.push({
    id: 'wait',
    group: 'Urgent signs and first aid',
    title: waitHeading,
    items: c.NALOXONE_GUIDANCE.map((n, i) =>
      claimItem(`wait.${n.id}`, n, `${rc} › ${urgentHeading} › ${waitHeading} (step ${i + 1})`, 'risks', {
        label: `Step ${i + 1}`,
      }),
    ),
  });

  // 6. Evidence-level legend.
  const legendTitle = L(FILES.diagram, 'mechanismDiagram.legend.title');
  sections.push({
    id: 'legend',
    group: 'Evidence-level legend',
    title: legendTitle,
    items: c.EVIDENCE_LEVELS.map((l) => ({
      key: `level.${l}`,
      kind: 'level',
      label: `${c.evidenceLevelLabel(l)} (${l})`,
      text: c.evidenceLevelExplanation(l),
      sources: [],
      where: 'Evidence chips in every element; legend of <kratom-mechanism-diagram> and <kratom-alkaloid-explainer>',
      area: 'evidence',
    })),
  });
  return sections;
}

// ---- HTML ----

const STYLE = `
  :root { color-scheme: light; }
  body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.6em; margin: 0 0 .3em; }
  h2 { font-size: 1.25em; margin: 2em 0 .4em; border-bottom: 2px solid #333; padding-bottom: .15em; break-after: avoid; }
  h3 { font-size: 1.05em; margin: 1.4em 0 .4em; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: .3em .45em; text-align: start; vertical-align: top; }
  th { background: #eee; }
  .meta td, .meta th { font-size: .95em; }
  .item { border: 1px solid #bbb; border-radius: 4px; margin: .6em 0; padding: .5em .7em; break-inside: avoid; }
  .item-head { display: flex; gap: .6em; flex-wrap: wrap; align-items: baseline; font-size: .9em; color: #333; }
  .item-head .label { font-weight: 600; color: #111; }
  .chip { border: 1px solid #555; border-radius: 999px; padding: 0 .5em; font-size: .85em; white-space: nowrap; }
  .chip.sev-urgent, .chip.sev-prompt { border-color: #a00; color: #a00; font-weight: 600; }
  .texts { display: grid; grid-template-columns: 1fr; gap: .2em 1em; margin: .35em 0; }
  .texts.pair { grid-template-columns: 1fr 1fr; }
  .texts .lang { font-size: .75em; text-transform: uppercase; letter-spacing: .04em; color: #555; }
  .texts p { margin: 0 0 .3em; }
  .untranslated { color: #8a4b00; font-style: italic; font-size: .85em; }
  .caveat { font-style: italic; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; margin: .35em 0 0; font-size: .88em; }
  dl.facts dt { font-weight: 600; color: #333; }
  dl.facts dd { margin: 0; }
  ol.cites { margin: .1em 0 0; padding-inline-start: 1.4em; }
  ol.cites li { margin: .15em 0; }
  .kind { font-size: .85em; color: #444; }
  .note { color: #555; font-size: .9em; }
  .flag { color: #a00; font-weight: 600; }
  .decision { width: 11em; }
  .signoff td { height: 2.6em; }
  .signoff td.sign { width: 10em; }
  .toc { columns: 2; font-size: .92em; }
  a { color: #0645ad; word-break: break-all; }
  @page { size: A4; margin: 16mm 14mm; }
  @media print { body { margin: 0; max-width: none; } a { color: #000; } .pagebreak { break-before: page; } }
`;

function citation(s) {
  if (!s) return '<li class="flag">Unknown source id</li>';
  const parts = [
    s.authors
      ? `${e(s.authors)}${/[.!?]$/.test(s.authors.trim()) ? '' : '.'}`
      : s.authorsNotSeen
        ? '<span class="flag">(authors not seen in any copy read; cited by title)</span>'
        : '<span class="flag">[no author]</span>',
    s.year === null || s.year === undefined ? `(n.d.; accessed ${e(s.accessed ?? '?')}).` : `(${e(s.year)}).`,
    `${e(s.title)}${/[.!?]$/.test(String(s.title).trim()) ? '' : '.'}`,
    s.venue ? `<i>${e(s.venue)}</i>.` : '',
    identifierLink(s.doi),
    link(s.url),
  ].filter(Boolean);
  const note = s.secondaryNote ? `<br><span class="note">Editors’ note: ${e(s.secondaryNote)}</span>` : '';
  const seen = s.seenVia ? `<br><span class="note">Seen cited in: ${e(s.seenVia)}</span>` : '';
  return `<li>${parts.join(' ')} <span class="kind">[${e(s.id)}, ${e(s.kind)}]</span>${note}${seen}</li>`;
}

function textsBlock(rows, locale) {
  // rows: [{ label?, en, loc? , cls? }]
  const pair = Boolean(locale);
  const head = pair ? `<div class="lang">English</div><div class="lang">${e(locale)}</div>` : '';
  const body = rows
    .map((r) => {
      const pre = r.label ? `<b>${e(r.label.replace(/\s*[:：]\s*$/u, ''))}:</b> ` : '';
      const en = `<p class="${r.cls ?? ''}">${pre}${e(r.en)}</p>`;
      if (!pair) return en;
      const same = r.loc === r.en;
      const dir = /^(ar|fa|he|ur)\b/.test(locale) ? ' dir="rtl"' : '';
      const loc = `<p class="${r.cls ?? ''}" lang="${e(locale)}"${dir}>${pre}${e(r.loc ?? '')}${
        same ? ' <span class="untranslated">(not translated yet: readers see the English)</span>' : ''
      }</p>`;
      return en + loc;
    })
    .join('');
  return `<div class="texts${pair ? ' pair' : ''}">${head}${body}</div>`;
}

/** A health-authority item whose sources are all news or secondary copies (the chip should say so). */
function newsOnly(item, c) {
  if (item.level !== 'regulator' || item.sources.length === 0) return false;
  return item.sources.every((id) => ['news', 'secondary'].includes(c.evidenceSources[id]?.kind));
}

function itemHtml(item, locItem, locale, c) {
  const rows = [];
  const add = (label, field, cls) => {
    if (item[field] === undefined) return;
    rows.push({ label, en: item[field], loc: locItem?.[field], cls });
  };
  if (item.kind === 'risk') {
    add('Statement the reader ticks', 'question');
    add(item.headers?.[0] ?? 'Why it matters', 'why');
    add('Caveat', 'caveat', 'caveat');
    add(item.headers?.[1] ?? 'What to do', 'action');
  } else {
    add(null, 'text');
    add('Caveat', 'caveat', 'caveat');
  }
  const chips = [
    item.severity
      ? `<span class="chip sev-${e(item.severity.replace(/^.*\((.*)\)$/, '$1'))}">Severity: ${e(item.severity)}</span>`
      : '',
    item.combines ? `<span class="chip">Combines with: ${e(item.combines)}</span>` : '',
    item.levelLabel
      ? `<span class="chip">Evidence: ${e(item.levelLabel)} (${e(item.level)})</span>${
          newsOnly(item, c) ? ' <span class="chip flag">rests only on news or secondary copies</span>' : ''
        }`
      : '',
    item.scope ? `<span class="chip">Diagram marker: ${e(item.scope)}</span>` : '',
  ].join(' ');
  const review = c.reviews[item.area];
  const reviewText = review
    ? `content ${e(review.contentVersion)}; last reviewed ${e(review.lastReviewed)}; next review ${e(review.nextReview)}`
    : 'evidence legend (reviewed with every area)';
  const own = [
    item.nextReview ? `this statement: next review ${e(item.nextReview)}` : '',
    item.pendingRegulatory ? '<span class="flag">about a regulator’s pending action (90-day review)</span>' : '',
  ]
    .filter(Boolean)
    .join('; ');
  const sources = item.sources.length
    ? `<ol class="cites">${item.sources.map((id) => citation(c.evidenceSources[id])).join('')}</ol>`
    : item.kind === 'popular' || item.kind === 'level'
      ? '<span class="note">none (not a factual claim)</span>'
      : '<span class="flag">no source</span>';
  return `<div class="item" id="${e(item.key)}">
    <div class="item-head"><span class="label">${e(item.label ?? '')}</span>${chips}</div>
    ${textsBlock(rows, locale)}
    ${item.note ? `<p class="note">${e(item.note)}</p>` : ''}
    <dl class="facts">
      <dt>Appears in</dt><dd>${e(item.where)}</dd>
      <dt>Review</dt><dd>${reviewText}${own ? `; ${own}` : ''}</dd>
      <dt>Sources</dt><dd>${sources}</dd>
      <dt>Reviewer</dt><dd>☐ correct as written &nbsp; ☐ change needed: ______________________________</dd>
    </dl>
  </div>`;
}

function signOffTable(groups) {
  const rows = groups
    .map(
      (g) => `<tr><td>${e(g)}</td><td class="decision">☐ Approved<br>☐ Approved with changes<br>☐ Not approved</td>
        <td></td><td></td><td></td><td class="sign"></td></tr>`,
    )
    .join('');
  return `<table class="signoff" id="sign-off-table">
    <caption>Sign-off: one row per section; a section is approved only when every item in it is.</caption>
    <thead><tr><th scope="col">Section</th><th scope="col">Decision</th><th scope="col">Name</th>
      <th scope="col">Role and credentials</th><th scope="col">Date</th><th scope="col">Signature</th></tr></thead>
    <tbody>${rows}
      <tr><td><b>Whole packet</b></td><td class="decision">☐ Approved<br>☐ Approved with changes<br>☐ Not approved</td>
        <td></td><td></td><td></td><td class="sign"></td></tr>
    </tbody></table>`;
}

/** The whole packet as one HTML string (no script, no external resources). */
/** The packet's first section with --since: what changed since the version the publisher's reviewer approved. */
export function sinceSection(since, changes) {
  const head = `<h2 id="changes-since">What changed since content version ${e(since)}</h2>`;
  if (changes.status === 'unknown')
    return `${head}<p class="flag">${e(since)} is not a content version this library has had (see content-data/history.json).
Review the whole packet.</p>`;
  if (changes.status === 'current')
    return `${head}<p>Nothing: this is still content version ${e(since)}. A review of ${e(since)} covers this packet.</p>`;
  const areaName = (area) => (area === 'legal' ? 'legal status (kept by legal editors; not in this packet)' : e(area));
  const versions = changes.versions
    .map(
      (v) =>
        `<h3>Content version ${e(v.version)} (${e(v.date)})</h3><ul>${Object.entries(v.changes)
          .map(
            ([area, lines]) =>
              `<li><b>${areaName(area)}</b><ul>${lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul></li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  return `${head}<p>Your reviewer approved content version ${e(since)}. This packet is content version ${e(changes.latest)};
these are the changes since, by version and area. Review at least the items of the areas listed, then declare
version ${e(changes.latest)}.</p>${versions}`;
}

export function renderPacket({ c, sections, locSections, locale, version, generated, since }) {
  const locByKey = new Map((locSections ?? []).flatMap((s) => s.items.map((i) => [i.key, i])));
  const groups = [...new Set(sections.map((s) => s.group))];
  const areaRows = Object.values(c.reviews)
    .map(
      (r) =>
        `<tr><td>${e(r.area)}</td><td>${e(r.contentVersion)}</td><td>${e(r.lastReviewed)}</td><td>${e(r.nextReview)}</td></tr>`,
    )
    .join('');
  const count = sections.reduce((n, s) => n + s.items.length, 0);
  const latest = latestOf(c.reviews);
  const toc = groups.map((g, gi) => `<li><a href="#group-${gi + 1}">${e(g)}</a></li>`).join('');
  const body = groups
    .map((g, gi) => {
      const secs = sections.filter((s) => s.group === g);
      return `<section id="group-${gi + 1}"><h2>${gi + 1}. ${e(g)}</h2>${secs
        .map(
          (s) =>
            `<section id="${e(s.id)}"><h3>${e(s.title)}</h3>${s.items
              .map((i) => itemHtml(i, locByKey.get(i.key), locale, c))
              .join('')}</section>`,
        )
        .join('')}</section>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>kratom-widgets: clinical content review packet${locale ? ` (English and ${e(locale)})` : ''}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>kratom-widgets: clinical content review packet</h1>
<p>Every statement the widgets show to readers about kratom, grouped as readers see them, with its evidence level,
full sources, where it appears and its review dates. For a publisher’s medical reviewer: mark each item, then sign
the table at the end. ${count} items.${locale ? ` Texts are shown in English and ${e(locale)} side by side.` : ''}</p>
<table class="meta">
<tr><th scope="row">Package version</th><td>kratom-widgets ${e(version)}</td></tr>
<tr><th scope="row">Content version</th><td>${e(latest)}: the version to declare once approved (<code>contentVersion</code> in the publisher review, docs/integrations.md)</td></tr>
<tr><th scope="row">Generated</th><td>${e(generated)} (by <code>npm run content:review</code>)</td></tr>
<tr><th scope="row">Language</th><td>${locale ? `English (source) and ${e(locale)} (translation, from locales/${e(locale)}.xlf)` : 'English (source)'}</td></tr>
</table>
<h2 id="review-dates">Content versions and review dates</h2>
<table class="meta"><thead><tr><th scope="col">Area</th><th scope="col">Content version</th><th scope="col">Last reviewed</th><th scope="col">Next review</th></tr></thead>
<tbody>${areaRows}</tbody></table>
${since ? sinceSection(since.version, since.changes) : ''}
<p class="note">Legal status per place (<code>&lt;kratom-legal-badge&gt;</code>) is reviewed by legal editors (docs/legal-editing.md) and is not part of this packet.
“Evidence” is the chip readers see next to the statement. “Appears in” names the element and the section.</p>
<nav><h2>Contents</h2><ol class="toc">${toc}<li><a href="#sign-off">Sign-off</a></li></ol></nav>
</header>
<main>${body}
<section id="sign-off" class="pagebreak"><h2>${groups.length + 1}. Sign-off</h2>
<p>Reviewed against the cited sources. A decision “Approved with changes” or “Not approved” refers to the items
marked “change needed” in that section.</p>
${signOffTable(groups)}
</section>
</main>
</body>
</html>
`;
}

// ---- PDF ----

/** Prints `html` to `pdf` with headless Chromium; returns the PDF path. */
export function printPdf(html, pdf) {
  const chromium = chromiumPath();
  const profile = mkdtempSync(path.join(tmpdir(), 'kratom-review-chromium-'));
  try {
    const r = spawnSync(
      chromium,
      [
        ...CHROMIUM_ARGS,
        '--headless',
        '--no-pdf-header-footer',
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${path.resolve(pdf)}`,
        pathToFileURL(path.resolve(html)).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0 || !existsSync(pdf))
      throw new Error(`--pdf: Chromium failed (${r.status}): ${(r.stderr || '').slice(-800)}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---- Main ----

export async function main(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(
      'usage: npm run content:review -- [--out file.html] [--locale xx] [--pdf [file.pdf]] [--since version]',
    );
    return;
  }
  const c = await loadContent();
  const sections = collect(c, null);
  let locSections;
  if (opts.locale) {
    const templates = await localeTemplates(opts.locale);
    await useLocale(c, opts.locale, templates);
    locSections = collect(c, templates);
  }
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  let since;
  if (opts.since) {
    const changes = changesSince(loadHistory(), c.reviews, opts.since);
    since = { version: opts.since, changes };
    console.log(
      changes.status === 'unknown'
        ? `content:review: --since ${opts.since}: not a content version this library has had; review the whole packet.`
        : changes.status === 'current'
          ? `content:review: --since ${opts.since}: nothing changed; this is still content version ${opts.since}.`
          : `content:review: changed since ${opts.since}: ${changes.versions
              .map((v) => `${v.version} (${Object.keys(v.changes).join(', ')})`)
              .join('; ')}; the packet starts with the list.`,
    );
  }
  const html = renderPacket({
    since,
    c,
    sections,
    locSections,
    locale: opts.locale,
    version,
    generated: new Date().toISOString().slice(0, 10),
  });
  mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  writeFileSync(opts.out, html);
  const items = sections.reduce((n, s) => n + s.items.length, 0);
  console.log(`content:review: wrote ${opts.out} (${items} items, ${(html.length / 1024).toFixed(0)} KiB)`);
  if (opts.pdf) {
    printPdf(opts.out, opts.pdf);
    console.log(`content:review: wrote ${opts.pdf}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`content:review: ${err.message}`);
    process.exitCode = 1;
  });
}
