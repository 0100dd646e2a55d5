import { ApolloProvider } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './apollo/apolloClient';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { router } from './router';
import { theme } from './theme';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

const apolloClient = createApolloClient();

export function App() {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme}>
      <AntApp>
        <ErrorBoundary>
          <ApolloProvider client={apolloClient}>
            <RouterProvider router={router} />
          </ApolloProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
