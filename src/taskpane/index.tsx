import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { LedgerApp } from "../ui/LedgerApp";
import { preferredLang, t } from "../ui/strings";
import { createExcelHost } from "./excelHost";

function render(content: React.JSX.Element): void {
  const container = document.getElementById("root");
  if (container)
    createRoot(container).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

/** Opened outside Excel (office.js missing, or another host): say where the pane belongs. */
function renderOutsideExcel(locale: string | undefined): void {
  render(
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t(preferredLang(locale), "officeMissing")}</MessageBarBody>
    </MessageBar>
  );
}

if (typeof Office === "undefined") {
  renderOutsideExcel(navigator.language);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      renderOutsideExcel(navigator.language);
      return;
    }
    const lang = preferredLang(Office.context.displayLanguage);
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    render(<LedgerApp host={createExcelHost()} lang={lang} />);
  });
}
