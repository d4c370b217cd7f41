import * as React from "react";
import {
  Badge,
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableOverride } from "../../core/detect/overrides";
import { ALL_ROLES, Role } from "../../core/detect/roles";
import { columnIndex } from "../../core/grid";
import { Lang } from "../../core/i18n";
import { TableSummary } from "../../core/report/tableSummary";
import { ROLE_LABELS, TABLE_KIND_LABELS } from "../../core/report/labels";
import { describeColumns, describeRelations } from "../describe";
import { HostCheck, TableColumnSummary } from "../host";
import { ReportDateField } from "../ReportDateField";
import { t } from "../strings";

/** The option that says the table has no column of a role. */
const NO_COLUMN = "-";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
  dropdown: { minWidth: "0", width: "100%" },
  roleCell: { whiteSpace: "nowrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  evidenceHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  evidence: { display: "block", color: tokens.colorNeutralForeground3 },
});

function rows(lang: Lang, [from, to]: [number, number]): string {
  return from === to ? t(lang, "row", { row: from }) : t(lang, "rows", { from, to });
}

/** The saved correction that applies to a table, as the engine picks it (overrideFor). */
function savedOverride(
  table: TableSummary,
  overrides: readonly TableOverride[]
): TableOverride | undefined {
  return overrides.find(
    (o) =>
      o.sheet === table.sheet && (o.headerRow === undefined || o.headerRow === table.headerRows[0])
  );
}

type RoleDraft = Partial<Record<Role, string | null>>;

interface TableProps {
  index: number;
  table: TableSummary;
  columns: TableColumnSummary[];
  /** Another table shares the sheet: corrections then name the header row. */
  sharesSheet: boolean;
  overrides: TableOverride[];
  lang: Lang;
  busy: boolean;
  onOverrides: (overrides: TableOverride[], change: "saved" | "reset") => void;
}

/** One detected table: its rows and counts, and its columns' roles, which the user can correct. */
function DetectedTable({
  index,
  table,
  columns,
  sharesSheet,
  overrides,
  lang,
  busy,
  onOverrides,
}: TableProps): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<RoleDraft>({});
  const [added, setAdded] = React.useState<Role[]>([]);
  const saved = savedOverride(table, overrides);
  const current = (role: Role): string | null =>
    role in draft ? (draft[role] ?? null) : (table.columns[role] ?? null);
  // rows stay in the sheet's column order while the user edits them
  const detectedAt = (role: Role): number => {
    const letter = table.columns[role];
    return letter === undefined ? Number.MAX_SAFE_INTEGER : columnIndex(letter);
  };
  const roles = ALL_ROLES.filter(
    (role) =>
      table.columns[role] !== undefined ||
      role in draft ||
      (saved !== undefined && role in saved.roles) ||
      added.includes(role)
  ).sort((a, b) => detectedAt(a) - detectedAt(b));
  const addable = ALL_ROLES.filter((role) => !roles.includes(role));
  const optionText = (letter: string): string => {
    const column = columns.find((c) => c.column === letter);
    return column && column.header !== "" ? `${letter} · ${column.header}` : letter;
  };
  const letters = columns.map((c) => c.column);
  const edited = Object.keys(draft).length > 0;

  // kept in storage the user can edit: anything but a list switches nothing off
  const relationsOff = Array.isArray(saved?.relationsOff) ? saved.relationsOff : [];

  /** Saves the table's correction in place of the one saved; one that corrects nothing is dropped. */
  const store = (roles: RoleDraft, off: string[]): void => {
    const others = overrides.filter((o) => o !== saved);
    if (Object.keys(roles).length === 0 && off.length === 0) {
      onOverrides(others, "saved");
      return;
    }
    // a lone table's correction names no header row: it still applies after rows are added above
    const correction: TableOverride = sharesSheet
      ? { sheet: table.sheet, headerRow: table.headerRows[0], roles }
      : { sheet: table.sheet, roles };
    if (off.length > 0) correction.relationsOff = off;
    onOverrides([...others, correction], "saved");
  };
  const save = (): void => {
    setDraft({});
    setAdded([]);
    store({ ...saved?.roles, ...draft }, relationsOff);
  };
  const switchRelation = (id: string, on: boolean): void => {
    const others = relationsOff.filter((r) => r !== id);
    store({ ...saved?.roles }, on ? others : [...others, id]);
  };
  const discard = (): void => {
    setDraft({});
    setAdded([]);
  };

  const described = describeColumns(table.evidence, table.relations, lang);
  const relations = describeRelations(table.relations, relationsOff, lang);
  const funding = Object.entries(table.fundingColumns)
    .map(([header, letter]) => `${header} ${letter}`)
    .join(lang === "zh" ? "、" : ", ");

  return (
    <section className={styles.table} aria-label={table.title ?? table.sheet}>
      <div className={styles.heading}>
        <Subtitle2>
          {t(lang, "tableHeading", { n: index + 1, title: table.title ?? table.sheet })}
        </Subtitle2>
        <Badge appearance="tint">{TABLE_KIND_LABELS[table.kind][lang]}</Badge>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t(lang, "headerRows")}</dt>
        <dd className={styles.detail}>{rows(lang, table.headerRows)}</dd>
        <dt className={styles.term}>{t(lang, "dataRows")}</dt>
        <dd className={styles.detail}>{rows(lang, table.dataRows)}</dd>
        <dt className={styles.term}>{t(lang, "totalsRow")}</dt>
        <dd className={styles.detail}>
          {table.totalsRow === null ? t(lang, "none") : t(lang, "row", { row: table.totalsRow })}
        </dd>
        <dt className={styles.term}>{t(lang, "items")}</dt>
        <dd className={styles.detail}>{table.items}</dd>
        <dt className={styles.term}>{t(lang, "groups")}</dt>
        <dd className={styles.detail}>{table.groups}</dd>
        {funding !== "" && (
          <>
            <dt className={styles.term}>{t(lang, "fundingColumns")}</dt>
            <dd className={styles.detail}>{funding}</dd>
          </>
        )}
      </dl>
      <Text size={200}>{t(lang, "correctionsHint")}</Text>
      <Table size="extra-small" aria-label={t(lang, "columns")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(lang, "role")}</TableHeaderCell>
            <TableHeaderCell>{t(lang, "column")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roles.map((role) => {
            const letter = current(role);
            const options =
              letter !== null && !letters.includes(letter) ? [...letters, letter] : letters;
            // a role set to no column shows so; a role just added shows the placeholder
            const cleared = role in draft || (saved !== undefined && role in saved.roles);
            const shown = letter !== null ? optionText(letter) : cleared ? t(lang, "noColumn") : "";
            return (
              <TableRow key={role}>
                <TableCell className={styles.roleCell}>
                  {ROLE_LABELS[role][lang]}{" "}
                  {saved !== undefined && role in saved.roles && (
                    <Badge size="small" appearance="outline" color="brand">
                      {t(lang, "corrected")}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>
                  <Dropdown
                    size="small"
                    className={styles.dropdown}
                    aria-label={ROLE_LABELS[role][lang]}
                    disabled={busy}
                    placeholder={t(lang, "chooseColumn")}
                    value={shown}
                    selectedOptions={letter === null ? [] : [letter]}
                    onOptionSelect={(_, data) =>
                      setDraft({
                        ...draft,
                        [role]: data.optionValue === NO_COLUMN ? null : (data.optionValue ?? null),
                      })
                    }
                  >
                    <Option value={NO_COLUMN}>{t(lang, "noColumn")}</Option>
                    {options.map((option) => (
                      <Option key={option} value={option}>
                        {optionText(option)}
                      </Option>
                    ))}
                  </Dropdown>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {addable.length > 0 && (
        <Dropdown
          size="small"
          aria-label={t(lang, "addRole")}
          placeholder={t(lang, "addRole")}
          disabled={busy}
          value=""
          selectedOptions={[]}
          onOptionSelect={(_, data) => {
            const role = addable.find((r) => r === data.optionValue);
            if (role) setAdded([...added, role]);
          }}
        >
          {addable.map((role) => (
            <Option key={role} value={role}>
              {ROLE_LABELS[role][lang]}
            </Option>
          ))}
        </Dropdown>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !edited} onClick={save}>
          {t(lang, "saveCorrections")}
        </Button>
        {edited && (
          <Button disabled={busy} onClick={discard}>
            {t(lang, "discardCorrections")}
          </Button>
        )}
        {saved !== undefined && !edited && (
          <Button
            disabled={busy}
            onClick={() =>
              onOverrides(
                overrides.filter((o) => o !== saved),
                "reset"
              )
            }
          >
            {t(lang, "resetCorrections")}
          </Button>
        )}
      </div>
      {relations.length > 0 && (
        <div className={styles.part}>
          <Text weight="semibold">{t(lang, "relationsTitle")}</Text>
          <Text size={200}>{t(lang, "relationsHint")}</Text>
          <ul className={styles.list} aria-label={t(lang, "relationsTitle")}>
            {relations.map((relation) => (
              <li key={relation.id}>
                <Switch
                  checked={relation.on}
                  disabled={busy}
                  label={relation.text}
                  onChange={(_, data) => switchRelation(relation.id, data.checked)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      {described.length > 0 && (
        <div className={styles.part}>
          <Text weight="semibold">{t(lang, "evidenceTitle")}</Text>
          <Text size={200}>{t(lang, "evidenceHint")}</Text>
          <ul className={styles.list} aria-label={t(lang, "evidenceTitle")}>
            {described.map((column) => (
              <li key={column.column}>
                <div className={styles.evidenceHead}>
                  <Text size={200} weight="semibold">
                    {column.label}
                  </Text>
                  <Badge size="small" appearance="outline" color="informative">
                    {column.confidence}
                  </Badge>
                </div>
                <Text size={200} className={styles.evidence}>
                  {column.evidence}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export interface DetectStepProps {
  check: HostCheck;
  lang: Lang;
  busy: boolean;
  overrides: TableOverride[];
  onSheet: (sheet: string) => void;
  onAsOf: (asOf: string | undefined) => void;
  onOverrides: (overrides: TableOverride[], change: "saved" | "reset") => void;
}

/** 识别: the sheet, the report date, the tables found and what each column means. */
export function DetectStep({
  check,
  lang,
  busy,
  overrides,
  onSheet,
  onAsOf,
  onOverrides,
}: DetectStepProps): React.JSX.Element {
  const styles = useStyles();
  const { report } = check;
  return (
    <div className={styles.step}>
      {check.sheets.length > 1 && (
        <Field label={t(lang, "sheet")}>
          <Dropdown
            value={check.sheet}
            selectedOptions={[check.sheet]}
            disabled={busy}
            onOptionSelect={(_, data) => {
              if (data.optionValue && data.optionValue !== check.sheet) onSheet(data.optionValue);
            }}
          >
            {check.sheets.map((sheet) => (
              <Option key={sheet} value={sheet}>
                {sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <ReportDateField report={report} lang={lang} disabled={busy} onChange={onAsOf} />
      {report.tables.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, "noTables", { sheet: check.sheet })}</MessageBarBody>
        </MessageBar>
      ) : (
        report.tables.map((table, i) => (
          <DetectedTable
            key={`${table.sheet}\u0000${table.headerRows[0]}`}
            index={i}
            table={table}
            columns={check.tableColumns[i] ?? []}
            sharesSheet={report.tables.filter((x) => x.sheet === table.sheet).length > 1}
            overrides={overrides}
            lang={lang}
            busy={busy}
            onOverrides={onOverrides}
          />
        ))
      )}
    </div>
  );
}
