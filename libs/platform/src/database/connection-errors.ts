/** Turns a connection failure into one line with the address tried and how to start the service. */
export function describeConnectionFailure(service: 'PostgreSQL' | 'Redis', url: string, error: unknown): string {
  const safeUrl = redactPassword(url);
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (service === 'PostgreSQL' && code === '3D000') {
    return `PostgreSQL database in ${safeUrl} does not exist: run "pnpm cli db:migrate" to create it.`;
  }
  const start =
    service === 'PostgreSQL'
      ? 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'
      : 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no';
  const compose = service === 'PostgreSQL' ? 'postgres' : 'redis';
  return `Cannot reach ${service} at ${safeUrl} (${code ?? message}). Start it with: ${start}  — or: docker compose -f docker/compose.yaml up -d ${compose}`;
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
