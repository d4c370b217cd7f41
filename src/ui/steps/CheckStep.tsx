import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Lang } from "../../core/i18n";
import { ReportFinding } from "../../core/report/checkReport";
import { ALL_RULES } from "../../core/rules/registry";
import { RuleCode, Severity } from "../../core/rules/types";
import { FindingButton } from "../FindingButton";
import { findingCellLabel, findingsForLead, groupFindings } from "../findings";
import { HostCheck } from "../host";
import { StringKey, t } from "../strings";

/** The filter's option for every unit (no unit is named so). */
const ALL_LEADS = "*";
/** Up to this many findings every group opens at once; beyond, only the errors. */
const OPEN_ALL_UP_TO = 30;

const SEVERITY_LABELS: Record<Severity, StringKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};
export const SEVERITY_COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const RULE_DESCRIPTIONS = new Map(ALL_RULES.map((rule) => [rule.meta.code, rule.meta.description]));

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  severity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severityHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  ruleHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export function findingKey(finding: ReportFinding, index: number): string {
  return `${finding.sheet}!${finding.cell}#${finding.code}#${index}`;
}

export interface CheckStepProps {
  check: HostCheck;
  lang: Lang;
  onShowCell: (sheet: string, cell: string) => void;
}

/**
 * 校验: the findings by severity and rule with counts, each with its cell and message; a click
 * selects the cell; a filter by 牵头单位 keeps the findings about that unit's items.
 */
export function CheckStep({ check, lang, onShowCell }: CheckStepProps): React.JSX.Element {
  const styles = useStyles();
  const { report } = check;
  const [lead, setLead] = React.useState<string | null>(null);
  const [selected, setSelected] = React.useState<string | null>(null);
  const leads = report.progress.byLead.map((l) => l.lead);
  const chosen = lead !== null && leads.includes(lead) ? lead : null;
  const shown = findingsForLead(report.findings, report.items, chosen);
  const groups = groupFindings(shown);
  const indexOf = new Map(report.findings.map((f, i) => [f, i]));

  const ruleTitle = (code: RuleCode): string => RULE_DESCRIPTIONS.get(code)?.[lang] ?? code;

  return (
    <div className={styles.step}>
      {leads.length > 0 && (
        <Field label={t(lang, "leadFilter")}>
          <Dropdown
            value={chosen ?? t(lang, "allLeads")}
            selectedOptions={[chosen ?? ALL_LEADS]}
            onOptionSelect={(_, data) =>
              setLead(data.optionValue && data.optionValue !== ALL_LEADS ? data.optionValue : null)
            }
          >
            <Option value={ALL_LEADS}>{t(lang, "allLeads")}</Option>
            {leads.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {chosen === null
              ? t(lang, "noFindings")
              : t(lang, "noFindingsForLead", { lead: chosen })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200}>{t(lang, "findingsHint")}</Text>
      )}
      {groups.map((group) => (
        <section
          key={`${group.severity}\u0000${chosen ?? ""}`}
          className={styles.severity}
          aria-label={t(lang, SEVERITY_LABELS[group.severity])}
        >
          <div className={styles.severityHeading}>
            <Subtitle2>{t(lang, SEVERITY_LABELS[group.severity])}</Subtitle2>
            <Badge color={SEVERITY_COLORS[group.severity]}>{group.count}</Badge>
          </div>
          {/* a new set of groups (after a check or a filter) opens afresh */}
          <Accordion
            key={group.rules.map((r) => r.code).join()}
            multiple
            collapsible
            defaultOpenItems={
              shown.length <= OPEN_ALL_UP_TO || group.severity === "error"
                ? group.rules.map((r) => r.code)
                : []
            }
          >
            {group.rules.map((rule) => (
              <AccordionItem key={rule.code} value={rule.code}>
                <AccordionHeader size="small">
                  <span className={styles.ruleHeading}>
                    <span>{ruleTitle(rule.code)}</span>
                    <Badge appearance="ghost" color="informative">
                      {rule.findings.length}
                    </Badge>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <Text size={100} className={styles.code}>
                    {rule.code}
                  </Text>
                  <ul className={styles.list}>
                    {rule.findings.map((finding) => {
                      const key = findingKey(finding, indexOf.get(finding) ?? 0);
                      const cell = findingCellLabel(finding, check.sheet);
                      return (
                        <li key={key}>
                          <FindingButton
                            cell={cell}
                            message={finding.message}
                            title={t(lang, "goToCell", { cell, message: finding.message })}
                            selected={selected === key}
                            onClick={() => {
                              setSelected(key);
                              onShowCell(finding.sheet, finding.cell);
                            }}
                          />
                        </li>
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ))}
    </div>
  );
}
