"""Background work: a durable job queue in the store, and the worker that drains it.

``store.jobs`` (:mod:`vigil.store.jobs`) keeps the queue; :class:`Worker` claims jobs
with a lease and runs each with the handler of its kind — ``media`` (the full media
stage for one uploaded file, :mod:`vigil.jobs.media`) and ``webhook`` (one signed
delivery, :mod:`vigil.webhooks`). ``vigil worker`` runs one; ``vigil jobs`` lists,
shows and retries jobs (:mod:`vigil.cli.jobs`).
"""

from vigil.jobs.media import MediaJob, enqueue_media, enqueue_pending
from vigil.jobs.worker import Backoff, Handler, JobContext, JobFailed, Worker, worker_name

__all__ = [
    "Backoff",
    "Handler",
    "JobContext",
    "JobFailed",
    "MediaJob",
    "Worker",
    "enqueue_media",
    "enqueue_pending",
    "worker_name",
]
