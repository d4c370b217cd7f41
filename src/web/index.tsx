import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { preferredLang } from '../ui/strings';
import { App } from './App';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={preferredLang(navigator.language)} />
    </FluentProvider>,
  );
}
