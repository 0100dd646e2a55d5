import type { ApolloError } from '@apollo/client';
import { Alert, Button, Result, Skeleton, Space } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { problemText, serverProblem } from './serverProblem';

/** Above a list whose query failed: what failed, and the server's reason in the user's words. */
export function LoadFailedAlert({ title, error, style }: { title: string; error: ApolloError; style?: CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      message={title}
      description={problemText(serverProblem(error), t)}
      style={{ marginBottom: 16, ...style }}
    />
  );
}

/**
 * In place of a record page (customer, order, quotation, shipment) that could not be loaded: "not
 * found" for a record the user may not or cannot see, otherwise the reason, with retry and a way back
 * to the list.
 */
interface RecordLoadFailedProps {
  error: ApolloError;
  notFoundTitle: string;
  loadFailedTitle: string;
  onRetry: () => void;
  backTo: string;
  backLabel: string;
}

export function RecordLoadFailed(props: RecordLoadFailedProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problem = serverProblem(props.error);
  // An address whose id is not even an id (a mistyped or truncated link) names no record either.
  const badId = problem.code === 'BAD_USER_INPUT' && problem.fields.some((field) => field.path === 'id');
  const notFound = problem.code === 'NOT_FOUND' || badId;
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? props.notFoundTitle : props.loadFailedTitle}
      subTitle={notFound ? undefined : problemText(problem, t)}
      extra={
        <Space>
          {!notFound && <Button onClick={props.onRetry}>{t('common.retry')}</Button>}
          <Button type="primary" onClick={() => void navigate(props.backTo)}>
            {props.backLabel}
          </Button>
        </Space>
      }
    />
  );
}

/**
 * What a record page shows while it has no record: a skeleton as long as the query runs, and
 * RecordLoadFailed once it has failed.
 */
export function RecordPending({ error, skeletonRows = 12, ...failed }: Omit<RecordLoadFailedProps, 'error'> & { error?: ApolloError; skeletonRows?: number }) {
  if (!error) return <Skeleton active paragraph={{ rows: skeletonRows }} />;
  return <RecordLoadFailed error={error} {...failed} />;
}
