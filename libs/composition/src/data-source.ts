// Entry for the TypeORM CLI (migration:generate): the full schema of the installation.
import { createDataSource, loadConfig } from '@tradewind/platform';
import { SCHEMAS } from './index';

export default createDataSource(loadConfig().databaseUrl, SCHEMAS);
