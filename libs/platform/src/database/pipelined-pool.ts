import { EventEmitter } from 'node:events';
import pg from 'pg';
import { StatementCachingClient } from './statement-cache';

/**
 * The application name of the read connections; `pgDriverWithPipelinedReads` recognises their pool by it
 * (TypeORM builds every pool from the same options and only the credentials differ).
 */
export const READS_APPLICATION_NAME = 'tradewind-reads';

/** Connections the read pool shares among all readers: a turn's batch goes to an idle one, so a slow report holds up only its own. */
const DEFAULT_READ_CONNECTIONS = 4;

type QueryResult = pg.QueryResult;

/** What TypeORM uses of a pooled pg client on its read path: query, error events and release. */
interface ReadLease extends EventEmitter {
  query(text: string, values?: unknown[]): Promise<QueryResult>;
  release(err?: Error | boolean): void;
}

interface PipelinedConnection {
  client: StatementCachingClient;
  /** Queries sent and not yet answered: a new turn's batch goes to the connection with the fewest. */
  inFlight: number;
  /** Set once it has failed: no new queries go to it, and it is replaced. */
  broken: boolean;
}

/** The socket of a pg client, to hold a turn's queries back and write them at once. */
function socketOf(client: pg.Client): { cork(): void; uncork(): void; writable: boolean } | undefined {
  return (client as unknown as { connection?: { stream?: { cork(): void; uncork(): void; writable: boolean } } }).connection?.stream;
}

/**
 * The pool TypeORM reads from outside transactions: a few connections in pg's pipeline mode, shared by
 * every reader instead of one connection per query. The queries started in one turn of the event loop
 * (a customer page starts eight at once, and under load other requests add theirs) are written to one connection in one write and answered
 * in one read, where the plain pool sends each on its own connection: one system call and one wake-up of
 * a PostgreSQL backend per query, which on this kind of machine costs more than the lookup itself.
 * Only single statements outside transactions come here (TypeORM's SELECTs in its "slave" mode), so
 * sharing a session is safe: none of them leaves session state behind.
 */
export class PipelinedReadPool extends EventEmitter {
  private readonly connections: PipelinedConnection[] = [];
  private turnConnection: PipelinedConnection | undefined;
  private ended = false;

  constructor(
    private readonly options: pg.ClientConfig,
    private readonly size = DEFAULT_READ_CONNECTIONS,
  ) {
    super();
  }

  /** The pool's interface as TypeORM calls it: `connect(callback)`, or a promise without one. */
  connect(callback?: (err: Error | undefined, client: ReadLease | undefined, release: (err?: Error | boolean) => void) => void): Promise<ReadLease> | void {
    const lease = this.lease();
    if (!callback) return Promise.resolve(lease);
    callback(undefined, lease, lease.release);
  }

  async query(text: string, values?: unknown[]): Promise<QueryResult> {
    return this.send(text, values);
  }

  get totalCount(): number {
    return this.connections.length;
  }

  /** Closes every connection; like pg's pool, with a callback (as TypeORM calls it) or as a promise. */
  end(callback?: (err?: Error) => void): Promise<void> {
    this.ended = true;
    const closing = Promise.all(this.connections.splice(0).map((c) => c.client.end().catch(() => undefined))).then(() => undefined);
    if (callback) void closing.then(() => callback());
    return closing;
  }

  private lease(): ReadLease {
    const lease = new EventEmitter() as ReadLease;
    lease.query = (text, values) => this.send(text, values);
    // Nothing to give back: the connections stay shared.
    lease.release = () => undefined;
    return lease;
  }

  private async send(text: string, values?: unknown[]): Promise<QueryResult> {
    if (this.ended) throw new Error('The read pool has been closed');
    const connection = this.connectionForThisTurn();
    connection.inFlight += 1;
    try {
      return await connection.client.query(text, values);
    } finally {
      connection.inFlight -= 1;
    }
  }

  /**
   * The connection the queries of this turn of the event loop share; its socket is corked until the
   * turn ends (setImmediate, not the end of the tick), so under load the queries of every request that ran in
   * this turn go out in one write: a CPU profile of the customer list benchmark put 9% of the API's
   * time in these writes (writev), each also waking a PostgreSQL backend.
   */
  private connectionForThisTurn(): PipelinedConnection {
    const current = this.turnConnection;
    if (current && !current.broken) return current;
    const connection = this.leastBusy();
    this.turnConnection = connection;
    const socket = socketOf(connection.client);
    const corked = socket?.writable === true;
    if (corked) socket!.cork();
    setImmediate(() => {
      this.turnConnection = undefined;
      if (corked) socket!.uncork();
    });
    return connection;
  }

  private leastBusy(): PipelinedConnection {
    for (let i = this.connections.length - 1; i >= 0; i -= 1) if (this.connections[i].broken) this.connections.splice(i, 1);
    const idle = this.connections.find((c) => c.inFlight === 0);
    if (idle) return idle;
    if (this.connections.length < this.size) return this.open();
    return this.connections.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  private open(): PipelinedConnection {
    const client = new StatementCachingClient({ ...this.options, pipeline: true } as pg.ClientConfig);
    const connection: PipelinedConnection = { client, inFlight: 0, broken: false };
    const fail = (err: Error) => {
      connection.broken = true;
      // A pool without an error listener would crash the process, as pg's own pool would.
      if (this.listenerCount('error') > 0) this.emit('error', err, client);
    };
    client.on('error', fail);
    client.on('end', () => (connection.broken = true));
    // Queries sent before the connection is up wait in pg's queue; a failed connect fails them.
    client.connect().catch(fail);
    this.connections.push(connection);
    return connection;
  }
}

/**
 * The `pg` module as TypeORM's `driver` option: the same module, except that the pool of the read
 * connections (named READS_APPLICATION_NAME) is a PipelinedReadPool.
 */
export function pgDriverWithPipelinedReads(readConnections?: number): typeof pg {
  function Pool(options: pg.PoolConfig): pg.Pool | PipelinedReadPool {
    if (options.application_name === READS_APPLICATION_NAME) return new PipelinedReadPool(options, readConnections);
    return new pg.Pool(options);
  }
  return Object.assign(Object.create(pg) as typeof pg, { Pool });
}
