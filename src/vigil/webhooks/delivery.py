"""The ``webhook`` job: one signed POST of one outbox event to its endpoint, logged.

Each attempt signs the stored body afresh (a new ``webhook-timestamp``; the same
``webhook-id``), posts it, and logs the attempt (status code, error, time taken). A 2xx
answer is success: the log row, the event's ``delivered_at`` and the job's completion
commit together. Anything else — a refused connection, a timeout, a 5xx, a 4xx — fails
the attempt and the worker retries with backoff, except ``410 Gone``, which disables the
endpoint (as Standard Webhooks advises) and ends the job. Delivery is at least once: a
receiver that must not act twice deduplicates on ``webhook-id``.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from vigil.jobs.worker import JobContext, JobFailed
from vigil.store.webhooks import JOB_KIND
from vigil.webhooks.keys import SecretBox
from vigil.webhooks.signing import signed_headers

TIMEOUT_S = 10.0


class WebhookJob:
    """Handler of ``webhook`` jobs. ``client``: an ``httpx.Client`` to send with (default: one
    of its own, ``TIMEOUT_S`` per request, no redirects followed)."""

    kind = JOB_KIND

    def __init__(self, box: SecretBox | None = None, client: httpx.Client | None = None) -> None:
        self.box = box or SecretBox()
        self.client = client or httpx.Client(timeout=TIMEOUT_S, follow_redirects=False)

    def __call__(self, ctx: JobContext) -> dict[str, Any]:
        hooks = ctx.store.webhooks
        event = hooks.event(msg_id=str(ctx.job.payload.get("msg_id", "")))
        if event is None:
            raise JobFailed(f"no webhook event {ctx.job.payload.get('msg_id')!r}", retry=False)
        endpoint = hooks.endpoint(event.endpoint_id)
        if endpoint is None or endpoint.removed_at is not None or not endpoint.enabled:
            state = "removed" if endpoint is None or endpoint.removed_at else "disabled"
            raise JobFailed(
                f"endpoint {event.endpoint_id} was {state}: event {event.msg_id} not sent", retry=False
            )
        body = event.body.encode()
        headers = signed_headers(
            self.box.decrypt(endpoint.secret_encrypted), event.msg_id, int(time.time()), body
        )
        started = time.perf_counter()
        try:
            response = self.client.post(endpoint.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            error = f"{exc.__class__.__name__}: {exc}"
            hooks.record_delivery(event, attempt=ctx.job.attempts, status_code=None, ok=False, error=error,
                                  duration_ms=(time.perf_counter() - started) * 1000)  # fmt: skip
            raise JobFailed(f"POST {endpoint.url}: {error}") from None
        took = (time.perf_counter() - started) * 1000
        status = response.status_code
        if 200 <= status < 300:
            with ctx.finishing({"status_code": status, "msg_id": event.msg_id}):
                hooks.record_delivery(event, attempt=ctx.job.attempts, status_code=status, ok=True, error="",
                                      duration_ms=took)  # fmt: skip
            return ctx.result
        hooks.record_delivery(event, attempt=ctx.job.attempts, status_code=status, ok=False,
                              error=f"HTTP {status}", duration_ms=took)  # fmt: skip
        if status == 410:
            hooks.set_enabled(endpoint.id, False)
            raise JobFailed(
                f"POST {endpoint.url}: HTTP 410 Gone: endpoint {endpoint.id} disabled", retry=False
            )
        raise JobFailed(f"POST {endpoint.url}: HTTP {status}")


__all__ = ["TIMEOUT_S", "WebhookJob"]
