"""``vigil worker`` and ``vigil jobs ...``: thin faces over :mod:`vigil.jobs`."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from typing import Any

from vigil.cli.args import add_db
from vigil.errors import UsageError


def _positive(value: str) -> float:
    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number of seconds")
    return v


def default_handlers(args: argparse.Namespace) -> list[Any]:
    from vigil.jobs.media import MediaJob
    from vigil.media.process import Options
    from vigil.webhooks.delivery import WebhookJob

    return [MediaJob(Options(ocr=not args.no_ocr, asr=not args.no_asr)), WebhookJob()]


def cmd_worker(args: argparse.Namespace) -> int:
    from vigil.jobs.worker import Backoff, Worker
    from vigil.store import open_store

    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _stop)
    with open_store(args.db) as store:
        worker = Worker(
            store,
            default_handlers(args),
            name=args.name,
            lease=args.lease,
            poll=args.poll,
            backoff=Backoff(base=args.backoff_base),
        )
        worker._say(f"started on {store.safe_url} (kinds: {', '.join(sorted(worker.handlers))})")
        counts = worker.run(stop, max_jobs=args.max_jobs, until_idle=args.until_idle)
        worker._say("stopped: " + json.dumps(counts))
    return 0


def _job_line(job: Any) -> str:
    where = f" held by {job.lease_owner}" if job.status == "running" else ""
    error = f"  last error: {job.last_error}" if job.last_error and job.status != "done" else ""
    return (
        f"{job.id}\t{job.kind}\t{job.status}{where}\tattempts {job.attempts}/{job.max_attempts}"
        f"\tcreated {job.created_at}{error}"
    )


def cmd_list(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        try:
            jobs = store.jobs.list(status=args.status, kind=args.kind, limit=args.limit)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        for job in jobs:
            print(json.dumps(job.to_dict(), ensure_ascii=False) if args.format == "jsonl" else _job_line(job))
        if args.format == "text":
            counts = store.jobs.counts()
            print("  ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def _get(store: Any, job_id: int) -> Any:
    job = store.jobs.get(job_id)
    if job is None:
        raise UsageError(f"no job with id {job_id}")
    return job


def cmd_show(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        print(json.dumps(_get(store, args.id).to_dict(), ensure_ascii=False, indent=1))
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        _get(store, args.id)
        try:
            job = store.jobs.retry(args.id)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    print(f"job {job.id} queued again; a running `vigil worker --db {args.db}` will take it")
    return 0


def cmd_enqueue_media(args: argparse.Namespace) -> int:
    from vigil.jobs.media import enqueue_pending
    from vigil.store import open_store

    with open_store(args.db) as store:
        ids = enqueue_pending(store)
    print(f"{len(ids)} media jobs queued; run `vigil worker --db {args.db}`")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "worker", help="run queued background jobs (the media stage, webhook deliveries) until stopped"
    )
    add_db(p)
    p.add_argument("--name", help="this worker's name in the queue (default host:pid:random)")
    p.add_argument(
        "--lease", type=_positive, default=60.0, metavar="S",
        help="seconds a claimed job stays this worker's without a heartbeat (default 60); "
        "a job of a worker that died is run again after it",
    )  # fmt: skip
    p.add_argument(
        "--poll", type=_positive, default=1.0, metavar="S", help="seconds between looks at an empty queue"
    )
    p.add_argument(
        "--backoff-base", type=_positive, default=5.0, metavar="S",
        help="wait before a failed job's next attempt: S, 2S, 4S... up to an hour (default 5)",
    )  # fmt: skip
    p.add_argument("--max-jobs", type=int, metavar="N", help="stop after N jobs")
    p.add_argument("--until-idle", action="store_true", help="stop when no job is ready")
    p.add_argument("--no-ocr", action="store_true", help="media jobs read no text from images and frames")
    p.add_argument("--no-asr", action="store_true", help="media jobs transcribe no speech")
    p.set_defaults(func=cmd_worker)

    jobs = sub.add_parser("jobs", help="list, show and retry background jobs")
    jsub = jobs.add_subparsers(dest="jobs_command", metavar="ACTION", required=True)
    p = jsub.add_parser("list", help="jobs, newest first, and how many are in each state")
    add_db(p)
    p.add_argument("--status", choices=("queued", "running", "done", "dead"), help="only jobs in this state")
    p.add_argument("--kind", help="only jobs of this kind (media, webhook)")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.set_defaults(func=cmd_list)

    p = jsub.add_parser("show", help="one job: payload, attempts, lease, last error, result")
    p.add_argument("id", type=int)
    add_db(p)
    p.set_defaults(func=cmd_show)

    p = jsub.add_parser("retry", help="queue a dead job again with a fresh count of attempts")
    p.add_argument("id", type=int)
    add_db(p)
    p.set_defaults(func=cmd_retry)

    p = jsub.add_parser("enqueue-media", help="queue a media job for every media still pending")
    add_db(p)
    p.set_defaults(func=cmd_enqueue_media)


__all__ = ["register"]
