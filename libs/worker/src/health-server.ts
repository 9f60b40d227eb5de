import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A worker's probe port: /healthz while the process lives, /readyz once its workflow types are
 * registered and its consumers pull (503 before that and while it shuts down). Kubernetes
 * probes and `npm run up` wait on it.
 */
export class HealthServer {
  #ready = false;
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const [status, body] =
        path === '/healthz' ? [200, { status: 'ok' }] : path === '/readyz' ? (this.#ready ? [200, { status: 'ready' }] : [503, { status: 'not ready' }]) : [404, { status: 'not found' }];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => resolve((this.#server.address() as AddressInfo).port));
    });
  }

  setReady(ready: boolean): void {
    this.#ready = ready;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }
}
