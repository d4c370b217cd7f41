import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { preferredLang } from "../ui/strings";
import { App } from "./App";
import { w } from "./strings";

const lang = preferredLang(navigator.language);
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
document.title = w(lang, "pageTitle");
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>
  );
}
