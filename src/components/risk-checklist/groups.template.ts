/** The item groups of <kratom-risk-checklist>: one fieldset per group, one native checkbox per item. */
import { html, nothing, type TemplateResult } from 'lit';
import { disclosureToggle } from '../../shared/disclosure.js';
import { RISK_GROUPS, type Risk, type RiskGroup } from '../../content/types.js';
import { groupLabel } from './risk-checklist.messages.js';
import { itemDetails } from './item-details.template.js';

/** What the groups show, and the element's handlers (called with the element as `this`). */
export interface GroupsView {
  /** The items shown, in content order. */
  visible: readonly Risk[];
  /** Ids of the ticked items. */
  answers: ReadonlySet<string>;
  /** Groups collapse behind a show/hide button. */
  compact: boolean;
  /** Groups the reader opened (compact only). */
  openGroups: ReadonlySet<RiskGroup>;
  /** A disabled ancestor fieldset disables the checkboxes. */
  disabled: boolean;
  onToggleItem: (event: Event) => void;
  onToggleGroup: (group: RiskGroup) => void;
}

function item(risk: Risk, view: GroupsView): TemplateResult {
  const on = view.answers.has(risk.id);
  return html`<li class="item" part="item" data-id=${risk.id} data-severity=${risk.severity} ?data-checked=${on}>
    <div class="choice">
      <input
        id=${`cb-${risk.id}`}
        part="checkbox"
        type="checkbox"
        autocomplete="off"
        data-id=${risk.id}
        .checked=${on}
        ?disabled=${view.disabled}
        @change=${view.onToggleItem}
      />
      <label for=${`cb-${risk.id}`} part="label">${risk.question()}</label>
    </div>
    <div id=${`det-${risk.id}`} class="details" part="item-details" ?hidden=${!on}>
      ${on ? itemDetails(risk) : nothing}
    </div>
  </li>`;
}

/** The groups that have shown items, each a fieldset with its items. */
export function groups(view: GroupsView): TemplateResult {
  const groups = RISK_GROUPS.map((g) => ({ group: g, risks: view.visible.filter((r) => r.group === g) })).filter(
    (g) => g.risks.length > 0,
  );
  return html`<div class="groups" part="groups">
    ${groups.map(({ group, risks }) => {
      const open = !view.compact || view.openGroups.has(group);
      const label = groupLabel(group);
      return html`<fieldset class="group" part="group" data-group=${group}>
        <legend part="group-label">
          ${
            view.compact
              ? disclosureToggle({
                  expanded: open,
                  controls: `group-${group}`,
                  label: html`<span>${label}</span>`,
                  onClick: () => view.onToggleGroup(group),
                  part: 'group-toggle',
                  className: 'group-toggle',
                })
              : html`<span class="group-name">${label}</span>`
          }
        </legend>
        <ul class="items" id=${`group-${group}`} ?hidden=${!open}>
          ${risks.map((r) => item(r, view))}
        </ul>
      </fieldset>`;
    })}
  </div>`;
}
