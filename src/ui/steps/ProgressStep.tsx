import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Lang } from "../../core/i18n";
import { STATUS_LABELS } from "../../core/report/labels";
import { PROGRESS_STATUSES, ProgressStatus } from "../../core/progress/status";
import { ReportItem } from "../../core/report/checkReport";
import { HostCheck } from "../host";
import { ReportDateField } from "../ReportDateField";
import { t } from "../strings";

// the charts library is the pane's largest dependency: it loads when the chart is first shown
const StatusChart = React.lazy(() =>
  import(/* webpackChunkName: "charts" */ "../StatusChart.js").then((m) => ({
    default: m.StatusChart,
  }))
);

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  countLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  countValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  chart: { minHeight: "222px" },
  leadColumn: { width: "46%" },
  number: { textAlign: "end" },
  numberHeader: { justifyContent: "flex-end" },
  notable: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  rowColumn: { width: "3.5em" },
  statusColumn: { width: "6.5em" },
  basis: { color: tokens.colorNeutralForeground2, whiteSpace: "normal" },
});

/** Items shown with their judgement: the ones that need action first, then in sheet order. */
const MAX_JUDGED_SHOWN = 100;
const ATTENTION_FIRST: ProgressStatus[] = ["逾期未完成", "滞后", "未启动", "无法判断"];

function judgedItems(items: readonly ReportItem[]): ReportItem[] {
  const rank = (item: ReportItem): number => {
    const place = ATTENTION_FIRST.indexOf(item.status);
    return place < 0 ? ATTENTION_FIRST.length : place;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}

export interface ProgressStepProps {
  check: HostCheck;
  lang: Lang;
  busy: boolean;
  /** Whether the step is on screen: the chart is drawn (and its code loaded) only then. */
  visible: boolean;
  onAsOf: (asOf: string | undefined) => void;
}

/** 进度: items per status (counts and a chart), a table per lead unit, and the report date. */
export function ProgressStep({
  check,
  lang,
  busy,
  visible,
  onAsOf,
}: ProgressStepProps): React.JSX.Element {
  const styles = useStyles();
  const { report } = check;
  const { byStatus, byLead } = report.progress;
  const chartTitle = t(lang, "byStatus");
  return (
    <div className={styles.step}>
      <ReportDateField report={report} lang={lang} disabled={busy} onChange={onAsOf} />
      {report.items.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, "noItems")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <section className={styles.section} aria-label={chartTitle}>
            <Subtitle2>{chartTitle}</Subtitle2>
            <dl className={styles.counts}>
              {PROGRESS_STATUSES.map((status) => (
                <div key={status} className={styles.count}>
                  <dt className={styles.countLabel}>{STATUS_LABELS[status][lang]}</dt>
                  <dd className={styles.countValue}>{byStatus[status]}</dd>
                </div>
              ))}
            </dl>
            <div className={styles.chart} role="figure" aria-label={chartTitle}>
              {visible && (
                <React.Suspense fallback={<Spinner size="small" label={t(lang, "chartLoading")} />}>
                  <StatusChart byStatus={byStatus} lang={lang} title={chartTitle} />
                </React.Suspense>
              )}
            </div>
          </section>
          <section className={styles.section} aria-label={t(lang, "byLead")}>
            <Subtitle2>{t(lang, "byLead")}</Subtitle2>
            <Table size="extra-small" aria-label={t(lang, "byLead")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.leadColumn}>
                    {t(lang, "leadFilter")}
                  </TableHeaderCell>
                  {(["itemsColumn", "behindColumn", "overdueColumn"] as const).map((key) => (
                    <TableHeaderCell key={key} button={{ className: styles.numberHeader }}>
                      {t(lang, key)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {byLead.map((lead) => (
                  <TableRow key={lead.lead}>
                    <TableCell>{lead.lead}</TableCell>
                    <TableCell className={styles.number}>{lead.items}</TableCell>
                    <TableCell
                      className={mergeClasses(styles.number, lead.behind > 0 && styles.notable)}
                    >
                      {lead.behind}
                    </TableCell>
                    <TableCell
                      className={mergeClasses(styles.number, lead.overdue > 0 && styles.notable)}
                    >
                      {lead.overdue}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <JudgedItems items={report.items} lang={lang} />
        </>
      )}
    </div>
  );
}

/** 各事项的判断: every item's status beside what it rests on, those needing action first. */
function JudgedItems({
  items,
  lang,
}: {
  items: readonly ReportItem[];
  lang: Lang;
}): React.JSX.Element {
  const styles = useStyles();
  const shown = judgedItems(items).slice(0, MAX_JUDGED_SHOWN);
  const title = t(lang, "judgedItems");
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2>{title}</Subtitle2>
      <Table size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rowColumn}>{t(lang, "rowColumn")}</TableHeaderCell>
            <TableHeaderCell>{t(lang, "itemColumn")}</TableHeaderCell>
            <TableHeaderCell className={styles.statusColumn}>
              {t(lang, "statusColumn")}
            </TableHeaderCell>
            <TableHeaderCell>{t(lang, "basisColumn")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((item) => (
            <TableRow key={`${item.sheet}!${item.row}`}>
              <TableCell>{item.row}</TableCell>
              <TableCell>{item.name}</TableCell>
              <TableCell
                className={mergeClasses(
                  ATTENTION_FIRST.slice(0, 2).includes(item.status) && styles.notable
                )}
              >
                {STATUS_LABELS[item.status][lang]}
              </TableCell>
              <TableCell className={styles.basis}>{item.basis ?? t(lang, "noBasis")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {items.length > shown.length && (
        <Text size={200}>{t(lang, "moreItems", { count: items.length - shown.length })}</Text>
      )}
    </section>
  );
}
