import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import { PrintModeProvider } from '../shared/print/PrintModeProvider';
import { SessionProvider } from '../shared/session/SessionProvider';
import { AppRoutes } from './AppRoutes';

export function App() {
  return (
    <I18nProvider>
      <PrintModeProvider>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </PrintModeProvider>
    </I18nProvider>
  );
}
