import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StageError, UsageError, errorMessage } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { KubeConflict, KubeConnection, KubeUnreachable, resolveCluster, pickCluster, tokenEnvFor } from '../../kube/index.ts';
import { leasesApi, type LeaseSpecInput, type LeaseView } from '../../kube/leases.ts';
import type { StageContext, StageRun } from '../stage.ts';
import { runUrlFromEnv } from './run-url.ts';
import { checkOutputPath, refuseLink } from './safe-path.ts';

/** Who holds a run lock: written into the lock file and onto the Lease. */
export interface RunHolder {
  /** The run link when there is one, else host/pid. */
  identity: string;
  host: string;
  pid: number;
  runUrl: string | undefined;
  /** ISO time the lock was taken (wall clock). */
  since: string;
  /** Random per run: only the run that took a lock renews or releases it. */
  token: string;
}

export interface RunLockTarget {
  stateFile: string;
  /** The production cluster (--cluster); undefined: the stages' default. */
  cluster: string | undefined;
  runUrl: string | undefined;
  /** Read-only runs (a plan, a dry run) take no lock. */
  readOnly: boolean;
}

export interface RunLockTiming {
  leaseDurationSeconds: number;
  renewEveryMs: number;
  /**
   * Wall-clock time, not the run's clock: a lock is judged by other processes and machines (is it
   * expired?), and a rehearsal's simulated hours must not make its Lease look stale or fresh.
   */
  now: () => number;
}

export const DEFAULT_LOCK_TIMING: RunLockTiming = { leaseDurationSeconds: 300, renewEveryMs: 60_000, now: () => Date.now() };

export interface RunLock {
  holder: RunHolder;
  lockFile: string;
  /** namespace/name of the Lease, when the cluster lock was taken. */
  lease: string | undefined;
  release(): Promise<void>;
}

/**
 * Runs `run` holding the deployment's lock, released afterwards whatever happens. Two runs at
 * once would both move, import and gate, and the state file is last-writer-wins: a second run
 * refuses (exit 1, nothing changed) naming the holder, since when, and how to break a stale lock.
 */
export async function withRunLock<R>(
  ctx: StageContext,
  target: RunLockTarget,
  run: () => Promise<StageRun<R>>,
  timing: RunLockTiming = DEFAULT_LOCK_TIMING,
): Promise<StageRun<R>> {
  if (ctx.dryRun || target.readOnly) return run();
  const lock = await acquireRunLock(ctx, target, timing);
  try {
    return await run();
  } finally {
    await lock.release();
  }
}

export async function acquireRunLock(ctx: StageContext, target: RunLockTarget, timing = DEFAULT_LOCK_TIMING): Promise<RunLock> {
  const stateFile = checkOutputPath(target.stateFile, 'state');
  refuseLink(`${stateFile}.lock`, 'state');
  const host = os.hostname();
  const runUrl = target.runUrl ?? runUrlFromEnv(ctx.env);
  const holder: RunHolder = {
    identity: runUrl ?? `${host}/${process.pid}`,
    host,
    pid: process.pid,
    runUrl,
    since: new Date(timing.now()).toISOString(),
    token: randomUUID(),
  };
  const lockFile = `${stateFile}.lock`;
  takeFileLock(lockFile, holder, ctx);
  let lease: LeaseLock | undefined;
  try {
    lease = await takeLease(ctx, target, holder, timing);
  } catch (error) {
    releaseFileLock(lockFile, holder);
    throw error;
  }
  ctx.logger.info(`run lock taken: ${lockFile}${lease ? ` and Lease ${lease.where}` : ''}`);
  return {
    holder,
    lockFile,
    lease: lease?.where,
    release: async () => {
      try {
        await lease?.release();
      } finally {
        releaseFileLock(lockFile, holder);
      }
    },
  };
}

// --- the state file's lock ----------------------------------------------------------------

function takeFileLock(lockFile: string, holder: RunHolder, ctx: StageContext): void {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  if (createExclusive(lockFile, holder)) return;
  const { text, other } = readHolder(lockFile);
  if (other && (isStale(other) || sameRun(other.runUrl, holder))) {
    // Renamed away first (atomic), then checked: only the run that moved the stale file itself takes over.
    const aside = `${lockFile}.stale-${holder.token}`;
    try {
      renameSync(lockFile, aside);
    } catch {
      throw heldError(lockFile, readHolder(lockFile).other);
    }
    const moved = readFileSync(aside, 'utf8');
    if (moved !== text) {
      // Another run took over between our read and our rename: its live lock goes back (link fails if a third holds it now).
      try {
        linkSync(aside, lockFile);
      } catch {
        // a third run holds it: named below
      }
      unlinkSync(aside);
      throw heldError(lockFile, readHolder(lockFile).other);
    }
    unlinkSync(aside);
    if (createExclusive(lockFile, holder)) {
      ctx.logger.warning(
        `took over the lock ${lockFile}: its holder (${describeHolder(other)}) ` +
          (sameRun(other.runUrl, holder) ? 'was an earlier attempt of this run' : 'is no longer running'),
      );
      return;
    }
    throw heldError(lockFile, readHolder(lockFile).other);
  }
  throw heldError(lockFile, other);
}

function createExclusive(lockFile: string, holder: RunHolder): boolean {
  let fd: number;
  try {
    // O_EXCL: exactly one of two runs creates it (and an existing symlink is never followed).
    fd = openSync(lockFile, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(`--state: cannot create the lock ${lockFile}: ${errorMessage(error)}`, 'give a state path in a writable folder');
  }
  try {
    writeSync(fd, JSON.stringify(holder, null, 2) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockFile: string): { text: string; other: RunHolder | undefined } {
  let text = '';
  try {
    text = readFileSync(lockFile, 'utf8');
    const parsed = JSON.parse(text) as Partial<RunHolder>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number' && typeof parsed.since === 'string')
      return { text, other: parsed as RunHolder };
  } catch {
    // gone meanwhile, or not ours: named as unknown
  }
  return { text, other: undefined };
}

/**
 * An earlier attempt of this very run (the same run link): GitHub never runs two attempts of one
 * run at once, so a re-run or `deploy --from` after the runner died takes its lock over.
 */
function sameRun(otherRunUrl: string | undefined, mine: RunHolder): boolean {
  return Boolean(otherRunUrl && mine.runUrl && otherRunUrl === mine.runUrl);
}

/** A holder on this machine whose process has ended. On another machine, a lock is never guessed stale. */
function isStale(other: RunHolder): boolean {
  if (other.host !== os.hostname()) return false;
  try {
    process.kill(other.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function describeHolder(holder: RunHolder): string {
  return `${holder.identity === `${holder.host}/${holder.pid}` ? '' : `${holder.identity}, `}host ${holder.host}, pid ${holder.pid}`;
}

function heldError(lockFile: string, other: RunHolder | undefined): StageError {
  return new StageError(
    `another deploy holds the lock ${lockFile}` + (other ? `: ${describeHolder(other)}, since ${other.since}` : ' (holder unreadable)'),
    `nothing was changed; wait for that run to finish${other?.runUrl ? ` (${other.runUrl})` : ''}. ` +
      `If it is gone (a lock of a dead process on this machine is taken over by itself), delete ${lockFile} ` +
      'and run again (with --from to resume where it stopped)',
  );
}

function releaseFileLock(lockFile: string, holder: RunHolder): void {
  // Only our own lock: a run that lost it (a person broke it) must not delete the next holder's.
  if (readHolder(lockFile).other?.token !== holder.token) return;
  try {
    unlinkSync(lockFile);
  } catch {
    // already gone
  }
}

// --- the cluster's Lease --------------------------------------------------------------------

interface LeaseLock {
  where: string;
  release(): Promise<void>;
}

const ANNOTATION = { host: 'service-guru/host', pid: 'service-guru/pid', run: 'service-guru/run', token: 'service-guru/token' };

/** A DNS-1123 name for the deployment's Lease. */
export function leaseName(deployment: string): string {
  const slug = deployment
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `service-guru-deploy${slug ? `-${slug}` : ''}`.slice(0, 63).replace(/-+$/, '');
}

/** The production cluster of the run, or undefined when the lock cannot be kept there (none, or no token yet). */
function leaseCluster(config: Config, target: RunLockTarget, env: Record<string, string | undefined>): string | undefined {
  if (!Object.keys(config.clusters).length) return undefined;
  let name: string;
  try {
    name = pickCluster(config, target.cluster);
  } catch {
    return undefined;
  }
  // A missing token is named with every other missing secret, once, by the deploy's own check.
  return env[tokenEnvFor(name)]?.trim() ? name : undefined;
}

async function takeLease(
  ctx: StageContext,
  target: RunLockTarget,
  holder: RunHolder,
  timing: RunLockTiming,
): Promise<LeaseLock | undefined> {
  const clusterName = leaseCluster(ctx.config, target, ctx.env);
  if (!clusterName) return undefined;
  const connection = new KubeConnection(resolveCluster(ctx.config, clusterName, ctx.env), {
    logger: ctx.logger,
    clock: ctx.clock,
    onSecret: (v) => ctx.secrets.add(v),
  });
  const leases = leasesApi(connection);
  const name = leaseName(ctx.config.deployment);
  const where = `${connection.namespace}/${name}`;
  const spec = (transitions: number): LeaseSpecInput => ({
    holderIdentity: holder.identity,
    leaseDurationSeconds: timing.leaseDurationSeconds,
    acquireTime: Date.parse(holder.since),
    renewTime: timing.now(),
    leaseTransitions: transitions,
    annotations: {
      [ANNOTATION.host]: holder.host,
      [ANNOTATION.pid]: String(holder.pid),
      [ANNOTATION.run]: holder.runUrl ?? '',
      [ANNOTATION.token]: holder.token,
    },
  });
  let current: LeaseView;
  try {
    const found = await leases.read(name);
    if (!found) {
      current = await leases.create(name, spec(0));
    } else {
      const free = leaseFree(found, timing.now(), holder);
      if (!free) throw leaseHeld(where, found);
      current = await leases.replace(name, spec(found.leaseTransitions + 1), found.resourceVersion);
      if (free !== 'released') ctx.logger.warning(`took over Lease ${where}: ${free}`);
    }
  } catch (error) {
    const winner = error instanceof KubeConflict ? await leases.read(name).catch(() => null) : undefined;
    if (winner && ours(winner, holder)) {
      // Our own write whose answer was lost: its retry met what we had written. We hold it.
      current = winner;
    } else if (error instanceof KubeConflict) {
      // Created or renewed by someone else between our read and our write: they won.
      connection.close();
      throw leaseHeld(where, winner ?? null);
    } else {
      connection.close();
      if (error instanceof KubeUnreachable) {
        // The cluster steps fail on their own when it stays unreachable; the state file's lock still holds.
        ctx.logger.warning(`Lease ${where} not taken: ${error.message}; only the lock beside the state file holds this run`);
        return undefined;
      }
      throw error;
    }
  }

  let lost = false;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async (): Promise<void> => {
    if (lost) return;
    try {
      current = await leases.replace(name, { ...spec(current.leaseTransitions), renewTime: timing.now() }, current.resourceVersion);
    } catch (error) {
      const now = error instanceof KubeConflict ? await leases.read(name).catch(() => null) : undefined;
      if (now && ours(now, holder) && now.holderIdentity === holder.identity) {
        // Our renewal went through; only its answer was lost.
        current = now;
      } else if (error instanceof KubeConflict) {
        lost = true;
        ctx.logger.error(`lost Lease ${where}: someone took it over (it was broken or expired); another deploy may be running`);
      } else {
        ctx.logger.warning(
          `Lease ${where} not renewed: ${errorMessage(error)}; trying again in ${Math.round(timing.renewEveryMs / 1000)}s`,
        );
      }
    }
  };
  // A real timer, not the run's clock: the renewal must go on while the run sleeps on that clock.
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, timing.renewEveryMs);
  timer.unref();
  return {
    where,
    release: async () => {
      clearInterval(timer);
      await renewing;
      try {
        if (!lost) {
          // Released the way client-go's leader election does: no holder, a one-second duration.
          await leases.replace(
            name,
            { ...spec(current.leaseTransitions), holderIdentity: '', leaseDurationSeconds: 1, renewTime: timing.now() },
            current.resourceVersion,
          );
        }
      } catch (error) {
        ctx.logger.warning(
          `Lease ${where} not released (${errorMessage(error)}); it frees itself ${timing.leaseDurationSeconds}s after its last renewal`,
        );
      } finally {
        connection.close();
      }
    },
  };
}

/** Written by this very run (its random token): a write of ours whose answer was lost, not a rival's. */
function ours(lease: LeaseView, mine: RunHolder): boolean {
  return lease.annotations[ANNOTATION.token] === mine.token && !!lease.holderIdentity;
}

/** Why a Lease may be taken ('released', or how it went stale), or undefined while someone holds it. */
function leaseFree(lease: LeaseView, now: number, mine: RunHolder): string | undefined {
  if (!lease.holderIdentity) return 'released';
  if (sameRun(lease.annotations[ANNOTATION.run], mine)) return `${lease.holderIdentity} was an earlier attempt of this run`;
  const renewed = lease.renewTime ?? lease.acquireTime;
  if (renewed === null || renewed + lease.leaseDurationSeconds * 1000 < now)
    return `${lease.holderIdentity} did not renew it for more than ${lease.leaseDurationSeconds}s`;
  const host = lease.annotations[ANNOTATION.host];
  const pid = Number(lease.annotations[ANNOTATION.pid]);
  if (host && Number.isInteger(pid) && isStale({ host, pid } as RunHolder))
    return `its holder ${lease.holderIdentity} (pid ${pid} on this machine) is no longer running`;
  return undefined;
}

function leaseHeld(where: string, lease: LeaseView | null): StageError {
  if (!lease) return new StageError(`another deploy took Lease ${where} at the same moment`, 'nothing was changed; run again later');
  const host = lease.annotations[ANNOTATION.host];
  const pid = lease.annotations[ANNOTATION.pid];
  const renewed = lease.renewTime ?? lease.acquireTime ?? 0;
  const expires = new Date(renewed + lease.leaseDurationSeconds * 1000).toISOString();
  const [namespace, name] = where.split('/');
  return new StageError(
    `another deploy holds Lease ${where}: ${lease.holderIdentity}${host ? ` (host ${host}, pid ${pid})` : ''}, ` +
      `since ${lease.acquireTime === null ? 'an unknown time' : new Date(lease.acquireTime).toISOString()}`,
    `nothing was changed; wait for that run to finish. If it is gone, the Lease frees itself at ${expires} ` +
      `(${lease.leaseDurationSeconds}s after its last renewal), or break it now: oc delete lease ${name} -n ${namespace}`,
  );
}
