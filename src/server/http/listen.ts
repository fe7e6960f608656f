// Serves the team API over HTTPS, or over plain HTTP only on a loopback address unless the
// admin says a TLS proxy sits in front (TEAM_ALLOW_PLAIN_HTTP): passwords and tokens must
// never cross a shop's network in the clear.
import { readFileSync } from 'node:fs'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

export type ListenOptions = {
  host: string
  port: number
  tls?: { certFile: string; keyFile: string } | undefined
  allowPlainHttp?: boolean | undefined
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

export async function listenTeamApi(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: ListenOptions,
): Promise<{ server: Server; url: string }> {
  if (!options.tls && !isLoopback(options.host) && !options.allowPlainHttp) {
    throw new Error(
      `Refusing plain HTTP on ${options.host}: give TEAM_TLS_CERT and TEAM_TLS_KEY, or set TEAM_ALLOW_PLAIN_HTTP=1 if an HTTPS proxy sits in front.`,
    )
  }
  const server = options.tls
    ? createTlsServer({ cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) }, handler)
    : createServer(handler)
  // A client reuses an idle socket until its own timer (the server's hint less a margin) closes
  // it. A client whose event loop was busy for longer than the margin (a PC importing a library
  // just before it joins) sent its next request into a socket the server had just closed, and
  // got ECONNRESET. Sockets idle this long are closed by the client first; shutdown closes every
  // socket itself (team-api.ts), so a long keep-alive holds nothing up.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port, options.host, () => done())
  })
  const { port } = server.address() as AddressInfo
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host
  return { server, url: `${options.tls ? 'https' : 'http'}://${shown}:${port}` }
}
