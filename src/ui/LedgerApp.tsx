import * as React from "react";
import {
  Button,
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CompareReport } from "../core/compare/compareReport";
import { TableOverride } from "../core/detect/overrides";
import { columnIndex } from "../core/grid";
import { Lang } from "../core/i18n";
import { TotalsFormulaFix } from "../core/report/fixes";
import { letterSpan } from "./describe";
import { ErrorMessage, FailedAction, describeError } from "./errors";
import { HostCheck, LastPeriodUpload, LedgerHost } from "./host";
import { CheckStep } from "./steps/CheckStep";
import { CompareStep } from "./steps/CompareStep";
import { DetectStep } from "./steps/DetectStep";
import { ProgressStep } from "./steps/ProgressStep";
import { Refusal, WriteStep } from "./steps/WriteStep";
import { StringKey, t } from "./strings";

type Step = "detect" | "check" | "progress" | "compare" | "write";
/** 对比上期 comes before 写回: what changed since last period is reviewed before the sheet is written. */
const STEPS: readonly { step: Step; label: StringKey }[] = [
  { step: "detect", label: "stepDetect" },
  { step: "check", label: "stepCheck" },
  { step: "progress", label: "stepProgress" },
  { step: "compare", label: "stepCompare" },
  { step: "write", label: "stepWrite" },
];

/** Work that keeps the buttons disabled while it runs, and what the spinner says meanwhile. */
type Work = Exclude<FailedAction, "showCell">;
const BUSY_LABELS: Record<Work, StringKey> = {
  check: "busyCheck",
  write: "busyWrite",
  undo: "busyUndo",
  fixes: "busyFixes",
  save: "busySave",
  compare: "busyCompare",
  next: "busyNext",
};

/** What the next check asks for; each change the user makes is kept for the checks after it. */
interface CheckParams {
  sheet?: string;
  asOf?: string;
  overrides: TableOverride[];
  /** The first column to write, as the user typed it; null for the default place. */
  startColumn: string | null;
}

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", alignItems: "flex-start" },
  main: {
    flex: "1 1 320px",
    minWidth: 0,
    maxWidth: "760px",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    boxSizing: "border-box",
  },
  aside: {
    flex: "2 1 480px",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  summary: { color: tokens.colorNeutralForeground3 },
  tab: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface LedgerAppProps {
  host: LedgerHost;
  lang: Lang;
  /** Shown beside the steps (below them when narrow): the web page's preview of the sheet. */
  aside?: React.ReactNode;
}

/** A copy of the picked file's bytes for one comparison: the web page's engine takes what it is given. */
function copyOf(file: LastPeriodUpload): LastPeriodUpload {
  return { name: file.name, bytes: file.bytes.slice(0) };
}

/**
 * The steps over one check of the ledger — 识别 · 校验 · 进度 · 对比上期 · 写回 — wherever it lives:
 * the host reads and writes, the steps show plain data. Checks on mount with the saved corrections;
 * once last period's file is picked, every check is compared with it again.
 */
export function LedgerApp({ host, lang, aside }: LedgerAppProps): React.JSX.Element {
  const styles = useStyles();
  const [check, setCheck] = React.useState<HostCheck | null>(null);
  const [overrides, setOverrides] = React.useState<TableOverride[]>([]);
  const [startColumn, setStartColumn] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<Work | null>("check");
  const [error, setError] = React.useState<ErrorMessage | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [canUndo, setCanUndo] = React.useState(false);
  const [step, setStep] = React.useState<Step>("detect");
  const [comparison, setComparison] = React.useState<CompareReport | null>(null);
  const params = React.useRef<CheckParams>({ overrides: [], startColumn: null });
  /** Last period's file once a comparison with it worked. */
  const lastFile = React.useRef<LastPeriodUpload | null>(null);

  const refresh = React.useCallback(
    async (change: Partial<CheckParams> = {}): Promise<void> => {
      params.current = { ...params.current, ...change };
      const { sheet, asOf, startColumn: start } = params.current;
      const next = await host.check({
        sheet,
        asOf,
        overrides: params.current.overrides,
        lang,
        plan: start === null ? undefined : { startCol: columnIndex(start) },
      });
      const compared = lastFile.current
        ? await host.compare(next, copyOf(lastFile.current), lang)
        : null;
      setCheck(next);
      setComparison(compared);
      setOverrides(params.current.overrides);
      setStartColumn(start);
      setCanUndo(await host.canUndo());
    },
    [host, lang]
  );

  const run = React.useCallback(
    async (work: Work, task: () => Promise<void>): Promise<void> => {
      setBusy(work);
      setError(null);
      setNotice(null);
      try {
        await task();
      } catch (e) {
        setError(describeError(e, work, lang));
      } finally {
        setBusy(null);
      }
    },
    [lang]
  );

  React.useEffect(() => {
    void run("check", async () => {
      params.current = { overrides: await host.loadOverrides(), startColumn: null };
      await refresh();
    });
  }, [host, run, refresh]);

  const recheck = (): void => void run("check", () => refresh());
  const onAsOf = React.useCallback(
    (asOf: string | undefined) => void run("check", () => refresh({ asOf })),
    [run, refresh]
  );
  const onSheet = (sheet: string): void => {
    setRefusal(null);
    void run("check", () => refresh({ sheet, startColumn: null }));
  };
  const onOverrides = (next: TableOverride[], change: "saved" | "reset"): void =>
    void run("save", async () => {
      await host.saveOverrides(next);
      await refresh({ overrides: next });
      setNotice(t(lang, change === "saved" ? "correctionsSaved" : "correctionsReset"));
    });
  const onShowCell = (sheet: string, cell: string): void => {
    setError(null);
    host.showCell(sheet, cell).catch((e: unknown) => setError(describeError(e, "showCell", lang)));
  };
  const onStartColumn = (letter: string | null): void => {
    setRefusal(null);
    void run("check", () => refresh({ startColumn: letter }));
  };
  const onWrite = (current: HostCheck): void =>
    void run("write", async () => {
      const start = params.current.startColumn;
      const outcome = await host.write(current, {
        lang,
        startCol: start === null ? undefined : columnIndex(start),
      });
      if (outcome.status === "noLedger") {
        setRefusal(null);
        setNotice(t(lang, "noLedgerWritten"));
        return;
      }
      if (outcome.status === "refused") {
        const sheet = current.columns[0]?.sheet ?? current.sheet;
        setRefusal({ sheet, cells: outcome.cells, suggestedColumn: outcome.suggestedColumn });
        return;
      }
      setRefusal(null);
      const sheet = current.columns[0]?.sheet ?? current.sheet;
      const text = outcome.fileName
        ? t(lang, outcome.converted ? "writtenConverted" : "writtenFile", {
            file: outcome.fileName,
          })
        : t(lang, "written", { sheet, letters: letterSpan(outcome.columns, lang) });
      await refresh();
      setNotice(text);
    });
  const onUndo = (): void =>
    void run("undo", async () => {
      setRefusal(null);
      const outcome = await host.undo();
      await refresh();
      if (outcome.undone === "sheet") setNotice(t(lang, "undoneSheet", { sheet: outcome.sheet }));
      else setNotice(t(lang, outcome.undone === "cells" ? "undone" : "nothingToUndo"));
    });
  const onPickLastFile = (current: HostCheck, file: File): void =>
    void run("compare", async () => {
      const picked = { name: file.name, bytes: await file.arrayBuffer() };
      setComparison(await host.compare(current, copyOf(picked), lang));
      lastFile.current = picked;
    });
  const onNextPeriod = (current: HostCheck): void =>
    void run("next", async () => {
      const outcome = await host.nextPeriod?.(current, lang);
      if (!outcome) return;
      if (outcome.status === "noLedger") {
        setNotice(t(lang, "noLedgerWritten"));
        return;
      }
      if (outcome.status === "added") {
        setCanUndo(await host.canUndo());
        const added = outcome.notesKept ? "nextAdded" : "nextAddedWithoutNotes";
        setNotice(t(lang, added, { sheet: outcome.sheet }));
        return;
      }
      const key = outcome.converted ? "nextWrittenConverted" : "nextWritten";
      setNotice(t(lang, key, { file: outcome.fileName }));
    });
  const onApplyFixes = (current: HostCheck, fixes: TotalsFormulaFix[]): void =>
    void run("fixes", async () => {
      await host.applyFixes(current, fixes);
      await refresh();
      setNotice(t(lang, "fixesApplied", { count: fixes.length }));
    });

  const summary = check?.report.summary;
  const worst = !summary
    ? null
    : summary.errors > 0
      ? "danger"
      : summary.warnings > 0
        ? "warning"
        : "informative";
  const isBusy = busy !== null;

  return (
    <div className={styles.layout}>
      <main className={styles.main}>
        <div className={styles.header}>
          <Title3 as="h1">{t(lang, "appTitle")}</Title3>
          <Button disabled={isBusy} onClick={recheck}>
            {t(lang, "recheck")}
          </Button>
        </div>
        {check && (
          <Text size={200} className={styles.summary}>
            {t(lang, "summary", {
              sheet: check.sheet,
              asOf: check.report.asOf,
              items: check.report.items.length,
            })}
          </Text>
        )}
        {busy && <Spinner size={check ? "tiny" : "medium"} label={t(lang, BUSY_LABELS[busy])} />}
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{error.title}</MessageBarTitle>
              {error.body}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {check && summary && (
          <>
            <TabList
              selectedValue={step}
              onTabSelect={(_, data) => setStep(data.value as Step)}
              aria-label={t(lang, "steps")}
            >
              {STEPS.map(({ step: value, label }) => (
                <Tab key={value} value={value}>
                  <span className={styles.tab}>
                    {t(lang, label)}
                    {value === "check" && worst && (
                      <Badge size="small" color={worst}>
                        {check.report.findings.length}
                      </Badge>
                    )}
                    {value === "compare" && comparison && (
                      <Badge size="small" color="informative">
                        {comparison.findings.length}
                      </Badge>
                    )}
                  </span>
                </Tab>
              ))}
            </TabList>
            {/* every step stays mounted, so a half-made correction or a filter survives a switch */}
            <div role="tabpanel" aria-label={t(lang, "stepDetect")} hidden={step !== "detect"}>
              <DetectStep
                check={check}
                lang={lang}
                busy={isBusy}
                overrides={overrides}
                onSheet={onSheet}
                onAsOf={onAsOf}
                onOverrides={onOverrides}
              />
            </div>
            <div role="tabpanel" aria-label={t(lang, "stepCheck")} hidden={step !== "check"}>
              <CheckStep check={check} lang={lang} onShowCell={onShowCell} />
            </div>
            <div role="tabpanel" aria-label={t(lang, "stepProgress")} hidden={step !== "progress"}>
              <ProgressStep
                check={check}
                lang={lang}
                busy={isBusy}
                visible={step === "progress"}
                onAsOf={onAsOf}
              />
            </div>
            <div role="tabpanel" aria-label={t(lang, "stepCompare")} hidden={step !== "compare"}>
              <CompareStep
                sheet={check.sheet}
                lang={lang}
                busy={isBusy}
                comparison={comparison}
                onPick={(file) => onPickLastFile(check, file)}
                onShowCell={onShowCell}
              />
            </div>
            <div role="tabpanel" aria-label={t(lang, "stepWrite")} hidden={step !== "write"}>
              <WriteStep
                check={check}
                lang={lang}
                writesCopy={host.kind === "file"}
                busy={isBusy}
                canUndo={canUndo}
                refusal={refusal}
                startColumn={startColumn}
                onWrite={() => onWrite(check)}
                onUndo={onUndo}
                onStartColumn={onStartColumn}
                onApplyFixes={(fixes) => onApplyFixes(check, fixes)}
                onNextPeriod={host.nextPeriod ? () => onNextPeriod(check) : undefined}
                comparedWith={comparison ? comparison.lastFile : null}
              />
            </div>
          </>
        )}
      </main>
      {aside && <aside className={styles.aside}>{aside}</aside>}
    </div>
  );
}
