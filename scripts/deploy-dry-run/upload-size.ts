// Reads the Worker's upload size from `wrangler deploy --dry-run` output and checks it against
// Cloudflare's limit. Used by check.ts.

/**
 * Cloudflare's limit on a Worker's gzipped upload, in bytes: 3 MiB on the Workers Free plan (the
 * Paid plan allows 10 MiB). Source: developers.cloudflare.com/workers/platform/limits/#worker-size.
 * Wrangler itself only prints the size; an upload over the limit is refused at deploy time.
 */
export const WORKER_GZIP_LIMIT_BYTES = 3 * 1024 * 1024;

export interface UploadSize {
  /** The Worker's modules as uploaded, in bytes (wrangler prints KiB to two decimals). */
  bytes: number;
  gzipBytes: number;
}

// "Total Upload: 1692.88 KiB / gzip: 383.84 KiB", coloured when wrangler writes to a terminal.
const TOTAL_UPLOAD = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/;
// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition.
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

/** The sizes from wrangler's "Total Upload" line, or null when the output has none. */
export function parseUploadSize(output: string): UploadSize | null {
  const match = TOTAL_UPLOAD.exec(output.replace(ANSI_COLOUR, ""));
  if (!match) return null;
  return { bytes: Math.round(Number(match[1]) * 1024), gzipBytes: Math.round(Number(match[2]) * 1024) };
}

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/**
 * What is wrong with the upload `wrangler deploy --dry-run` printed (no size in the output, or a
 * Worker over `limitBytes` gzipped), or null when Cloudflare would take it.
 */
export function uploadSizeProblem(output: string, limitBytes = WORKER_GZIP_LIMIT_BYTES): string | null {
  const size = parseUploadSize(output);
  if (!size) return 'No "Total Upload" line in the dry run\'s output: cannot check the Worker\'s size.';
  if (size.gzipBytes > limitBytes) {
    return `The Worker is ${MiB(size.gzipBytes)} gzipped; Cloudflare refuses more than ${MiB(limitBytes)} (Workers Free plan).`;
  }
  return null;
}
