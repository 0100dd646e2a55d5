import { FileAddOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, App, Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { DocumentList } from '../shared/DocumentList';
import { DOCUMENT_LANGUAGES, ORDER_DOCUMENT_KINDS, type DocumentKind, type DocumentLanguage } from '../shared/labels';
import { GenerateOrderDocumentMutation } from './order.graphql';
import { evictOrderTimeline } from '../shared/cache';
import { NewestOnlyNote } from '../shared/NewestOnlyNote';

type LanguageChoice = DocumentLanguage | 'buyer';

/** The PI, sales contract and commercial invoice: generate (a new version only when the order changed), preview, download. */
export function DocumentsTab({ orderId, documents, total }: { orderId: string; documents: readonly DocumentFieldsFragment[]; total: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<DocumentKind>('proforma_invoice');
  const [language, setLanguage] = useState<LanguageChoice>('buyer');
  const [failure, setFailure] = useState<string | null>(null);
  const [generate, { loading }] = useMutation(GenerateOrderDocumentMutation, {
    refetchQueries: ['OrderDetail'],
    awaitRefetchQueries: true,
    update: (cache) => evictOrderTimeline(cache, orderId),
  });

  const run = async (): Promise<void> => {
    setFailure(null);
    try {
      const { data } = await generate({ variables: { orderId, kind, language: language === 'buyer' ? undefined : language } });
      if (data) {
        const document = data.generateOrderDocument;
        void message.success(
          t('documents.generatedVersion', { kind: t(`documents.kinds.${kind}`), version: document.version, number: document.number }),
        );
      }
    } catch (error) {
      setFailure(problemText(serverProblem(error), t));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Flex wrap gap={8} align="center">
        <Select<DocumentKind>
          value={kind}
          onChange={setKind}
          aria-label={t('documents.kind')}
          options={ORDER_DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
          style={{ width: 180 }}
        />
        <Select<LanguageChoice>
          value={language}
          onChange={setLanguage}
          aria-label={t('documents.language')}
          options={[
            { value: 'buyer', label: t('documents.buyerLanguage') },
            ...DOCUMENT_LANGUAGES.map((value) => ({ value, label: t(`documents.languages.${value}`) })),
          ]}
          style={{ width: 160 }}
        />
        <Button type="primary" icon={<FileAddOutlined />} loading={loading} onClick={() => void run()}>
          {t('documents.generate')}
        </Button>
        <Typography.Text type="secondary">{t('documents.versionHint')}</Typography.Text>
      </Flex>
      {failure && <Alert type="error" showIcon message={failure} />}
      <DocumentList documents={documents} />
      <NewestOnlyNote shown={documents.length} total={total} rest="timeline" />
    </Space>
  );
}
