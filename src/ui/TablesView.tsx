import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../core/i18n';
import { Role } from '../core/detect/roles';
import { ROLE_LABELS, TABLE_KIND_LABELS } from '../core/report/labels';
import { InspectReport } from '../core/report/inspectReport';
import { t } from './strings';

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalL },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

function span([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The tables Taizhang found: rows, counts and what each column means. */
export function TablesView({ report, lang }: { report: InspectReport; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  if (report.tables.length === 0) return <Text>{t(lang, 'noTables')}</Text>;
  return (
    <div>
      <Text block>
        {t(lang, 'asOf')}: {report.asOf}
      </Text>
      {report.tables.map((table, i) => (
        <section key={`${table.sheet}-${table.headerRows[0]}`} className={styles.table}>
          <Text weight="semibold" size={400} className={styles.heading}>
            {t(lang, 'table')} {i + 1}: {table.title ?? table.sheet} · {TABLE_KIND_LABELS[table.kind][lang]}
          </Text>
          <div className={styles.facts}>
            <Text>{t(lang, 'sheet')}</Text>
            <Text>{table.sheet}</Text>
            <Text>{t(lang, 'headerRows')}</Text>
            <Text>{span(table.headerRows)}</Text>
            <Text>{t(lang, 'dataRows')}</Text>
            <Text>{span(table.dataRows)}</Text>
            <Text>{t(lang, 'totalsRow')}</Text>
            <Text>{table.totalsRow ?? t(lang, 'none')}</Text>
            <Text>{t(lang, 'items')}</Text>
            <Text>{table.items}</Text>
            <Text>{t(lang, 'groups')}</Text>
            <Text>{table.groups}</Text>
          </div>
          <Table size="extra-small" aria-label={t(lang, 'columns')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(lang, 'role')}</TableHeaderCell>
                <TableHeaderCell>{t(lang, 'column')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(Object.entries(table.columns) as [Role, string][]).map(([role, letter]) => (
                <TableRow key={role}>
                  <TableCell>{ROLE_LABELS[role][lang]}</TableCell>
                  <TableCell>{letter}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
