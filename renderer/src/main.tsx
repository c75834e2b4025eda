import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { I18nProvider } from './i18n.tsx';
import { DataProvider } from './data/DataProvider.tsx';
import './styles.css';
import { provideGlobalGridOptions } from 'ag-grid-community';
import { styleNonce } from './style-nonce.ts';

// AG Grid's theme <style> tags carry this page load's nonce, so the CSP needs no 'unsafe-inline'.
if (styleNonce) provideGlobalGridOptions({ styleNonce });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <I18nProvider>
        <App />
      </I18nProvider>
    </DataProvider>
  </StrictMode>,
);
