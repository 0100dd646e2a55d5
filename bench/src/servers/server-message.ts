/** What a child server tells the bench once it accepts connections. */
export interface ListeningMessage {
  kind: 'listening';
  port: number;
}

export function isListeningMessage(message: unknown): message is ListeningMessage {
  return typeof message === 'object' && message !== null && (message as ListeningMessage).kind === 'listening';
}

/** Called by a child server: reports its port, and exits if the bench dies so no server outlives it. */
export function announceListening(port: number): void {
  process.on('disconnect', () => process.exit(0));
  process.send?.({ kind: 'listening', port } satisfies ListeningMessage);
}
