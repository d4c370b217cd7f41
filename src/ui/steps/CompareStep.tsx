import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CompareReport } from "../../core/compare/compareReport";
import { COMPARE_RULES } from "../../core/compare/rules/registry";
import { Lang } from "../../core/i18n";
import { FindingButton } from "../FindingButton";
import { t } from "../strings";
import { findingCellLabel } from "../findings";
import { SEVERITY_COLORS, findingKey } from "./CheckStep";

/** The files the picker offers: those the engine reads. */
const ACCEPT = ".xlsx,.xlsm,.xls,.csv";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  ruleHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  plainList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface CompareStepProps {
  /** The sheet this period's check shows: its cells are named without the sheet. */
  sheet: string;
  lang: Lang;
  busy: boolean;
  /** The comparison with the file last picked, or null before one. */
  comparison: CompareReport | null;
  onPick: (file: File) => void;
  onShowCell: (sheet: string, cell: string) => void;
}

/**
 * 对比上期: a button picks last period's file; then the file and its report date, the matching in
 * counts, the findings by rule (a click selects this period's cell), the items without a clear
 * match with their candidates, and each item's change as the 较上期 column words it.
 */
export function CompareStep({
  sheet,
  lang,
  busy,
  comparison,
  onPick,
  onShowCell,
}: CompareStepProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [selected, setSelected] = React.useState<string | null>(null);
  const findings = comparison?.findings ?? [];
  const groups = COMPARE_RULES.map(({ meta }) => ({
    meta,
    findings: findings.filter((f) => f.code === meta.code),
  })).filter((group) => group.findings.length > 0);
  const indexOf = new Map(findings.map((f, i) => [f, i]));

  return (
    <div className={styles.step}>
      <Text size={200}>{t(lang, "compareHint")}</Text>
      <div className={styles.row}>
        <Button
          appearance={comparison ? "secondary" : "primary"}
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t(lang, comparison ? "pickOtherLastFile" : "pickLastFile")}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={ACCEPT}
          aria-label={t(lang, "pickLastFile")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // cleared, so picking the same file again (after editing it) compares again
            event.target.value = "";
            if (file) onPick(file);
          }}
        />
      </div>
      {comparison && (
        <>
          <Text weight="semibold">
            {t(lang, "comparedWith", { file: comparison.lastFile, asOf: comparison.lastAsOf })}
          </Text>
          <Text>{t(lang, "compareCounts", comparison.summary)}</Text>
          {groups.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t(lang, "noChanges")}</MessageBarBody>
            </MessageBar>
          ) : (
            <Text size={200}>{t(lang, "compareFindingsHint")}</Text>
          )}
          {groups.length > 0 && (
            <Accordion
              key={comparison.lastFile + groups.map((g) => g.meta.code).join()}
              multiple
              collapsible
              defaultOpenItems={groups.map((g) => g.meta.code)}
            >
              {groups.map(({ meta, findings: ofRule }) => (
                <AccordionItem key={meta.code} value={meta.code}>
                  <AccordionHeader size="small">
                    <span className={styles.ruleHeading}>
                      <span>{meta.description[lang]}</span>
                      <Badge appearance="ghost" color={SEVERITY_COLORS[meta.severity]}>
                        {ofRule.length}
                      </Badge>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <Text size={100} className={styles.code}>
                      {meta.code}
                    </Text>
                    <ul className={styles.list}>
                      {ofRule.map((finding) => {
                        const key = findingKey(finding, indexOf.get(finding) ?? 0);
                        // a removed item is in last period's file (its sheet named in the message):
                        // its place is shown, not selected
                        const removed = meta.code === "ITEM_REMOVED";
                        const cell = removed
                          ? t(lang, "lastPeriodCell", { cell: finding.cell })
                          : findingCellLabel(finding, sheet);
                        return (
                          <li key={key}>
                            <FindingButton
                              cell={cell}
                              message={finding.message}
                              title={
                                removed
                                  ? finding.message
                                  : t(lang, "goToCell", { cell, message: finding.message })
                              }
                              selected={selected === key}
                              onClick={
                                removed
                                  ? undefined
                                  : () => {
                                      setSelected(key);
                                      onShowCell(finding.sheet, finding.cell);
                                    }
                              }
                            />
                          </li>
                        );
                      })}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
          {comparison.matching.uncertain.length > 0 && (
            <section className={styles.section} aria-label={t(lang, "uncertainTitle")}>
              <Subtitle2>{t(lang, "uncertainTitle")}</Subtitle2>
              <Text size={200}>{t(lang, "uncertainHint")}</Text>
              <ul className={styles.plainList}>
                {comparison.matching.uncertain.map((u) => (
                  <li key={`${u.period}${u.item.sheet}${u.item.row}`}>
                    {t(lang, "uncertainItem", {
                      period: t(lang, u.period === "current" ? "thisPeriod" : "lastPeriod"),
                      row: u.item.row,
                      name: u.item.name,
                      candidates: u.candidates
                        .map((c) =>
                          t(lang, "uncertainCandidate", {
                            row: c.item.row,
                            name: c.item.name,
                            score: Math.round(c.score * 100),
                          })
                        )
                        .join(lang === "zh" ? "、" : ", "),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {comparison.changes.length > 0 && (
            <section className={styles.section} aria-label={t(lang, "changesTitle")}>
              <Subtitle2>{t(lang, "changesTitle")}</Subtitle2>
              <ul className={styles.plainList}>
                {comparison.changes.map(({ item, change }) => (
                  <li key={`${item.sheet}${item.row}`}>
                    {t(lang, "changeLine", { row: item.row, name: item.name, change })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
