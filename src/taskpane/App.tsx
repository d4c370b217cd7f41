import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { localIsoDate } from '../core/clock';
import { Lang } from '../core/i18n';
import { buildWorkbookModel } from '../core/model/workbookModel';
import { InspectReport, buildInspectReport } from '../core/report/inspectReport';
import { readSnapshot } from '../hosts/office/readSheet';
import { TablesView } from '../ui/TablesView';
import { t } from '../ui/strings';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function App({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [report, setReport] = React.useState<InspectReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const detect = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { grid } = await Excel.run((context) => readSnapshot(context));
      const model = buildWorkbookModel({ name: grid.name, sheets: [grid] }, { today: localIsoDate(new Date()) });
      setReport(buildInspectReport(model));
    } catch (e) {
      setError(`${t(lang, 'readFailed')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={styles.root}>
      <Title3>{t(lang, 'appTitle')}</Title3>
      <Button appearance="primary" onClick={() => void detect()} disabled={busy}>
        {t(lang, 'detectActive')}
      </Button>
      {busy && <Spinner label={t(lang, 'detecting')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {report && <TablesView report={report} lang={lang} />}
    </main>
  );
}
