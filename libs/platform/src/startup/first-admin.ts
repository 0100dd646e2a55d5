import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { runAsSystem } from '../context/request-context';
import { UsersService } from '../users/users.service';

/** On first start (no users yet), creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. */
export async function ensureFirstAdmin(users: UsersService, config: AppConfig): Promise<void> {
  if (!config.adminEmail || !config.adminPassword) return;
  if ((await users.count()) > 0) return;
  try {
    await runAsSystem('first-admin', () =>
      users.create({ email: config.adminEmail!, password: config.adminPassword!, role: 'admin', displayName: 'Administrator' }),
    );
  } catch (error) {
    // Several API processes start at once (API_PROCESSES): the one that lost the race finds the admin there.
    if ((await users.count()) > 0) return;
    throw error;
  }
  new Logger('Bootstrap').log(`created the first admin ${config.adminEmail}`);
}
