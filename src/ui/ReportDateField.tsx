import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Lang } from "../core/i18n";
import { CheckReport } from "../core/report/checkReport";
import { t } from "./strings";

/** Typing a date changes it a part at a time: the check runs once the user has paused. */
const SETTLE_MS = 600;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A whole date of this era: what a date input holds while its year is half typed is not. */
function isUsableDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2099 && !Number.isNaN(Date.parse(value));
}

function sourceText(report: CheckReport, lang: Lang): string {
  switch (report.asOfSource) {
    case "title":
      return t(lang, "asOfTitle", { from: report.asOfFrom ?? "" });
    case "today":
      return t(lang, "asOfToday");
    case "flag":
      return t(lang, "asOfChosen");
  }
}

/**
 * The report date the check used, where it came from, and a date picker: a new date checks again
 * (`undefined` goes back to the date the sheet gives).
 */
export function ReportDateField({
  report,
  lang,
  disabled,
  onChange,
}: {
  report: CheckReport;
  lang: Lang;
  disabled: boolean;
  onChange: (asOf: string | undefined) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(report.asOf);
  React.useEffect(() => setDraft(report.asOf), [report.asOf]);
  React.useEffect(() => {
    if (draft === report.asOf || !isUsableDate(draft)) return undefined;
    const timer = setTimeout(() => onChange(draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, report.asOf, onChange]);
  return (
    <Field label={t(lang, "reportDate")} hint={sourceText(report, lang)}>
      <div className={styles.row}>
        <Input
          type="date"
          value={draft}
          disabled={disabled}
          onChange={(_, data) => setDraft(data.value)}
        />
        {report.asOfSource === "flag" && (
          <Button appearance="subtle" disabled={disabled} onClick={() => onChange(undefined)}>
            {t(lang, "asOfAuto")}
          </Button>
        )}
      </div>
    </Field>
  );
}
