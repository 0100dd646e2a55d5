import { AppConfig, loadConfigOrExit } from '@tradewind/platform';

let config: AppConfig | undefined;

export function cliConfig(): AppConfig {
  config ??= loadConfigOrExit();
  return config;
}
