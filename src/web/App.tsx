import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle1,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DismissRegular,
  DocumentTableRegular,
  FolderOpenRegular,
} from "@fluentui/react-icons";
import { Lang } from "../core/i18n";
import { ReportFinding } from "../core/report/checkReport";
import { HostError } from "../ui/host";
import { LedgerApp } from "../ui/LedgerApp";
import { EngineClient, EngineMode, createEngineClient } from "./engineClient";
import { AnnotatedCopy, FileHost, FileHostView, OverrideStore } from "./fileHost";
import { GridPreview, PreviewFocus } from "./GridPreview";
import { PreviewSheet } from "./protocol";
import { w } from "./strings";

const ACCEPT = ".xlsx,.xlsm,.xls,.csv";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  fileName: { color: tokens.colorNeutralForeground2 },
  push: { marginLeft: "auto" },
  welcome: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingVerticalL,
    minHeight: "50vh",
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  welcomeButtons: { display: "flex", gap: tokens.spacingHorizontalM },
  drop: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorBackgroundOverlay,
    pointerEvents: "none",
  },
  dropLabel: {
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hidden: { display: "none" },
});

interface Session {
  id: number;
  fileName: string;
  host: FileHost;
}

interface Failure {
  title: string;
  body: string;
}

/** The storage for role corrections, where the browser allows one (some refuse it to file:// pages). */
function overrideStore(): OverrideStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function explanation(error: unknown, file: string, lang: Lang): string {
  if (error instanceof HostError) return error.explanation[lang];
  return w(lang, "failed", {
    file,
    reason: error instanceof Error ? error.message : String(error),
  });
}

/**
 * The offline web page: open a ledger (button, drop, or the example), go through the steps
 * beside a preview of the sheet, and download the annotated copy. The engine runs in a worker that
 * starts with the first file, so the page's first load carries no spreadsheet code.
 */
export function App({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const engine = React.useRef<EngineClient | null>(null);
  /** The open file's host: its download URL is let go when another file replaces it. */
  const current = React.useRef<FileHost | null>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const [session, setSession] = React.useState<Session | null>(null);
  const [opening, setOpening] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<Failure | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [findings, setFindings] = React.useState<readonly ReportFinding[]>([]);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [preview, setPreview] = React.useState<PreviewSheet | null>(null);
  const [focus, setFocus] = React.useState<PreviewFocus | null>(null);
  const [copy, setCopy] = React.useState<AnnotatedCopy | null>(null);
  const [mode, setMode] = React.useState<EngineMode | null>(null);

  const view = React.useMemo<FileHostView>(
    () => ({
      showCheck: (check) => {
        setFindings(check.report.findings);
        setSheets(check.sheets);
      },
      showSheet: setPreview,
      focusCell: (sheet, cell) => setFocus((last) => ({ sheet, cell, seq: (last?.seq ?? 0) + 1 })),
      offerCopy: setCopy,
      download: ({ url, fileName }) => {
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        link.click();
      },
    }),
    []
  );

  const open = React.useCallback(
    async (name: string, read: () => Promise<ArrayBuffer>): Promise<void> => {
      const title = w(lang, "openFailed");
      setFailure(null);
      setOpening(name);
      try {
        if (!engine.current) {
          engine.current = createEngineClient();
          void engine.current.mode.then(setMode);
        }
        const bytes = await read();
        const host = await FileHost.open(engine.current, { name, bytes }, view, overrideStore());
        current.current?.dispose();
        current.current = host;
        setSession((last) => ({ id: (last?.id ?? 0) + 1, fileName: name, host }));
        setFindings([]);
        setSheets([]);
        setPreview(null);
        setFocus(null);
        setCopy(null);
      } catch (error) {
        setFailure({ title, body: explanation(error, name, lang) });
      } finally {
        setOpening(null);
      }
    },
    [lang, view]
  );

  const openFile = React.useCallback(
    (file: File) => void open(file.name, () => file.arrayBuffer()),
    [open]
  );

  const openExample = (): void => {
    void (async () => {
      let example: typeof import("./example.js");
      try {
        example = await import(/* webpackChunkName: "example" */ "./example.js");
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setFailure({ title: w(lang, "openFailed"), body: w(lang, "exampleFailed", { reason }) });
        return;
      }
      await open(example.EXAMPLE_NAME, async () => example.exampleBytes());
    })();
  };

  // a file dropped anywhere on the page opens (rather than the browser navigating to it)
  React.useEffect(() => {
    const over = (event: DragEvent): void => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [openFile]);

  const buttons = (
    <>
      <Button
        appearance={session ? "secondary" : "primary"}
        icon={<FolderOpenRegular />}
        onClick={() => input.current?.click()}
        disabled={opening !== null}
      >
        {w(lang, "openFile")}
      </Button>
      <Button icon={<DocumentTableRegular />} onClick={openExample} disabled={opening !== null}>
        {w(lang, "openExample")}
      </Button>
    </>
  );

  const aside =
    session && preview ? (
      <GridPreview
        sheet={preview}
        sheets={sheets}
        findings={findings}
        focus={focus}
        onSelectSheet={(name) => void session.host.showSheet(name)}
        lang={lang}
      />
    ) : undefined;

  return (
    <main className={styles.root} data-engine={mode ?? undefined}>
      <header className={styles.bar}>
        {session && buttons}
        {session && (
          <Text className={styles.fileName}>
            {w(lang, "openedFile", { file: session.fileName })}
          </Text>
        )}
        {copy && (
          <Button
            as="a"
            className={styles.push}
            appearance="primary"
            icon={<ArrowDownloadRegular />}
            href={copy.url}
            download={copy.fileName}
            title={copy.fileName}
          >
            {w(lang, "download")}
          </Button>
        )}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // cleared, so choosing the same file again (after editing it) opens it again
            event.target.value = "";
            if (file) openFile(file);
          }}
        />
      </header>
      {opening !== null && (
        <ProgressBar aria-label={w(lang, "opening", { file: opening })} thickness="large" />
      )}
      {opening !== null && <Caption1>{w(lang, "opening", { file: opening })}</Caption1>}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={w(lang, "dismiss")}
                icon={<DismissRegular />}
                onClick={() => setFailure(null)}
              />
            }
          />
        </MessageBar>
      )}
      {session ? (
        <LedgerApp key={session.id} host={session.host} lang={lang} aside={aside} />
      ) : (
        <section className={styles.welcome}>
          <Title2 as="h1">{w(lang, "pageTitle")}</Title2>
          <Body1>{w(lang, "welcome")}</Body1>
          <div className={styles.welcomeButtons}>{buttons}</div>
          <Caption1>{w(lang, "privacy")}</Caption1>
        </section>
      )}
      {dragging && (
        <div className={styles.drop}>
          <Subtitle1 className={styles.dropLabel}>{w(lang, "dropNow")}</Subtitle1>
        </div>
      )}
    </main>
  );
}
