import './zod-config.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app-routes.tsx'
import { AppServicesProvider } from './app-context.tsx'
import { ToursProvider } from '../storage/tours-context.tsx'
import { embeddedDataset } from '../data/embedded-dataset.ts'
import { createCoreClient } from '../worker/core-client.ts'
import { createI18n, initialLanguage, rememberLanguage } from '../i18n/i18n.ts'
import { vietnamToday } from '../../core/index.ts'
import './app.css'

const language = initialLanguage(window.location.search)
rememberLanguage(language)
const services = { dataset: embeddedDataset, core: createCoreClient(embeddedDataset), today: vietnamToday(Date.now()) }

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n(language)}>
      <BrowserRouter>
        <AppServicesProvider services={services}>
          <ToursProvider>
            <AppRoutes />
          </ToursProvider>
        </AppServicesProvider>
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>,
)
