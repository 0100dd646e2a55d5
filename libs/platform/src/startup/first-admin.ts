import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { runAsSystem } from '../context/request-context';
import { UsersService } from '../users/users.service';

/** On first start (no users yet), creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. */
export async function ensureFirstAdmin(users: UsersService, config: AppConfig): Promise<void> {
  if (!config.adminEmail || !config.adminPassword) return;
  if ((await users.count()) > 0) return;
  await runAsSystem('first-admin', () =>
    users.create({ email: config.adminEmail!, password: config.adminPassword!, role: 'admin', displayName: 'Administrator' }),
  );
  new Logger('Bootstrap').log(`created the first admin ${config.adminEmail}`);
}
