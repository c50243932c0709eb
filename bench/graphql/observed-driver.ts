import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** Called with every statement a transaction of the driver runs. */
export type StatementObserver = (text: string, parameters: unknown) => void;

/**
 * A driver that reports each statement its sessions run, in managed transactions or auto-commit,
 * for whichever library uses it: claimgraph's Database reads with `session.run`, @neo4j/graphql's
 * executor with `session.executeRead`.
 */
export function observedDriver(driver: Driver, observe: StatementObserver): Driver {
  return new Proxy(driver, {
    get: (target, property) => {
      if (property === 'session') return (...args: Parameters<Driver['session']>) => observedSession(target.session(...args), observe);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function observedSession(session: Session, observe: StatementObserver): Session {
  const observed = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (target, property) => {
        if (property !== 'run') return Reflect.get(target, property, target);
        return (...args: Parameters<ManagedTransaction['run']>) => {
          observe(String(args[0]), args[1]);
          return target.run(...args);
        };
      },
    });
  return new Proxy(session, {
    get: (target, property) => {
      if (property === 'run') {
        return (...args: Parameters<Session['run']>) => {
          observe(String(args[0]), args[1]);
          return target.run(...args);
        };
      }
      if (property === 'executeRead' || property === 'executeWrite') {
        return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: Parameters<Session['executeRead']>[1]) =>
          target[property]((tx) => work(observed(tx)), config);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
