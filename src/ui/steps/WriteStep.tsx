import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Lang } from "../../core/i18n";
import { TotalsFormulaFix } from "../../core/report/fixes";
import { DEFAULT_OUTPUT_HEADERS } from "../../core/report/columnPlan";
import { cellList, describeFix, describeKept, describePlan } from "../describe";
import { HostCheck } from "../host";
import { t } from "../strings";

const COLUMN_LETTERS = /^[A-Za-z]{1,3}$/;

/** Chinese sentences follow each other without a space; English ones with one. */
function joinSentences(lang: Lang, first: string, second: string): string {
  return lang === "zh" ? `${first}${second}` : `${first} ${second}`;
}

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  plan: { margin: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  columnInput: { width: "6em" },
  fixes: { display: "flex", flexDirection: "column" },
  differs: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Where the last write was refused, and the column it suggests instead. */
export interface Refusal {
  sheet: string;
  cells: string[];
  suggestedColumn: string;
}

export interface WriteStepProps {
  check: HostCheck;
  lang: Lang;
  /** The page writes a copy of a file (the task pane writes into the open workbook). */
  writesCopy: boolean;
  busy: boolean;
  canUndo: boolean;
  refusal: Refusal | null;
  /** The first column the user chose to write (a letter), or null for the default place. */
  startColumn: string | null;
  onWrite: () => void;
  onUndo: () => void;
  onStartColumn: (letter: string | null) => void;
  onApplyFixes: (fixes: TotalsFormulaFix[]) => void;
  /** Makes the next period's copy: a download (the page) or a new worksheet (the task pane). */
  onNextPeriod?: () => void;
  /** Last period's file once 对比上期 compared with it: the write adds 较上期. */
  comparedWith?: string | null;
}

/**
 * 写回: what will be written where, in words; the write button and undo; a refused write with the
 * cells in the way and another place to write; the optional fixes of typed totals.
 */
export function WriteStep({
  check,
  lang,
  writesCopy,
  busy,
  canUndo,
  refusal,
  startColumn,
  onWrite,
  onUndo,
  onStartColumn,
  onApplyFixes,
  onNextPeriod,
  comparedWith = null,
}: WriteStepProps): React.JSX.Element {
  const styles = useStyles();
  const [columnDraft, setColumnDraft] = React.useState(startColumn ?? "");
  React.useEffect(() => setColumnDraft(startColumn ?? ""), [startColumn]);
  // fixes start ticked: the list is what the user reads before pressing apply
  const [unticked, setUnticked] = React.useState<ReadonlySet<string>>(new Set());
  const plan = describePlan(check.columns, lang);
  const kept = describeKept(check.keptColumns, lang);
  const changeAdded =
    comparedWith !== null && !check.columns.some((c) => c.header === DEFAULT_OUTPUT_HEADERS.change)
      ? t(lang, "changeColumnAdded", { file: comparedWith })
      : null;
  const ticked = check.fixes.filter((fix) => !unticked.has(`${fix.sheet}!${fix.cell}`));
  const draftValid = COLUMN_LETTERS.test(columnDraft);
  const draftLetter = columnDraft.toUpperCase();

  return (
    <div className={styles.step}>
      <section className={styles.section}>
        {plan.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{t(lang, writesCopy ? "noLedgerCopy" : "noPlan")}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {plan.map((table) => (
              <Text key={table.sentence} as="p" className={styles.plan}>
                {table.update ? joinSentences(lang, table.sentence, table.update) : table.sentence}
              </Text>
            ))}
            {kept && <Text as="p">{kept}</Text>}
            {changeAdded && <Text as="p">{changeAdded}</Text>}
            <Text size={200}>{t(lang, "planNotes")}</Text>
          </>
        )}
        {refusal && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {joinSentences(
                lang,
                t(lang, "refused", { sheet: refusal.sheet, cells: cellList(refusal.cells, lang) }),
                t(lang, "refusedNext", { column: refusal.suggestedColumn })
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button disabled={busy} onClick={() => onStartColumn(refusal.suggestedColumn)}>
                {t(lang, "useColumn", { column: refusal.suggestedColumn })}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Field
            label={t(lang, "startColumn")}
            hint={t(lang, "startColumnHint")}
            validationState={columnDraft === "" || draftValid ? "none" : "error"}
            validationMessage={
              columnDraft === "" || draftValid ? undefined : t(lang, "startColumnInvalid")
            }
          >
            <Input
              className={styles.columnInput}
              value={columnDraft}
              disabled={busy}
              placeholder="V"
              onChange={(_, data) => setColumnDraft(data.value.trim())}
            />
          </Field>
          <Button
            disabled={busy || !draftValid || draftLetter === startColumn}
            onClick={() => onStartColumn(draftLetter)}
          >
            {t(lang, "applyStartColumn")}
          </Button>
          {startColumn !== null && (
            <Button appearance="subtle" disabled={busy} onClick={() => onStartColumn(null)}>
              {t(lang, "autoStartColumn")}
            </Button>
          )}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || plan.length === 0} onClick={onWrite}>
            {t(lang, "write")}
          </Button>
          <Button disabled={busy || !canUndo} onClick={onUndo}>
            {t(lang, "undo")}
          </Button>
        </div>
      </section>
      {onNextPeriod && (
        <section className={styles.section} aria-label={t(lang, "nextPeriod")}>
          <Subtitle2>{t(lang, "nextPeriod")}</Subtitle2>
          <Text size={200}>{t(lang, writesCopy ? "nextPeriodHint" : "nextPeriodHintSheet")}</Text>
          <div className={styles.row}>
            <Button disabled={busy || plan.length === 0} onClick={onNextPeriod}>
              {t(lang, "nextPeriod")}
            </Button>
          </div>
        </section>
      )}
      <section className={styles.section} aria-label={t(lang, "fixesTitle")}>
        <Subtitle2>{t(lang, "fixesTitle")}</Subtitle2>
        {check.fixes.length === 0 ? (
          <Text>{t(lang, "noFixes")}</Text>
        ) : (
          <>
            <Text size={200}>{t(lang, "fixesHint")}</Text>
            <div className={styles.fixes}>
              {check.fixes.map((fix) => {
                const key = `${fix.sheet}!${fix.cell}`;
                return (
                  <Checkbox
                    key={key}
                    checked={!unticked.has(key)}
                    disabled={busy}
                    onChange={(_, data) => {
                      const next = new Set(unticked);
                      if (data.checked) next.delete(key);
                      else next.add(key);
                      setUnticked(next);
                    }}
                    label={
                      <>
                        {describeFix(fix, lang)}
                        {fix.computed !== fix.typed && (
                          <Text className={styles.differs}> · {t(lang, "fixDiffers")}</Text>
                        )}
                      </>
                    }
                  />
                );
              })}
            </div>
            <div className={styles.row}>
              <Button disabled={busy || ticked.length === 0} onClick={() => onApplyFixes(ticked)}>
                {t(lang, "applyFixes")}
              </Button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
