import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { preferredLang } from '../ui/strings';
import { App } from './App';

Office.onReady(() => {
  const lang = preferredLang(Office.context.displayLanguage);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
});
