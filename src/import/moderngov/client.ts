/**
 * The HTTP side of the import: GET requests to mgWebService.asmx, one at a time with a pause
 * between them, and errors a clerk can act on (server unreachable, refused by a firewall, not found).
 */
export class SourceError extends Error {}

export interface ClientOptions {
  /** Milliseconds between requests (politeness to the council's server). */
  delay: number;
  /** Milliseconds before a request is given up. */
  timeout?: number;
  userAgent?: string;
}

export class ModernGovClient {
  readonly service: string;
  private last = 0;
  requests = 0;
  readonly site: string;
  private readonly options: ClientOptions;
  constructor(site: string, options: ClientOptions) {
    this.site = site;
    this.options = options;
    this.service = `${site.replace(/\/+$/, '').replace(/\/mgWebService\.asmx$/i, '')}/mgWebService.asmx`;
  }

  private async pace() {
    const wait = this.last + this.options.delay - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.last = Date.now();
  }

  /** GET a URL; its body as bytes. */
  async getBytes(url: string, what: string): Promise<{ bytes: Buffer; type: string }> {
    await this.pace();
    this.requests++;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { 'user-agent': this.options.userAgent ?? 'joint-board-transparency ModernGov import' },
        signal: AbortSignal.timeout(this.options.timeout ?? 60_000),
        redirect: 'follow',
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      const why =
        cause === 'ECONNREFUSED'
          ? 'the connection was refused'
          : cause === 'ENOTFOUND'
            ? 'no server has that name'
            : cause === 'TimeoutError'
              ? 'it did not answer in time'
              : `the request failed (${cause})`;
      throw new SourceError(
        `Could not reach the ModernGov server for ${what} at ${url}: ${why}. Check the --site address and the network connection.`,
      );
    }
    if (res.status === 403)
      throw new SourceError(
        `The server refused ${what} (HTTP 403 Forbidden) at ${url}. A firewall in front of the council's site (often Cloudflare) may be blocking automated requests: ask the council's IT team to allow this machine, or run the import from the council's network.`,
      );
    if (res.status === 404)
      throw new SourceError(
        `Found nothing at ${url} for ${what} (HTTP 404 Not Found): check that --site is the council's ModernGov address, the folder holding mgWebService.asmx.`,
      );
    if (!res.ok)
      throw new SourceError(`The server answered ${what} with HTTP ${res.status} ${res.statusText} at ${url}.`);
    try {
      return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '' };
    } catch (err) {
      const cause = (err as Error).name === 'TimeoutError' ? 'it stopped sending in time' : (err as Error).message;
      throw new SourceError(
        `The ModernGov server's answer to ${what} at ${url} was cut off (${cause}). Try again later, or with a longer --delay.`,
      );
    }
  }

  /** One web service method's answer as text. */
  async call(method: string, params: Record<string, string>): Promise<string> {
    const q = new URLSearchParams(params).toString();
    const url = `${this.service}/${method}${q ? `?${q}` : ''}`;
    const { bytes } = await this.getBytes(url, method);
    return bytes.toString('utf8');
  }
}
