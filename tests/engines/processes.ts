/** Child processes the engine runner owns (Xvfb, WebKitWebDriver): started here, and stopped by their own pid. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name);
    if (dir && fs.existsSync(p)) return p;
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = net.createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => ok(port));
    });
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export interface Display { name: string; stop(): Promise<void> }

/** A virtual X display for MiniBrowser; Xvfb picks a free display number itself (-displayfd). */
export async function startXvfb(): Promise<Display> {
  const bin = which('Xvfb');
  if (!bin) throw new Error('Xvfb not found: install xvfb (apt-get install -y xvfb)');
  const child = spawn(bin, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const number = await new Promise<string>((ok, fail) => {
    let out = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(out.trim());
    });
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)));
  });
  return { name: `:${number}`, stop: () => stop(child) };
}
