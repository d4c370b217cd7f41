import * as React from 'react';
import { MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { localIsoDate } from '../core/clock';
import { Lang } from '../core/i18n';
import { buildWorkbookModel } from '../core/model/workbookModel';
import { InspectReport, buildInspectReport } from '../core/report/inspectReport';
import { readWorkbookBytes } from '../hosts/file/readWorkbook';
import { TablesView } from '../ui/TablesView';
import { t } from '../ui/strings';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXL, maxWidth: '960px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function App({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const [report, setReport] = React.useState<InspectReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const open = async (file: File): Promise<void> => {
    setError(null);
    try {
      const workbook = readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      setReport(buildInspectReport(buildWorkbookModel(workbook, { today: localIsoDate(new Date()) })));
    } catch (e) {
      setReport(null);
      setError(`${t(lang, 'readFailed')}「${file.name}」: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main className={styles.root}>
      <Title3>{t(lang, 'appTitle')}</Title3>
      <label>
        {t(lang, 'openFile')}{' '}
        <input type="file" accept=".xlsx,.xls,.csv" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} />
      </label>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {report && <TablesView report={report} lang={lang} />}
    </main>
  );
}
