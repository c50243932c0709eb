import path from 'node:path';

/** Where everything of one local Neo4j lives; a home is self-contained, so deleting it resets that server. */
export interface HomeLayout {
  home: string;
  lib: string;
  /** Holds the installed Neo4j version; present only once every jar is in lib. */
  installMarker: string;
  conf: string;
  confFile: string;
  data: string;
  /** Exists once the server has started at least once: the initial password can no longer be set. */
  systemDatabase: string;
  logs: string;
  consoleLog: string;
  neo4jLog: string;
  plugins: string;
  run: string;
  pidFile: string;
  lockFile: string;
  passwordFile: string;
}

export function homeLayout(home: string): HomeLayout {
  const at = (...parts: string[]): string => path.join(home, ...parts);
  return {
    home,
    lib: at('lib'),
    installMarker: at('lib', 'INSTALLED_VERSION'),
    conf: at('conf'),
    confFile: at('conf', 'neo4j.conf'),
    data: at('data'),
    systemDatabase: at('data', 'databases', 'system'),
    logs: at('logs'),
    consoleLog: at('logs', 'console.log'),
    neo4jLog: at('logs', 'neo4j.log'),
    plugins: at('plugins'),
    run: at('run'),
    pidFile: at('run', 'neo4j.pid'),
    lockFile: at('run', 'start.lock'),
    passwordFile: at('password'),
  };
}
